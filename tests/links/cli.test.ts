import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/links-fs';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'check-links.ts');

/** Runs the CLI with the Node running the tests (the project's Node 22) and tsx. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function writeSite(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

let tmp: string;
let good: string;
let bad: string;
let based: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'check-links-'));
  good = join(tmp, 'good');
  bad = join(tmp, 'bad');
  based = join(tmp, 'based');
  const common = {
    'events.json': '{}',
    'feed.xml': '<feed/>',
    '_astro/app.js': '',
    'img/logo one.png': '',
    'café/index.html': '<h1 id="top-story">Café</h1><a href="../index.html#e-1">back</a>',
  };
  writeSite(good, {
    ...common,
    'index.html': `<!doctype html><link rel="alternate" href="feed.xml"><script src="_astro/app.js"></script>
      <a href="events.json">data</a><img src="img/logo%20one.png"><a href="caf%C3%A9/index.html#top-story">café</a>
      <a href="#e-1">self</a><div id="e-1"></div><a href="https://example.org/">out</a><a href="#">bare</a>`,
  });
  writeSite(bad, {
    ...common,
    'index.html': `<!doctype html><a href="café/">folder</a><a href="missing.html">missing</a>
      <a href="#no-such-id">fragment</a><img src="img/logo-one.png"><p id="e-1"></p>`,
  });
  writeSite(based, {
    ...common,
    'index.html': '<a href="/timelines/peace-plan/events.json">ok</a><a href="/events.json">outside</a><p id="e-1"></p>',
  });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('check-links on a temporary site folder', () => {
  it('passes a site whose links all work (exit 0)', () => {
    expect(checkFolder(good).broken).toEqual([]);
    const r = cli(good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 page(s), 7 local link(s), 0 broken');
  });

  it('reports each broken link with page and target (exit 1)', () => {
    const r = cli(bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('index.html:');
    expect(r.err).toContain('<a href="café/"> → café/: names a folder');
    expect(r.err).toContain('<a href="missing.html"> → missing.html: no such file');
    expect(r.err).toContain('<a href="#no-such-id"> → index.html#no-such-id: no element with id "no-such-id"');
    expect(r.err).toContain('<img src="img/logo-one.png"> → img/logo-one.png: no such file');
    expect(r.err).toContain('4 broken');
  });

  it('can skip fragment checks', () => {
    const r = cli(bad, '--no-fragments');
    expect(r.code).toBe(1);
    expect(r.err).not.toContain('no-such-id');
    expect(r.err).toContain('3 broken');
  });

  it('resolves root-absolute links against --base', () => {
    const r = cli(based, '--base', '/timelines/peace-plan/');
    expect(r.code).toBe(1);
    expect(r.err).toContain('<a href="/events.json">: root-absolute path is outside the base path /timelines/peace-plan/');
    expect(r.err).toContain('1 broken');
    expect(cli(based, '--base=/').code).toBe(1); // now the first link is the one outside
  });

  it('refuses a missing folder or bad arguments (exit 2)', () => {
    expect(cli(join(tmp, 'nowhere')).code).toBe(2);
    expect(cli().code).toBe(2);
    expect(cli(good, '--bogus').code).toBe(2);
  });
});

/**
 * Same inputs, same bytes. Two temporary copies of the project (the same src/ and config, the
 * repository's articles plus the robustness fixtures and an editorial.yaml) are built end to end
 * (`npx tsx scripts/build-events.ts`, then `npx astro build`) in different folders, with different
 * time zones and locales, one after the other; content/events/ and dist/ must hash identically, file
 * by file, and the events report must read the same. A timestamp, a random id, an absolute path,
 * a locale-dependent sort or an unordered iteration in the output shows up here as a differing file.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, astroBuild, fixture, hashTree, linkNodeModules, makeProject, removeProject, run, type RunResult } from './project';

const SITE_FILES = ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content'];

/** Two machines that disagree on everything a build should not depend on. */
const MACHINES: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' },
];

const roots: string[] = [];
const reports: RunResult[] = [];

beforeAll(async () => {
  const sources = Object.fromEntries(
    readdirSync(join(REPO, 'content/sources'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`sources/${f}`, readFileSync(join(REPO, 'content/sources', f))]),
  );
  const first = makeProject({
    site: true,
    prefix: 'determinism-a-',
    content: {
      ...sources,
      'sources/hostile-article.md': fixture('hostile-article.md'),
      'sources/good-article.md': fixture('good-article.md'),
      'sources/no-dates-article.md': fixture('no-dates-article.md'),
      'sources/same-day-a.md': fixture('same-day-a.md'),
      'sources/same-day-b.md': fixture('same-day-b.md'),
      'editorial.yaml': fixture('editorial.yaml'),
    },
  });
  roots.push(first);
  // The second copy is made from the first, so both hold the very same files even while src/ is
  // being edited in the repository.
  const second = mkdtempSync(join(tmpdir(), 'determinism-b-other-'));
  roots.push(second);
  for (const name of SITE_FILES) cpSync(join(first, name), join(second, name), { recursive: true });
  linkNodeModules(second);

  for (const [i, root] of roots.entries()) {
    const events = await run('npx', ['tsx', 'scripts/build-events.ts'], root, MACHINES[i]);
    if (events.code !== 0) throw new Error(`npm run events failed in ${root}:\n${events.stdout}\n${events.stderr}`);
    reports.push(events);
    await astroBuild(root, MACHINES[i]);
  }
});

afterAll(() => roots.forEach(removeProject));

describe('two builds from the same inputs', () => {
  it('write the same events report', () => {
    expect(reports[0]!.stdout).toContain('warning              events.event-that-no-longer-exists: matches no event; ignored');
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout);
  });

  it('give byte-identical content/events/', () => {
    const [a, b] = roots.map((r) => hashTree(join(r!, 'content/events')));
    expect(Object.keys(a!).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
  });

  it('give byte-identical dist/', () => {
    const [a, b] = roots.map((r) => hashTree(join(r!, 'dist')));
    expect(Object.keys(a!)).toContain('index.html');
    expect(Object.keys(a!)).toContain('events.json');
    expect(b).toEqual(a);
  });
});

/**
 * A build under a base path, as a publisher hosting several timelines would make it:
 * `BASE_PATH=/timelines/peace-plan/ SITE_URL=https://example.org npx astro build --outDir <tmp>`.
 * The link checker (scripts/check-links.ts --base) finds every internal link resolving; the
 * absolute URLs (sitemap, canonical, feed, embed code) carry the base path; and the site works
 * served under that path.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ROOT, astroBuild, serve, withBuildLock } from '../helpers/dist';
import { htmlPages } from '../helpers/html';

const BASE = '/timelines/peace-plan/';
const SITE = 'https://example.org';
const ROOT_URL = `${SITE}${BASE}`;

let tmp: string;
let out: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'timeline-base-'));
  // Built into <tmp>/www/timelines/peace-plan/ so that serving <tmp>/www puts it under the base path.
  out = join(tmp, 'www', ...BASE.split('/').filter(Boolean));
  mkdirSync(out, { recursive: true });
  withBuildLock(() => astroBuild(['--outDir', out], { BASE_PATH: BASE, SITE_URL: SITE }));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const firstEvent = () => (JSON.parse(read('events.json')) as { events: { id: string; title: string }[] }).events[0]!;

describe(`a build under ${BASE}`, () => {
  it('has every internal link resolving (scripts/check-links.ts --base)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check-links.ts'), out, '--base', BASE], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '' },
    });
    expect(r.stderr + r.stdout).toMatch(/, 0 broken/);
    expect(r.status).toBe(0);
    const pages = Number(/(\d+) page\(s\)/.exec(r.stdout)![1]);
    expect(pages).toBe(htmlPages(out).length);
    expect(pages).toBeGreaterThan(3);
  });

  it('links relatively everywhere (no root-absolute or directory links)', () => {
    for (const where of htmlPages(out)) {
      const html = read(where);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const v = m[1]!;
        if (/^(?:https?:|data:|#)/.test(v)) continue;
        expect(v, where).not.toMatch(/^\//);
        expect(v.split(/[?#]/)[0], `${where}: ${v}`).toMatch(/\.[a-z]+$/);
      }
    }
  });

  it('writes a sitemap of the pages under the base path, without the embed, and links it', () => {
    const index = read('sitemap-index.xml');
    expect(index).toContain(`${ROOT_URL}sitemap-0.xml`);
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(ROOT_URL);
    expect(locs).toContain(`${ROOT_URL}events/${firstEvent().id}/`);
    for (const loc of locs) expect(loc.startsWith(ROOT_URL), loc).toBe(true);
    expect(locs.some((l) => l.includes('/embed'))).toBe(false);
    expect(read('index.html')).toContain('<link rel="sitemap" href="sitemap-index.xml">');
  });

  it('puts the base path in every absolute URL: canonical, Open Graph, JSON-LD, feed, embed code', () => {
    const e = firstEvent();
    const page = read(`events/${e.id}/index.html`);
    const url = `${ROOT_URL}events/${e.id}/`;
    expect(page).toContain(`<link rel="canonical" href="${url}">`);
    expect(page).toContain(`<meta property="og:url" content="${url}">`);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(ld).toMatchObject({ url, '@id': `${url}#${e.id}` });
    const feed = read('feed.xml');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${ROOT_URL}feed.xml"/>`);
    expect(feed).toContain(`href="${url}index.html"`);
    expect(read('index.html')).toContain(`data-src="${ROOT_URL}embed/" data-loader="${ROOT_URL}embed/loader.js"`);
  });

  it('works served under the base path, the embed included', async () => {
    const server = await serve(join(tmp, 'www'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('request', (r) => requests.push(r.url()));
      const root = `${server.url}${BASE.slice(1)}`;
      await page.goto(root);
      await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
      const listed = page.locator('#tl_list > li').first();
      const id = await listed.getAttribute('data-event-id');
      await listed.locator('h3 a').click();
      await page.waitForURL(/\/events\/[^/]+\/index\.html$/);
      await page.locator('.crumbs a').click();
      await expect.poll(() => page.locator('#tl_card').getAttribute('data-selected')).toBe(id);
      await page.goto(`${root}embed/index.html?event=${firstEvent().id}`);
      await expect.poll(() => page.locator('#tl_card').getAttribute('data-selected')).toBe(firstEvent().id);
      for (const u of requests) expect(u.startsWith(root) || u.startsWith('data:'), u).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

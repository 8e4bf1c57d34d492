/**
 * The delivery constraints on the built folder: relative links naming files, one inline script
 * per page and no asset URLs, embedded data, no third-party requests, a CSP without eval; and the
 * site working from file:// and inside a sandboxed cross-origin iframe.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { readTimelineData } from '../../src/lib/timeline-data';
import { contentEvents, pageErrors, startSite, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('built HTML', () => {
  it('links relatively to files that exist, and loads nothing from elsewhere', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const where = relative(DIST, file);
      expect(html, where).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html, where).not.toContain('/_astro/');
      expect(html, where).not.toMatch(/<link[^>]*rel="?stylesheet/);
      expect(html, where).not.toMatch(/<(img|iframe|source|video|audio|embed|object)\b/);
      for (const src of attr(html, 'src')) expect(src, where).toMatch(/^data:/);
      for (const href of attr(html, 'href')) {
        if (/^(https?:|data:)/.test(href)) continue;
        if (href.startsWith('#')) continue;
        expect(href, `${where}: ${href}`).not.toMatch(/^\//);
        const path = href.split(/[?#]/)[0]!;
        expect(path, `${where}: ${href} names no file`).toMatch(/\.[a-z]+$/);
        expect(existsSync(join(dirname(file), decodeURIComponent(path))), `${where}: ${href} is missing`).toBe(true);
      }
      // External links are links to the originals only, opened safely.
      for (const m of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
        expect(m[0]).toContain('rel="noopener noreferrer"');
      }
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      expect(csp, `${where} has a CSP`).toMatch(/^default-src 'none';/);
      expect(csp).not.toContain('unsafe-eval');
      const executable = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)];
      expect(executable.length, where).toBeLessThanOrEqual(1);
    }
  });

  it('embeds the data, escaped, and runs one classic script before the list', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const data = /<script type="application\/json" id="tl_data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain('<');
    expect(readTimelineData(JSON.parse(data)).length).toBe(site.events.length);
    const script = /<script(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([\s\S]*?)<\/script>/.exec(html)!;
    const js = script[2]!;
    // A classic script before the list, so that it draws while the list is still loading (a module
    // would wait for the whole page).
    expect(script[1]).not.toContain('module');
    expect(script.index).toBeLessThan(html.indexOf('id="tl_list"'));
    expect(js).not.toMatch(/\bimport\s*\(/);
    expect(js).not.toMatch(/\bfetch\s*\(|XMLHttpRequest/);
    // Its size budget is held by tests/budgets.test.ts.
  });

  it('holds the first frame back only until the data begins, on the pages with a timeline', () => {
    for (const page of ['index.html', 'embed/index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const links = [...html.matchAll(/<link rel="expect" href="#([^"]+)" blocking="render">/g)];
      expect(links.map((m) => m[1]), page).toEqual(['tl_data']);
      // In the head, and naming an element the parser meets before the script (else nothing renders until the page ends).
      expect(links[0]!.index, page).toBeLessThan(html.indexOf('</head>'));
      expect(html.indexOf('id="tl_data"'), page).toBeGreaterThan(0);
      expect(html.indexOf('id="tl_data"'), page).toBeLessThan(html.indexOf('<script>'));
    }
  });

  it('writes the pages with the long list as one-byte text: nothing beyond Latin-1, references instead', () => {
    // Chromium decodes and parses such a page as one-byte strings (src/lib/html.ts, latin1Html).
    for (const page of ['index.html', 'embed/index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html.match(/[^\u0000-\u00ff]/gu) ?? [], page).toEqual([]);
    }
  });
});

describe('in the browser', () => {
  it('makes no request outside the page’s own origin', async () => {
    const page = await site.page();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.server.url);
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    await page.goto(`${site.server.url}events/${site.events[0]!.id}/index.html`);
    for (const url of requests) expect(url.startsWith(site.server.url) || url.startsWith('data:'), url).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works opened from disk (file://)', async () => {
    const page = await site.page();
    const home = pathToFileURL(join(DIST, 'index.html')).href;
    await page.goto(home);
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    expect(await page.locator('#tl_svg [data-event-id]').count()).toBe(site.events.length);
    const id = await page.$$eval('#tl_svg g.m', (gs) => gs.find((g) => g.getAttribute('display') !== 'none')!.getAttribute('data-event-id'));
    await page.locator(`#tl_svg [data-event-id="${id}"] circle`).click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    expect(await page.locator('#tl_card').getAttribute('data-selected')).toBe(id);
    // Follow a link to an event page and on to a source page, then home again.
    await page.locator('#tl_card h3 a').click();
    await page.waitForURL(/\/events\/.+\/index\.html$/);
    const opened = contentEvents().find((e) => e.id === id)!;
    expect(await page.locator('h1').textContent()).toBe(opened.title);
    await page.locator('figcaption a').first().click();
    await page.waitForURL(/\/sources\/.+\/index\.html$/);
    await page.locator('.site-name').click();
    await page.waitForURL(home);
    expect(await page.locator('#tl_svg [data-event-id]').count()).toBe(site.events.length);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works inside a sandboxed cross-origin iframe', async () => {
    // The parent page comes from another origin (another port) and sandboxes the frame.
    const parent = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        `<!doctype html><title>embed</title><iframe id="f" sandbox="allow-scripts allow-popups" style="width:1100px;height:800px" src="${site.server.url}index.html"></iframe>`,
      );
    });
    await new Promise<void>((ok) => parent.listen(0, '127.0.0.1', ok));
    try {
      const page = await site.page();
      await page.goto(`http://127.0.0.1:${(parent.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('#f');
      await frame.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
      expect(await frame.locator('#tl_svg [data-event-id]').count()).toBe(site.events.length);
      const marks = frame.locator('#tl_svg g.m:not([display="none"]) circle');
      await marks.first().click();
      const clicked = await marks.first().evaluate((c) => c.closest('[data-event-id]')!.getAttribute('data-event-id'));
      const selected = await frame.locator('#tl_card').getAttribute('data-selected');
      expect(site.events.map((e) => e.id)).toContain(selected);
      expect(selected).toBe(clicked);
      // Filters work too (history may be refused in some sandboxes; the views must still change).
      await frame.locator('summary', { hasText: 'Outlets' }).click();
      await frame.locator('input[name=outlets]').first().check();
      await expect.poll(async () => (await frame.locator('#tl_count').textContent()) ?? '').toMatch(/of \d+ events/);
      const shown = Number(/Showing (\d+) of/.exec((await frame.locator('#tl_count').textContent())!)![1]);
      expect(await frame.locator('#tl_list > li:not([hidden])').count()).toBe(shown);
      // Links inside the frame navigate it.
      await frame.locator('#tl_list > li:not([hidden]) h3 a').first().click();
      await frame.locator('article.event h1').waitFor();
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await new Promise<void>((ok) => parent.close(() => ok()));
    }
  });
});

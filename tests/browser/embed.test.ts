/**
 * The embed (`embed/index.html`) as publishers use it: in a sandboxed iframe on a page from another
 * origin, with the loader resizing it, its options applied from the query and hostile option values
 * left inert; and the home page's "Embed" dialog, whose code must work pasted into such a page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parseFragment } from 'parse5';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, homeData } from '../helpers/dist';
import { domain, pageErrors, startSite, type Site } from '../helpers/site';

const DAY = 86_400_000;
const XSS = '<img src=x onerror=alert(1)>';

let site: Site;
let parent: Server;
let parentUrl: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  site = await startSite();
  // Publishers' pages: another origin (another port) than the site's.
  parent = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((ok) => parent.listen(0, '127.0.0.1', ok));
  parentUrl = `http://127.0.0.1:${(parent.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await site?.close();
  await new Promise<void>((ok) => (parent ? parent.close(() => ok()) : ok()));
});

/** Serves `body` as a publisher's article page and returns its URL. */
function publisherPage(body: string): string {
  const path = `/article-${pages.size}.html`;
  pages.set(
    path,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
<script>window.msgs = []; addEventListener('message', (e) => msgs.push({ data: e.data, fromEmbed: e.source === document.getElementById('f')?.contentWindow }));</script>
<body style="margin:0;padding:8px"><p>Article text before.</p>${body}<p>Article text after.</p></body></html>`,
  );
  return parentUrl + path.slice(1);
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const sandboxed = (src: string, width = 800) =>
  `<iframe id="f" data-timeline-embed title="Timeline" sandbox="allow-scripts allow-popups" style="display:block;width:${width}px;height:200px;border:0" src="${attr(src)}"></iframe>`;
const loader = () => `<script src="${site.server.url}embed/loader.js"></script>`;

const data = () => homeData('embed/index.html');

/** The person in most events but not all, an event of theirs in the middle of the story, and theirs. */
function scenario() {
  const d = data();
  const tally = d.people.map((p) => d.events.filter((e) => e.facets.people.includes(p)).length);
  const k = tally.map((n, i) => [n, i] as const).filter(([n]) => n < d.events.length).sort((a, b) => b[0] - a[0])[0]![1];
  const theirs = d.events.filter((e) => e.facets.people.includes(d.people[k]!));
  const event = theirs.filter((e) => !e.context)[Math.floor(theirs.filter((e) => !e.context).length / 2)]!;
  return { person: d.people[k]!, theirs, event, total: d.events.length };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function drawn(frame: FrameLocator | Page) {
  await frame.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
}

async function frameHeights(page: Page) {
  const iframe = await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height);
  const content = await page.frameLocator('#f').locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  return { iframe, content };
}

describe('embed in a sandboxed iframe on another origin', () => {
  it('renders, applies its options and is resized by the loader to its content', async () => {
    const { person, theirs, event, total } = scenario();
    const from = iso(Date.parse(event.start) - 12 * DAY);
    const to = iso(Date.parse(event.start) + 12 * DAY);
    const src = `${site.server.url}embed/index.html?people=${person}&from=${from}&to=${to}&event=${event.id}&theme=dark`;
    const page = await site.page({ colorScheme: 'light' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(publisherPage(sandboxed(src) + loader()));
    const frame = page.frameLocator('#f');
    await drawn(frame);

    // Options: filter, open event, dates, theme.
    await expect.poll(() => frame.locator('#tl_card').getAttribute('data-selected')).toBe(event.id);
    expect(await frame.locator('#tl_card h3').textContent()).toBe(event.title);
    expect(await frame.locator('#tl_count').textContent()).toBe(`Showing ${theirs.length} of ${total} events.`);
    expect(await frame.locator(`input[name=people][value="${person}"]`).isChecked()).toBe(true);
    const [d0, d1] = await domain(frame as unknown as Page);
    expect(Math.abs(d0 - Date.parse(from))).toBeLessThanOrEqual(DAY);
    expect(Math.abs(d1 - (Date.parse(to) + DAY))).toBeLessThanOrEqual(DAY);
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(21, 23, 26)');
    // The timeline alone: no site header, footer or list.
    expect(await frame.locator('.site-head, .site-foot').count()).toBe(0);
    expect(await frame.locator('#tl_list').isVisible()).toBe(false);
    expect(await frame.locator('#tl_embed_open').count()).toBe(0);

    // Resized to its content by the loader, from the documented message.
    await expect.poll(async () => {
      const h = await frameHeights(page);
      return h.iframe === h.content && h.iframe > 300;
    }).toBe(true);
    const msgs = await page.evaluate(() => (window as unknown as { msgs: { data: unknown; fromEmbed: boolean }[] }).msgs);
    expect(msgs.length).toBeGreaterThan(0);
    for (const m of msgs) {
      expect(m.fromEmbed).toBe(true);
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
      expect(m.data).toMatchObject({ type: 'timeline:height', height: expect.any(Number) });
    }
    const open = (await frameHeights(page)).iframe;

    // Closing the card shrinks the frame; selecting adds no entry to the publisher's history.
    const historyLength = await page.evaluate(() => history.length);
    await frame.locator('#tl_card button.close').click();
    await expect.poll(async () => (await frameHeights(page)).iframe).toBeLessThan(open);
    const h = await frameHeights(page);
    expect(h.iframe).toBe(h.content);
    const mark = frame.locator('#tl_svg g.m:not([display="none"]) circle').first();
    const clicked = await mark.evaluate((c) => c.closest('[data-event-id]')!.getAttribute('data-event-id'));
    await mark.click();
    await expect.poll(() => frame.locator('#tl_card').getAttribute('data-selected')).toBe(clicked);
    await expect.poll(async () => (await frameHeights(page)).iframe).toBeGreaterThan(h.iframe);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // Nothing from a third party: only the two origins involved.
    for (const url of requests) expect(url.startsWith(site.server.url) || url.startsWith(parentUrl) || url.startsWith('data:'), url).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens links in a new tab', async () => {
    const { event } = scenario();
    const page = await site.page();
    await page.goto(publisherPage(sandboxed(`${site.server.url}embed/index.html?event=${event.id}`) + loader()));
    const frame = page.frameLocator('#f');
    await drawn(frame);
    await frame.locator('#tl_card h3 a').waitFor();
    // One <base target="_blank"> for every link; no link sets another target.
    expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
    expect(await frame.locator('a[target]:not([target="_blank"])').count()).toBe(0);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), frame.locator('#tl_card h3 a').click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${site.server.url}events/${event.id}/index.html`);
    expect(await popup.locator('h1').textContent()).toBe(event.title);
    // The frame itself stayed on the timeline.
    expect(await frame.locator('#tl_card').getAttribute('data-selected')).toBe(event.id);
    expect(pageErrors(page)).toEqual([]);
  });

  it('ignores hostile and malformed option values, which never become markup', async () => {
    const { total } = scenario();
    const query = new URLSearchParams({
      people: XSS,
      places: `"><script>alert(1)</script>`,
      outlets: 'no-such-outlet',
      event: XSS,
      theme: XSS,
      from: '2025-02-30',
      to: XSS,
    });
    const page = await site.page();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(publisherPage(sandboxed(`${site.server.url}embed/index.html?${query}#${encodeURIComponent(XSS)}`) + loader()));
    const frame = page.frameLocator('#f');
    await drawn(frame);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await frame.locator('img').count()).toBe(0);
    const html = await frame.locator('html').evaluate((el) => el.outerHTML);
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('alert(1)');
    expect(await frame.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await frame.locator('#tl_count').textContent()).toBe(`Showing all ${total} events.`);
    expect(await frame.locator('#tl_card').getAttribute('data-selected')).toBeNull();
    expect(await frame.locator('input:checked').count()).toBe(0);
    expect(await frame.locator('#tl_full').getAttribute('href')).toBe('../index.html');
    // The same page at the top level, over the same values (the hash too).
    const top = await site.page();
    top.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await top.goto(`${site.server.url}embed/index.html?${query}#${XSS}`);
    await drawn(top);
    expect(dialogs).toEqual([]);
    expect(await top.locator('img').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(top)).toEqual([]);
  });
});

describe('embed/loader.js', () => {
  it('is tiny', () => {
    expect(readFileSync(join(DIST, 'embed', 'loader.js')).length).toBeLessThan(1024);
  });

  it('resizes only the frames it manages, each from its own messages, within range', async () => {
    const post = (msgs: string) => `<script>setTimeout(() => { for (const m of ${msgs}) parent.postMessage(m, '*') }, 50)</script>`;
    const frame = (id: string, managed: boolean, script: string) =>
      `<iframe id="${id}" ${managed ? 'data-timeline-embed' : ''} sandbox="allow-scripts" style="height:150px;border:0" srcdoc="${attr(script)}"></iframe>`;
    const page = await site.page();
    await page.goto(
      publisherPage(
        loader() +
          // Not managed: its message is well-formed, but it has no data-timeline-embed.
          frame('plain', false, post(`[{ type: 'timeline:height', height: 444 }]`)) +
          // Managed, but every message is malformed or out of range.
          frame('bad', true, post(`[{ type: 'timeline:height', height: 5 }, { type: 'timeline:height', height: 1e9 }, { type: 'timeline:height', height: '600' }, { type: 'timeline:height', height: NaN }, { type: 'other', height: 600 }, 'timeline:height', null]`)) +
          frame('good', true, post(`[{ type: 'timeline:height', height: 321.2 }]`)) +
          `<script>postMessage({ type: 'timeline:height', height: 999 }, '*')</script>`,
      ),
    );
    const height = (id: string) => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
    await expect.poll(() => height('good')).toBe(322);
    await page.waitForTimeout(200);
    expect(await height('plain')).toBe(150);
    expect(await height('bad')).toBe(150);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the home page’s Embed dialog', () => {
  it('gives code for the current view that works pasted into another site', async () => {
    const { person, theirs, event, total } = scenario();
    const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.server.url}?people=${person}#${event.id}`);
    await drawn(page);
    await page.locator('#tl_embed_open').click();
    const dialog = page.locator('#tl_embed');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.locator('#tl_embed_what').textContent()).toBe(`${theirs.length} of ${total} events, as filtered, with “${event.title}” open.`);
    await page.locator('input[name=tl_theme][value=dark]').check();
    await page.locator('#tl_embed_copy').click();
    await expect.poll(() => page.locator('#tl_embed_status').textContent()).toBe('Copied.');
    const code = await page.locator('#tl_embed_code').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // The code: the iframe with the view in its address, and the loader.
    const nodes = (parseFragment(code) as unknown as { childNodes: { nodeName: string; attrs?: { name: string; value: string }[] }[] }).childNodes.filter(
      (n) => !n.nodeName.startsWith('#'),
    );
    expect(nodes.map((n) => n.nodeName)).toEqual(['iframe', 'script']);
    const a = Object.fromEntries(nodes[0]!.attrs!.map((x) => [x.name, x.value]));
    expect(a).toHaveProperty('data-timeline-embed');
    expect(a.sandbox).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
    const src = new URL(a.src!);
    expect(src.origin + src.pathname).toBe(`${site.server.url}embed/index.html`);
    expect(src.searchParams.get('people')).toBe(person);
    expect(src.searchParams.get('event')).toBe(event.id);
    expect(src.searchParams.get('theme')).toBe('dark');
    // "Start at the dates shown now" is off unless asked for: the embed opens on all events.
    expect(src.searchParams.has('from')).toBe(false);
    expect(src.searchParams.has('to')).toBe(false);
    expect(nodes[1]!.attrs!.find((x) => x.name === 'src')!.value).toBe(`${site.server.url}embed/loader.js`);

    // Without the loader, only the iframe.
    await page.locator('#tl_embed_loader').uncheck();
    expect(await page.locator('#tl_embed_code').inputValue()).not.toContain('<script');
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tl_embed_open');

    // Pasted into a publisher's page (another origin), with id="f" added for this test.
    const other = await site.page();
    await other.goto(publisherPage(code.replace('<iframe ', '<iframe id="f" ')));
    const frame = other.frameLocator('#f');
    await drawn(frame);
    await expect.poll(() => frame.locator('#tl_card').getAttribute('data-selected')).toBe(event.id);
    expect(await frame.locator('#tl_count').textContent()).toBe(`Showing ${theirs.length} of ${total} events.`);
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(async () => {
      const h = await frameHeights(other);
      return h.iframe === h.content && h.iframe > 300;
    }).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(other)).toEqual([]);
  });
});

describe('embed layout and accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 600]) {
      it(`${width}px, ${colorScheme}: no sideways scrolling, no axe violations, event open`, async () => {
        const { event } = scenario();
        const page = await site.page({ colorScheme, viewport: { width, height: 900 } });
        await page.goto(`${site.server.url}embed/index.html?event=${event.id}`);
        await drawn(page);
        await page.locator('#tl_card h3').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
      });
    }
  }

  it('the home page with the Embed dialog open has no axe violations', async () => {
    const page = await site.page();
    await page.goto(site.server.url);
    await drawn(page);
    await page.locator('#tl_embed_open').click();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

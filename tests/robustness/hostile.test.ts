/**
 * Untrusted article text stays text. The hostile fixture (tests/fixtures/robustness/hostile-article.md)
 * is the only source of a temporary project that is built for real (`buildEvents`, then
 * `npx astro build`); every one of its sentences carries a date, so each becomes an event quote
 * holding braces, <script>, an onerror image, import/export lines, JSX, HTML comments, backticks,
 * Markdown, javascript: links, bidi and zero-width characters and emoji. Then:
 *
 * - the MDX files hold the text literally (front matter) and escaped (body);
 * - event pages, the home page list and the source page show it literally as text (parse5), and
 *   the embedded timeline data and every export give it back literally after parsing;
 * - none of it became markup: no script, handler, javascript: URL, comment or element from it;
 * - every page has a Content-Security-Policy without 'unsafe-eval', external links carry
 *   rel="noopener noreferrer", nothing is loaded from elsewhere, and the link checker passes;
 * - in Chromium no dialog opens, no error is logged and no request leaves the local server, on the
 *   home page (with each event's card opened), every event page and the source page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvents } from '../../scripts/build-events';
import { checkFolder } from '../../scripts/lib/links-fs';
import { formatReport } from '../../scripts/lib/links';
import { eventsFileSchema, type TimelineEvent } from '../../src/schema';
import { summaryRepeatsQuote } from '../../src/lib/summary';
import { readTimelineData, type TimelineData } from '../../src/lib/timeline-data';
import { launchChromium } from '../helpers/browser';
import { serve, type Served } from '../helpers/dist';
import { attr, byId, byTag, children, elements, find, findAll, hasClass, htmlPages, parseHtmlFragment, readPage, text, walk, type Node } from '../helpers/html';
import { REPO, astroBuild, fixture, makeProject, removeProject, run } from './project';

const ARTICLE = fixture('hostile-article.md').toString('utf8');
/** One sentence a line: each is quoted verbatim by one event. */
const SENTENCES = ARTICLE.slice(ARTICLE.indexOf('\n---\n', 3) + 5)
  .split('\n')
  .filter((l) => l.trim() !== '');

/** What the fixture must hold (a guard against the fixture being tamed by an edit). */
const HOSTILE = [
  '{frontmatter.title}',
  '{alert("xss-brace")}',
  '<script>alert("xss-script")</script>',
  '<img src=x onerror=alert("xss-img")>',
  'import x from "y"',
  'export const leaked = "yes";',
  '<Citation citation={0} />',
  '<Timeline onLoad={() => alert("xss-jsx")}>',
  '<!-- do not publish -->',
  '`rm -rf /`',
  '```fenced```',
  '**bold**',
  '_italics_',
  '# hash',
  '> quote',
  '| pipe | table |',
  '~~strike~~',
  '[a link](https://evil.example.net/x)',
  '[click here](javascript:alert("xss-md-link"))',
  `<a href="javascript:alert('xss-a')">here</a>`,
  '\u202eevil\u202c',
  'שלום',
  'سلام',
  'mark\u200f',
  'zero\u200bwidth',
  'zero\u200cnon\u200djoiner',
  'word\u2060joiner',
  '🕊️',
  '🇺🇦',
  '👩‍👩‍👧',
  '$math$',
  '&amp; &lt;b&gt;',
  'backslash \\ too',
];

const TITLE = 'Hostile <script>alert("xss-title")</script> {title} article';
const OUTLET = 'Wire <b onmouseover=alert(1)>Bold</b> & Co';

let root: string;
let dist: string;
let events: TimelineEvent[];

beforeAll(async () => {
  root = makeProject({ site: true, content: { 'sources/hostile-article.md': fixture('hostile-article.md') } });
  events = (await buildEvents({ root, quiet: true })).events;
  await astroBuild(root);
  dist = join(root, 'dist');
});

afterAll(() => removeProject(root));

const quotesOf = (list: { citations: { quote: string }[] }[]) => list.flatMap((e) => e.citations.map((c) => c.quote));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the hostile article', () => {
  it('holds every hostile string, each in a sentence that became an event quote', () => {
    for (const h of HOSTILE) expect(SENTENCES.some((s) => s.includes(h)), h).toBe(true);
    expect(ARTICLE).toContain(`title: ${JSON.stringify(TITLE)}`);
    expect(ARTICLE).toContain(`outlet: ${JSON.stringify(OUTLET)}`);
    expect(SENTENCES.length).toBe(14);
    expect(quotesOf(events).sort()).toEqual([...SENTENCES].sort());
  });
});

describe('MDX files', () => {
  it('keep the text literally in the front matter and escaped in the body', () => {
    const dir = join(root, 'content/events');
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBe(events.length);
    const quotes: string[] = [];
    for (const f of files) {
      const mdx = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
      expect(m, f).not.toBeNull();
      const data = parseYaml(m![1]!) as TimelineEvent;
      quotes.push(...data.citations.map((c) => c.quote));
      expect(data).toEqual(events.find((e) => e.id === data.id));
      // The body: our one import, the summary as text, our <Citation> tags; nothing else that MDX acts on.
      const lines = m![2]!.split('\n');
      expect(lines[0]).toBe("import Citation from '../../src/components/Citation.astro';");
      for (const line of lines.slice(1)) {
        if (/^<Citation citation=\{frontmatter\.citations\[\d+\]\} \/>$/.test(line)) continue;
        expect(line, `${f}: ${line}`).not.toMatch(/^\s*(import|export)\b/);
        // Braces only inside a string-literal expression ({"word"}), never code.
        const outsideLiterals = line.replace(/\{"(?:[^"\\]|\\.)*"\}/g, '');
        expect(outsideLiterals, `${f}: ${line}`).not.toMatch(/[<>{}`]/);
      }
    }
    expect(quotes.sort()).toEqual([...SENTENCES].sort());
  });
});

describe('built pages show the text literally, as text', () => {
  it('on each event page: title, MDX body, quotes and description', () => {
    for (const e of events) {
      const doc = readPage(dist, `events/${e.id}/index.html`);
      const h1 = byTag(doc, 'h1');
      expect(h1.map(text)).toEqual([e.title]);
      const body = find(doc, (n) => n.tagName === 'div' && hasClass(n, 'body'))!;
      expect(text(children(body, 'p')[0]!)).toBe(e.summary);
      const quotes = byTag(doc, 'blockquote').map(text);
      for (const c of e.citations) expect(quotes).toContain(c.quote);
      const description = find(doc, (n) => n.tagName === 'meta' && attr(n, 'name') === 'description');
      expect(attr(description!, 'content')).toBe(e.summary);
      expect(text(byTag(doc, 'title')[0]!)).toContain(e.title);
    }
  });

  it('in the home page list, and on the source page', () => {
    const home = readPage(dist, 'index.html');
    for (const e of events) {
      const li = byId(home, e.id)!;
      expect(li.tagName).toBe('li');
      expect(text(byTag(li, 'h3')[0]!)).toBe(e.title);
      // The summary as its own paragraph, unless it only repeats the first quote (then the quote shows it).
      const own = children(li, 'p').map(text);
      if (summaryRepeatsQuote(e)) expect(own).not.toContain(e.summary);
      else expect(own).toContain(e.summary);
      expect(byTag(li, 'blockquote').map(text)).toEqual(e.citations.map((c) => c.quote));
    }
    const source = readPage(dist, 'sources/hostile-article/index.html');
    expect(byTag(source, 'blockquote').map(text).sort()).toEqual([...SENTENCES].sort());
  });

  it('with the article\'s own title and outlet, which are hostile too, shown as text', () => {
    const source = readPage(dist, 'sources/hostile-article/index.html');
    expect(byTag(source, 'h1').map(text)).toEqual([TITLE]);
    expect(text(source)).toContain(OUTLET);
    const home = readPage(dist, 'index.html');
    for (const doc of [home, readPage(dist, `events/${events[0]!.id}/index.html`)]) {
      const cites = byTag(doc, 'cite').map(text);
      expect(cites.length).toBeGreaterThan(0);
      expect(new Set(cites)).toEqual(new Set([TITLE]));
      expect(findAll(doc, (n) => n.tagName === 'a' && text(n) === OUTLET).length).toBeGreaterThan(0);
    }
    const data = eventsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')));
    expect(data.sources.map((s) => [s.title, s.outlet])).toEqual([[TITLE, OUTLET]]);
  });

  it('in the data the home page embeds for its timeline (#tl_data)', () => {
    const home = readPage(dist, 'index.html');
    const data = readTimelineData(JSON.parse(text(byId(home, 'tl_data')!)) as TimelineData);
    expect(data.map((d) => [d.id, d.title])).toEqual(events.map((e) => [e.id, e.title]));
    // Any embed page the site has (an iframe view) shows the same text.
    for (const page of htmlPages(dist).filter((p) => p.includes('embed'))) {
      const all = text(readPage(dist, page));
      for (const e of events) expect(all, page).toContain(e.title);
    }
  });
});

describe('none of the text became markup', () => {
  it('no script, handler, javascript: URL, comment or element from the article on any page', () => {
    const pages = htmlPages(dist);
    expect(pages).toContain('index.html');
    for (const page of pages) {
      const doc = readPage(dist, page);
      for (const n of walk(doc)) {
        if (n.nodeName === '#comment') expect(n.data, page).not.toContain('do not publish');
        if (!n.tagName) continue;
        const where = `${page}: <${n.tagName}>`;
        expect(['citation', 'timeline'], where).not.toContain(n.tagName);
        for (const a of n.attrs ?? []) {
          expect(a.name.startsWith('on'), `${where} ${a.name}`).toBe(false);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(a.name)) {
            expect(a.value.trim().toLowerCase().startsWith('javascript:'), `${where} ${a.name}=${a.value}`).toBe(false);
          }
        }
        if (n.tagName === 'img') expect(attr(n, 'src'), where).not.toBe('x');
        if (n.tagName === 'a') expect(attr(n, 'href'), where).not.toBe('https://evil.example.net/x');
        if (n.tagName === 'script') {
          const type = attr(n, 'type');
          // Data blocks hold the article's text as JSON strings: they must parse, and carry no `<`
          // raw, so that no `</script>` in the text can end the block early.
          if (type === 'application/json' || type === 'application/ld+json') {
            expect(() => JSON.parse(text(n)), where).not.toThrow();
            expect(text(n), where).not.toContain('<');
          } else expect(text(n), where).not.toContain('xss');
          expect(attr(n, 'src'), where).toBeUndefined();
        }
      }
    }
  });
});

describe('every export gives the text back literally after parsing', () => {
  const read = (name: string) => readFileSync(join(dist, name), 'utf8');

  it('events.json', () => {
    const data = eventsFileSchema.parse(JSON.parse(read('events.json')));
    expect(data.events).toEqual(events);
  });

  it('events.csv', () => {
    const parsed = Papa.parse<Record<string, string>>(read('events.csv').replace(/\r\n$/, ''), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.id, r.title, r.summary, r.dateText])).toEqual(events.map((e) => [e.id, e.title, e.summary, e.dateText]));
    for (const [i, e] of events.entries()) expect(parsed.data[i]!.quotes).toBe(e.citations.map((c) => c.quote).join('; '));
  });

  it('events.ics', () => {
    const cal = new ICAL.Component(ICAL.parse(read('events.ics')));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(events.map((e) => `${e.id}@timeline`));
    for (const [i, e] of events.entries()) {
      expect(vevents[i]!.getFirstPropertyValue('summary')).toBe(e.title);
      const description = String(vevents[i]!.getFirstPropertyValue('description'));
      expect(description).toContain(e.summary);
      for (const c of e.citations) expect(description).toContain(c.quote);
    }
  });

  it('feed.xml', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => name === 'entry' }).parse(xml);
    const entries = feed.feed.entry as Record<string, { '#text': string } & Record<string, string>>[];
    expect(entries.length).toBe(events.length);
    for (const e of events) {
      const entry = entries.find((x) => (x.link as unknown as Record<string, string>)['@_href']!.includes(`events/${e.id}/`));
      expect(entry, e.id).toBeDefined();
      expect(entry!.title!['#text']).toBe(e.title);
      expect(entry!.summary!['#text']).toBe(e.summary);
      // type="html": the XML text is HTML, whose text content holds summary and quotes.
      const content = parseHtmlFragment(entry!.content!['#text']);
      expect(elements(content).map((n) => n.tagName).filter((t) => !['p', 'strong', 'blockquote', 'footer', 'cite', 'a'].includes(t!))).toEqual([]);
      const paragraphs = byTag(content, 'p').map(text);
      expect(paragraphs).toContain(e.summary);
      for (const c of e.citations) expect(paragraphs).toContain(`“${c.quote}”`);
    }
  });

  it('timeline.json (TimelineJS reads its strings as HTML)', () => {
    const data = JSON.parse(read('timeline.json')) as { events: { unique_id: string; text: { headline: string; text: string } }[] };
    expect(data.events.map((s) => s.unique_id)).toEqual(events.map((e) => e.id));
    for (const [i, e] of events.entries()) {
      const slide = data.events[i]!;
      const headline = parseHtmlFragment(slide.text.headline);
      expect(elements(headline)).toEqual([]);
      expect(text(headline)).toBe(e.title);
      const body = parseHtmlFragment(slide.text.text);
      expect(findAll(body, (n) => ['script', 'img', 'citation', 'timeline', 'iframe'].includes(n.tagName!))).toEqual([]);
      const paragraphs = byTag(body, 'p').map(text);
      expect(paragraphs).toContain(e.summary);
      for (const c of e.citations) expect(text(body)).toContain(c.quote);
    }
  });
});

describe('web security of the built pages', () => {
  it('every page has a Content-Security-Policy meta without unsafe-eval that loads nothing from elsewhere', () => {
    for (const page of htmlPages(dist)) {
      const doc = readPage(dist, page);
      const head = byTag(doc, 'head')[0]!;
      const csp = findAll(doc, (n) => n.tagName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(csp.length, page).toBe(1);
      expect(children(head)).toContain(csp[0]);
      const policy = attr(csp[0]!, 'content')!;
      expect(policy, page).not.toContain('unsafe-eval');
      expect(policy, page).toMatch(/(^|;)\s*default-src 'none'/);
      // No host, scheme wildcard or * source anywhere: nothing third-party may load.
      expect(policy, page).not.toMatch(/https?:|\*|wss?:/);
    }
  });

  it('every external link opens with rel="noopener noreferrer", and nothing is loaded from elsewhere', () => {
    let external = 0;
    for (const page of htmlPages(dist)) {
      const doc = readPage(dist, page);
      for (const n of elements(doc)) {
        for (const name of ['href', 'src', 'srcset', 'data', 'poster', 'action']) {
          const value = attr(n, name);
          if (value === undefined || !/^\s*(https?:)?\/\//i.test(value)) continue;
          expect(['a', 'area'], `${page}: <${n.tagName} ${name}="${value}"> loads from elsewhere`).toContain(n.tagName);
          external++;
          const rel = (attr(n, 'rel') ?? '').toLowerCase().split(/\s+/);
          expect(rel, `${page}: ${value}`).toContain('noopener');
          expect(rel, `${page}: ${value}`).toContain('noreferrer');
        }
        if (n.tagName === 'blockquote' && attr(n, 'cite') !== undefined) expect(attr(n, 'cite')).toMatch(/^https?:\/\//);
      }
    }
    // The article's address is linked from every citation and from its source page.
    expect(external).toBeGreaterThan(events.length);
  });

  it('has no broken local links (the link checker, as a module and as the CLI)', async () => {
    const result = checkFolder(dist, { base: '/' });
    expect(result.broken, formatReport(result)).toEqual([]);
    expect(result.pages).toBe(htmlPages(dist).length);
    const cli = await run(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/check-links.ts'), dist], REPO);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(', 0 broken');
  });
});

describe('in Chromium', () => {
  let server: Served;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records dialogs, errors and every request it makes. */
  async function watchedPage() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = { dialogs: [] as string[], errors: [] as string[], foreign: [] as string[], requests: 0 };
    page.on('dialog', (d) => {
      seen.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.errors.push(m.text());
    });
    page.on('request', (r) => {
      seen.requests++;
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && url !== 'about:blank') seen.foreign.push(url);
    });
    return { page, seen, close: () => context.close() };
  }

  const settle = (page: Page) => page.waitForLoadState('networkidle');

  it('the home page runs no article text, with every event card opened in turn', async () => {
    const { page, seen, close } = await watchedPage();
    try {
      await page.goto(`${server.url}index.html`);
      await settle(page);
      // The timeline script ran: its section is shown.
      await page.locator('#tl_app').waitFor({ state: 'visible' });
      const staticScripts = byTag(readPage(dist, 'index.html'), 'script').length;
      for (const e of events) {
        await page.evaluate((id) => {
          location.hash = id;
        }, e.id);
        await page.locator(`#tl_card[data-selected="${e.id}"]`).waitFor();
        const card = await page.locator('#tl_card').evaluate((el) => el.textContent ?? '');
        for (const c of e.citations) expect(fold(card)).toContain(fold(c.quote));
      }
      expect(await page.evaluate(() => document.scripts.length)).toBe(staticScripts);
      expect(await page.locator('img[src="x"], citation, timeline, a[href^="javascript:"]').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(seen.dialogs).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
      expect(seen.requests).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('every event page and the source page run no article text', async () => {
    const { page, seen, close } = await watchedPage();
    try {
      const pages = [...events.map((e) => `events/${e.id}/index.html`), 'sources/hostile-article/index.html'];
      for (const p of pages) {
        await page.goto(`${server.url}${p}`);
        await settle(page);
        const quotes = await page.locator('blockquote').allTextContents();
        expect(quotes.length, p).toBeGreaterThan(0);
        for (const q of quotes) expect(SENTENCES, p).toContain(q);
        expect(await page.locator('img[src="x"], citation, timeline, a[href^="javascript:"]').count(), p).toBe(0);
      }
      await page.waitForTimeout(300);
      expect(seen.dialogs).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the same holds opened from disk (file://)', async () => {
    const { page, seen, close } = await watchedPage();
    try {
      for (const p of ['index.html', `events/${events[1]!.id}/index.html`]) {
        const url = `file://${join(dist, p)}`;
        await page.goto(url);
        await page.waitForLoadState('load');
      }
      await page.waitForTimeout(300);
      expect(seen.dialogs).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await close();
    }
  });
});

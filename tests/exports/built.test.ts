/**
 * The exports as built into dist/, each read back by a real parser of its format and compared,
 * event by event and field by field, with dist/events.json; the site's links to them; and the
 * schema.org JSON-LD and link-preview tags of the built event pages, against the same data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileSchema, type EventsFile, type TimelineEvent } from '../../src/schema';
import { CSV_COLUMNS, LIST_SEPARATOR } from '../../src/exports/csv';
import { addDays, eventSpan } from '../../src/exports/common';
import { extractLinks, resolveLink } from '../../scripts/lib/links';
import { DIST, ensureBuilt } from '../helpers/dist';
import { attr, findAll, parseDocument, text as nodeText } from '../helpers/html';
import { parseHtml } from './html';

let data: EventsFile;
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text of an HTML fragment as a browser would show it (entities decoded, tags gone). */
const text = (html: string) => fold(parseHtml(html).text);

beforeAll(() => {
  ensureBuilt();
  data = eventsFileSchema.parse(JSON.parse(read('events.json')));
});

/** The sources an event cites, each once, in citation order. */
const citedSources = (e: TimelineEvent) => [...new Set(e.citations.map((c) => c.source))].map((id) => data.sources.find((s) => s.id === id)!);

describe('dist/ exports against dist/events.json', () => {
  it('events.json is the canonical public contract', () => {
    expect(data.events.length).toBe(readdirSync('content/events').filter((f) => f.endsWith('.mdx')).length);
    expect(read('events.json')).toBe(`${JSON.stringify(data, null, 2)}\n`);
    const ids = new Set(data.sources.map((s) => s.id));
    for (const e of data.events) for (const c of e.citations) expect(ids.has(c.source), `${e.id} cites ${c.source}`).toBe(true);
  });

  it('events.csv (papaparse): one row per event, every column as in events.json', () => {
    const parsed = Papa.parse<string[]>(read('events.csv').replace(/\r\n$/, ''));
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(data.events.length);
    // A cell a spreadsheet would run as a formula carries one leading apostrophe (src/exports/csv.ts).
    const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    data.events.forEach((e, i) => {
      const expected = {
        id: e.id,
        start: e.start,
        end: e.end ?? '',
        precision: e.precision,
        dateText: e.dateText,
        title: e.title,
        summary: e.summary,
        context: e.context ? 'true' : 'false',
        people: e.people.join(LIST_SEPARATOR),
        places: e.places.join(LIST_SEPARATOR),
        tags: e.tags.join(LIST_SEPARATOR),
        sources: e.citations.map((c) => c.source).join(LIST_SEPARATOR),
        quotes: e.citations.map((c) => c.quote).join(LIST_SEPARATOR),
      };
      expect(Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, unguard(rows[i]![k]!)])), e.id).toEqual(expected);
    });
  });

  it('events.ics (ical.js): one all-day VEVENT per event with its dates, title, places, tags and quotes', () => {
    const cal = new ICAL.Component(ICAL.parse(read('events.ics')));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents.length).toBe(data.events.length);
    data.events.forEach((e, i) => {
      const v = vevents[i]!;
      const { first, last } = eventSpan(e);
      expect(v.getFirstPropertyValue('uid')).toBe(`${e.id}@timeline`);
      expect(v.getFirstPropertyValue('summary')).toBe(e.title);
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(start.isDate && end.isDate, e.id).toBe(true);
      expect(start.toString()).toBe(first);
      expect(end.toString()).toBe(addDays(last, 1));
      if (e.places.length) expect(v.getFirstPropertyValue('location')).toBe(e.places.join('; '));
      else expect(v.getFirstProperty('location')).toBeNull();
      const categories = v.getFirstProperty('categories')?.getValues() ?? [];
      expect(categories).toEqual([...(e.context ? ['Context'] : []), ...e.tags]);
      const description = String(v.getFirstPropertyValue('description'));
      expect(description).toContain(e.summary);
      expect(description).toContain(e.dateText);
      for (const c of e.citations) expect(description).toContain(c.quote);
    });
  });

  it('feed.xml (fast-xml-parser): an entry per event, newest first, with its title, summary, quotes and page', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['entry', 'category', 'link'].includes(name),
      htmlEntities: true,
    }).parse(xml).feed;
    const entries = feed.entry as { title: { '#text': string }; summary: { '#text': string }; content: { '#text': string }; link: { '@href': string }[]; category?: { '@term': string }[]; published: string; updated: string }[];
    const newestFirst = [...data.events].reverse();
    expect(entries.length).toBe(data.events.length);
    newestFirst.forEach((e, i) => {
      const entry = entries[i]!;
      expect(entry.title['#text']).toBe(e.title);
      expect(entry.summary['#text']).toBe(e.summary);
      const href = entry.link[0]!['@href'];
      expect(href).toBe(`events/${e.id}/index.html`);
      expect(existsSync(join(DIST, href)), href).toBe(true);
      expect((entry.category ?? []).map((c) => c['@term'])).toEqual([...(e.context ? ['Context'] : []), ...e.tags]);
      const content = text(entry.content['#text']);
      expect(content).toContain(fold(e.summary));
      for (const c of e.citations) expect(content).toContain(fold(c.quote));
      // Published and updated: the first and latest report of it among its sources.
      const dates = citedSources(e).map((s) => s.published).sort();
      expect(entry.published).toBe(`${dates[0]}T00:00:00Z`);
      expect(entry.updated).toBe(`${dates.at(-1)}T00:00:00Z`);
    });
  });

  it('timeline.json (JSON.parse, HTML read by parse5): a slide per event with its dates, title, summary and quotes', () => {
    const tl = JSON.parse(read('timeline.json')) as {
      events: { unique_id: string; start_date: { year: number; month?: number; day?: number }; end_date?: { year: number; month?: number; day?: number }; text: { headline: string; text: string }; group?: string }[];
    };
    expect(tl.events.length).toBe(data.events.length);
    const cut = (iso: string, p: TimelineEvent['precision']) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      return p === 'year' ? { year } : p === 'month' ? { year, month } : { year, month, day };
    };
    data.events.forEach((e, i) => {
      const slide = tl.events[i]!;
      expect(slide.unique_id).toBe(e.id);
      expect(text(slide.text.headline)).toBe(fold(e.title));
      expect(slide.start_date).toEqual(cut(e.start, e.precision));
      if (slide.end_date) expect(slide.end_date).toEqual(cut(e.end!, e.precision));
      else expect(e.end === undefined || JSON.stringify(cut(e.end, e.precision)) === JSON.stringify(slide.start_date)).toBe(true);
      const body = text(slide.text.text);
      expect(body).toContain(fold(e.summary));
      for (const c of e.citations) expect(body).toContain(fold(c.quote));
      expect(slide.group === undefined ? undefined : text(slide.group)).toBe(e.context ? 'Context' : e.tags[0]);
    });
  });
});

describe('the built pages and the data', () => {
  const EXPORTS = ['events.json', 'events.csv', 'events.ics', 'feed.xml', 'timeline.json'];

  it('link every export, relatively, from the home page and from an event page', () => {
    for (const page of ['index.html', `events/${data.events[0]!.id}/index.html`]) {
      const targets = extractLinks(read(page))
        .links.filter((l) => l.tag === 'a')
        .map((l) => resolveLink(l.value, page))
        .flatMap((r) => (r.kind === 'local' ? [r.path] : []));
      for (const name of EXPORTS) expect(targets, `${page} links ${name}`).toContain(name);
    }
  });

  it('event pages carry schema.org JSON-LD and link-preview tags that agree with events.json', () => {
    for (const e of data.events) {
      const html = read(`events/${e.id}/index.html`);
      const doc = parseDocument(html);
      const scripts = findAll(doc, (n) => n.tagName === 'script' && attr(n, 'type') === 'application/ld+json');
      expect(scripts.length, e.id).toBe(1);
      const ld = JSON.parse(nodeText(scripts[0]!));
      const { first, last } = eventSpan(e);
      expect(ld, e.id).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: e.title, description: e.summary, startDate: first });
      expect(ld.endDate).toBe(last !== first ? last : undefined);
      expect((ld.subjectOf ?? []).map((a: { headline: string }) => a.headline)).toEqual(citedSources(e).map((s) => s.title));
      expect((ld.location ?? []).map((p: { name: string }) => p.name)).toEqual(e.places);
      const meta = new Map(
        findAll(doc, (n) => n.tagName === 'meta').map((m) => [attr(m, 'property') ?? attr(m, 'name'), attr(m, 'content')] as const),
      );
      expect(meta.get('og:title')).toBe(e.title);
      expect(meta.get('og:type')).toBe('article');
      expect(meta.get('twitter:card')).toBe('summary');
      const description = meta.get('og:description')!;
      expect(description.length, e.id).toBeGreaterThan(Math.min(40, fold(e.summary).length - 1));
      expect(fold(e.summary).startsWith(description.replace(/…$/, ''))).toBe(true);
    }
  });
});


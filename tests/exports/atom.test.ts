import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomFeed, uuidV5, xmlSafe } from '../../src/exports/atom';
import { EMOJI, HOSTILE, IMG, RTL, SCRIPT, ZERO_WIDTH, fixture, hostileFile } from './fixtures';
import { parseHtml } from './html';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['entry', 'category', 'link'].includes(name),
});

interface Entry {
  id: string;
  title: { '#text': string; '@type': string };
  link?: { '@href': string; '@rel': string }[];
  published: string;
  updated: string;
  category?: { '@term': string }[];
  summary: { '#text': string; '@type': string };
  content: { '#text': string; '@type': string };
}

const OPTIONS = {
  title: 'Feed <title> & "co"',
  description: 'About ]]> this',
  lang: 'en',
  siteUrl: 'https://example.com/t/',
  selfUrl: 'https://example.com/t/feed.xml',
  eventUrl: (e: { id: string }) => `https://example.com/t/?a=1&b=2#${e.id}`,
};

describe('atomFeed', () => {
  const xml = atomFeed(hostileFile, OPTIONS);
  const doc = parser.parse(xml);
  const feed = doc.feed;
  const entries = feed.entry as Entry[];
  const entry = (title: string) => entries.find((e) => e.title['#text'] === title)!;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml.endsWith('</feed>\n')).toBe(true);
    expect(xml).not.toContain('CDATA[<');
  });

  it('has the Atom feed elements, with updated from the data', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title['#text']).toBe('Feed <title> & "co"');
    expect(feed.subtitle['#text']).toBe('About ]]> this');
    expect(feed.updated).toBe('2025-11-27T00:00:00Z');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.author.name).toBe('Feed <title> & "co"');
    expect(feed.link.map((l: { '@rel': string; '@href': string }) => [l['@rel'], l['@href']])).toEqual([
      ['self', 'https://example.com/t/feed.xml'],
      ['alternate', 'https://example.com/t/'],
    ]);
  });

  it('lists entries newest first, with stable unique ids', () => {
    expect(entries.map((e) => e.title['#text'])).toEqual(
      ['geneva-talks', 'week-of-talks', 'plan-published', 'miami-meeting', 'full-scale-invasion'].map(
        (id) => hostileFile.events.find((e) => e.id === id)!.title,
      ),
    );
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:/);
    // Same event, same feed: same id, whatever else changed.
    const changed = fixture();
    changed.events.reverse();
    changed.events.find((e) => e.id === 'plan-published')!.title = 'Renamed';
    const again = (parser.parse(atomFeed(changed, OPTIONS)).feed.entry as Entry[]).find((e) => e.title['#text'] === 'Renamed')!;
    expect(again.id).toBe(entry(hostileFile.events[0]!.title).id);
  });

  it('gives back hostile text literally in title, summary and category', () => {
    const plan = entry(`Plan published ${SCRIPT} ${IMG}`);
    expect(plan.title['@type']).toBe('text');
    expect(plan.summary['@type']).toBe('text');
    expect(plan.summary['#text']).toBe(HOSTILE);
    expect(plan.category!.map((c) => c['@term'])).toEqual(['diplomacy & "plans"', EMOJI]);
    expect(plan.link![0]!['@href']).toBe('https://example.com/t/?a=1&b=2#plan-published');
  });

  it('carries content as escaped HTML whose text is the data', () => {
    const plan = entry(`Plan published ${SCRIPT} ${IMG}`);
    expect(plan.content['@type']).toBe('html');
    const html = parseHtml(plan.content['#text']);
    expect(html.elements.filter((e) => !['p', 'strong', 'br', 'blockquote', 'footer', 'cite', 'a'].includes(e))).toEqual([]);
    for (const line of HOSTILE.split('\n')) expect(html.text).toContain(line);
    expect(html.text).toContain(`${RTL} ${ZERO_WIDTH} ${EMOJI}`);
    expect(html.textOf('cite')).toEqual(['Reuters', 'The Wall Street Journal & <b>Co</b>']);
    expect(html.textOf('strong')).toEqual(['20 November 2025']);
  });

  it('dates entries by the sources they cite', () => {
    const plan = entry(`Plan published ${SCRIPT} ${IMG}`);
    expect(plan.published).toBe('2025-11-22T00:00:00Z');
    expect(plan.updated).toBe('2025-11-27T00:00:00Z');
    const miami = entry('Miami meeting {curly} & <b>bold</b>');
    expect(miami.published).toBe('2025-11-22T00:00:00Z');
    expect(miami.updated).toBe('2025-11-23T00:00:00Z');
    expect(entry('Full-scale invasion').category!.map((c) => c['@term'])).toEqual(['Context', 'war']);
  });

  it('drops characters XML cannot carry and keeps the rest', () => {
    const f = fixture();
    f.events[0]!.title = 'bell\u0007 nul\u0000 lone\ud800 ok \u200F\u200B 🙂';
    f.events[0]!.summary = 'cr\r\nlf\ttab';
    const text = atomFeed(f, OPTIONS);
    expect(XMLValidator.validate(text)).toBe(true);
    const got = (parser.parse(text).feed.entry as Entry[]).find((e) => e.title['#text'].startsWith('bell'))!;
    expect(got.title['#text']).toBe('bell nul lone ok \u200F\u200B 🙂');
    expect(got.summary['#text']).toBe('cr\r\nlf\ttab');
    expect(xmlSafe('a\ufffeb\uffffc')).toBe('abc');
  });

  it('leaves links out when no URLs are given', () => {
    const bare = atomFeed(hostileFile);
    expect(XMLValidator.validate(bare)).toBe(true);
    expect(bare).not.toContain('<link');
    expect(bare).toContain('<title type="text">Timeline</title>');
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives byte-identical output whatever the clock or input order', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const a = atomFeed(hostileFile, OPTIONS);
    vi.setSystemTime(new Date('2099-06-15T12:34:56Z'));
    const shuffled = fixture();
    shuffled.events.reverse();
    shuffled.sources.reverse();
    expect(atomFeed(shuffled, OPTIONS)).toBe(a);
  });

  it('makes RFC 9562 version-5 UUIDs', () => {
    expect(uuidV5('x')).toBe(uuidV5('x'));
    expect(uuidV5('x')).not.toBe(uuidV5('y'));
    // Known vector: uuid v5 of "www.example.com" in the DNS namespace.
    const dns = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex');
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('falls back to the epoch for an empty file', () => {
    const text = atomFeed({ sources: [], events: [] });
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});

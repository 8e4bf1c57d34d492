import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../src/schema';
import { EventsFileError, canonicalEventsFile, eventsJson } from '../../src/exports/events-json';
import { HOSTILE, fixture, hostileFile } from './fixtures';

const EVENT_KEYS = ['id', 'title', 'start', 'end', 'precision', 'approximate', 'dateText', 'summary', 'context', 'people', 'places', 'tags', 'citations'];
const SOURCE_KEYS = ['id', 'title', 'outlet', 'published', 'url', 'authors', 'derivedFrom'];

/** `keys` with only those present in `obj`, in the given order. */
function expectedOrder(keys: string[], obj: object): string[] {
  return keys.filter((k) => k in obj);
}

describe('eventsJson', () => {
  const text = eventsJson(hostileFile);
  const parsed = JSON.parse(text);

  it('is valid against eventsFileSchema', () => {
    expect(() => eventsFileSchema.parse(parsed)).not.toThrow();
    expect(eventsFileSchema.parse(parsed)).toEqual(parsed);
  });

  it('keeps every value, hostile text included, exactly', () => {
    const byId = new Map(hostileFile.events.map((e) => [e.id, e]));
    expect(parsed.events).toHaveLength(hostileFile.events.length);
    for (const e of parsed.events) expect(e).toEqual(byId.get(e.id));
    const sources = new Map(hostileFile.sources.map((s) => [s.id, s]));
    for (const s of parsed.sources) expect(s).toEqual(sources.get(s.id));
    expect(parsed.events.find((e: { id: string }) => e.id === 'plan-published').summary).toBe(HOSTILE);
  });

  it('orders events by time and sources by publication', () => {
    expect(parsed.events.map((e: { id: string }) => e.id)).toEqual([
      'full-scale-invasion', 'miami-meeting', 'plan-published', 'week-of-talks', 'geneva-talks',
    ]);
    expect(parsed.sources.map((s: { id: string }) => s.id)).toEqual(['reuters-miami', 'rewrite-miami', 'wsj-kremlin']);
  });

  it('writes keys in schema order, 2-space indent, LF and one trailing newline', () => {
    for (const e of parsed.events) expect(Object.keys(e)).toEqual(expectedOrder(EVENT_KEYS, e));
    for (const e of parsed.events) for (const c of e.citations) expect(Object.keys(c)).toEqual(['source', 'quote', 'paragraph']);
    for (const s of parsed.sources) expect(Object.keys(s)).toEqual(expectedOrder(SOURCE_KEYS, s));
    expect(Object.keys(parsed)).toEqual(['sources', 'events']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('\r');
    expect(text.split('\n')[1]).toMatch(/^ {2}"sources": \[$/);
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('gives the same bytes whatever the input order or key order', () => {
    const shuffled = fixture();
    shuffled.events.reverse();
    shuffled.sources.reverse();
    const first = shuffled.events[0]!;
    shuffled.events[0] = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    expect(eventsJson(shuffled)).toBe(text);
  });

  it('leaves out absent optional keys rather than writing null', () => {
    expect(text).not.toContain('null');
    const week = parsed.events.find((e: { id: string }) => e.id === 'week-of-talks');
    expect('end' in week).toBe(false);
    expect('context' in week).toBe(false);
  });

  it('refuses data that breaks the schema', () => {
    const bad = fixture();
    bad.events[0]!.start = '2025-02-30';
    expect(() => eventsJson(bad)).toThrow(EventsFileError);
    const before = fixture();
    before.events[1]!.end = '2025-11-01';
    expect(() => eventsJson(before)).toThrow(/end is before start/);
  });

  it('refuses dangling citations, unknown derivedFrom and duplicate ids', () => {
    const dangling = fixture();
    dangling.events[0]!.citations[0]!.source = 'nowhere';
    expect(() => canonicalEventsFile(dangling)).toThrow(/cites "nowhere"/);
    const derived = fixture();
    derived.sources[2]!.derivedFrom = 'nowhere';
    expect(() => canonicalEventsFile(derived)).toThrow(/derived from "nowhere"/);
    const dup = fixture();
    dup.events.push(structuredClone(dup.events[0]!));
    expect(() => canonicalEventsFile(dup)).toThrow(/listed twice/);
  });

  it('does not change its input', () => {
    const input = fixture();
    eventsJson(input);
    expect(input).toEqual(hostileFile);
  });

  it('handles an empty file', () => {
    expect(eventsJson({ sources: [], events: [] })).toBe('{\n  "sources": [],\n  "events": []\n}\n');
  });
});

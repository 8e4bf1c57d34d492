import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from '../../src/extract/load-sources';
import { extractEvents } from '../../src/extract/pipeline';
import type { TimelineEvent } from '../../src/schema';
import { beforeAll, expect, it } from 'vitest';

/** The sources of a folder, loaded as `npm run events` loads them. */
export function loadFolder(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), raw: readFileSync(path.join(dir, f)) }));
  return loadSources(files).sources;
}

/** The events of a folder's corpus, extracted once before the tests of the file that asks run. */
export function corpusEvents(dir: string): () => TimelineEvent[] {
  let events: TimelineEvent[] = [];
  beforeAll(() => {
    events = extractEvents(loadFolder(dir)).events;
  });
  return () => events;
}

/** The events of one article written inline (published 2026-03-18 unless given). */
export function eventsOfArticle(body: string, published = '2026-03-18'): TimelineEvent[] {
  const raw = Buffer.from(`---\ntitle: "T"\noutlet: "O"\npublished: "${published}"\n---\n${body}\n`);
  return extractEvents(loadSources([{ file: 'a.md', raw }]).sources).events;
}

/** Whether an event quotes these words in one of its citations. */
export const cites = (e: TimelineEvent, words: string) => e.citations.some((c) => c.quote.includes(words));

/** An expected happening: what it is, its first day, and words of every report of it. */
export type Expected = [what: string, start: string, cites: string[]];

/** The events on that day that cite any of the reports. */
export const eventsFor = (events: TimelineEvent[], [, start, words]: Expected) => events.filter((e) => e.start === start && words.some((w) => cites(e, w)));

/** The first quotes of events that are neither expected nor cite one of the tolerated phrases. */
export function unexpectedEvents(events: TimelineEvent[], expected: Expected[], tolerated: string[]): string[] {
  const isExpected = (e: TimelineEvent) => expected.some((x) => eventsFor([e], x).length > 0);
  return events.filter((e) => !isExpected(e) && !tolerated.some((w) => cites(e, w))).map((e) => e.citations[0]!.quote);
}

/**
 * The two checks every scored corpus makes: each expected happening is one event on its day citing
 * every report of it, and there is no event beyond the expected and the tolerated ones. Call inside
 * a `describe`; `events` is read when the tests run.
 */
export function expectOnlyExpectedEvents(events: () => TimelineEvent[], expected: Expected[], tolerated: string[]): void {
  it.each(expected)('%s: one event on its day, citing every report of it', (...x) => {
    const found = eventsFor(events(), x);
    expect(found).toHaveLength(1);
    for (const w of x[2]) expect(cites(found[0]!, w), w).toBe(true);
  });

  it('has no event beyond the expected ones and those a timeline may or may not carry', () => {
    expect(unexpectedEvents(events(), expected, tolerated)).toEqual([]);
  });
}

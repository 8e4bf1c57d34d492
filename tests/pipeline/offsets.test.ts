/** Offsets from a happening ("a week after the bank raised ...") in a sentence with no day of its own. */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/extract/load-sources';
import { extractEvents } from '../../src/extract/pipeline';

const article = (body: string) =>
  extractEvents(loadSources([{ file: 'a.md', raw: Buffer.from(`---\ntitle: "T"\noutlet: "O"\npublished: "2026-03-18"\n---\n${body}\n`) }]).sources).events;

describe('an offset from a happening in a sentence with no day of its own', () => {
  it('counts from the day the article last gave, when the sentence tells of the same people', () => {
    const events = article('Governor Elena Marsh told lawmakers on Tuesday that rates could rise again.\n\nMarsh appeared before the committee a week after the bank raised its main rate.');
    expect(events.find((e) => e.citations.some((c) => c.quote.includes('a week after the bank raised')))?.start).toBe('2026-03-10');
  });

  it('dates nothing when it tells of others: the happening it counts from was never dated', () => {
    const events = article('Ministers met in Geneva on Tuesday to discuss a ceasefire.\n\nThree months after the invasion, the government collapsed.');
    expect(events.filter((e) => e.citations.some((c) => c.quote.includes('Three months after')))).toEqual([]);
  });
});

/**
 * A third corpus the pipeline was not developed on: a hurricane and its aftermath, five outlets, one
 * rewrite. The expectations (hurricane-expected.ts) were written before the pipeline first ran on it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { BOGUS, EXPECTED, eventFor, score } from './hurricane-expected';
import { loadFolder } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-hurricane')).events;
});
const cites = (e: TimelineEvent, words: string) => e.citations.some((c) => c.quote.replace(/'/g, '’').includes(words));
const quoting = (words: string) => events.filter((e) => cites(e, words));

describe('an unseen corpus (a hurricane and its aftermath)', () => {
  it.each(EXPECTED.map((x) => [x.what, x] as const))('%s: one event on its day, citing every report of it', (_, x) => {
    const e = eventFor(events, x);
    expect(e, x.what).toBeDefined();
    for (const words of x.cites) {
      expect(cites(e!, words), words).toBe(true);
      // A sentence with two dates may cite two events, never two of one day.
      expect(quoting(words).filter((o) => o.start === x.start), words).toHaveLength(1);
    }
  });

  it('makes no event of ages, tenures, records, schedules, conditions or page chrome', () => {
    for (const words of BOGUS) expect(quoting(words), words).toHaveLength(0);
    expect(events.filter((e) => e.start < '2026-01-01' && !e.context)).toEqual([]);
    expect(events.filter((e) => e.start.startsWith('2026-12') && !e.tags.includes('deadline'))).toEqual([]);
  });

  it('dates across articles: a weekday in past and future tense, a holiday, "eight days ago", "the day before landfall"', () => {
    expect(quoting('on Columbus Day')[0]!.start).toBe('2026-10-12');
    expect(quoting('made landfall eight days ago')[0]!.start).toBe('2026-10-08');
    expect(quoting('the day before landfall')[0]!.start).toBe('2026-10-07');
    const vote = quoting('on the $6 billion aid package on Tuesday')[0]!;
    expect([vote.start, vote.tags.includes('planned')]).toEqual(['2026-10-20', true]);
  });

  it('gives no event to the attribution of a dated happening', () => {
    expect(events.filter((e) => e.start === '2026-10-07' && e.tags.includes('statement'))).toEqual([]);
  });

  it('titles each event from its own words, short, with its subject', () => {
    const title = (day: string, words: string) => events.find((e) => e.start === day && cites(e, words))!.title;
    expect(title('2026-10-15', 'returned to Bayhaven on Thursday')).toMatch(/^Lorraine Okafor returned to Bayhaven/);
    expect(title('2026-12-09', 'until Dec. 9 to register')).toBe('Deadline for residents to register for federal assistance');
    expect(title('2026-10-08', 'made landfall near Bayhaven')).not.toMatch(/p\.m\./);
    for (const e of events) expect(e.title.split(' ').length, e.title).toBeLessThanOrEqual(13);
  });

  it('scores full precision and recall against the newsroom’s list', () => {
    const s = score(events);
    expect(s.missing).toEqual([]);
    expect(s.bogus).toEqual([]);
    expect(s.unmatched.map((e) => e.title)).toEqual([]);
    expect(s.complete).toBe(EXPECTED.length);
  });
});

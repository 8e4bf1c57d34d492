/**
 * A corpus the pipeline was not developed on (a port strike, three outlets): the same rules must
 * date, merge and leave out as they do for the first corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { loadFolder } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen')).events;
});
const quoting = (words: string) => events.filter((e) => e.citations.some((c) => c.quote.includes(words)));

describe('an unseen corpus', () => {
  it('merges the walkout told by two outlets, dated by a weekday and by a full date', () => {
    const [e, ...rest] = quoting('walked off the job on Thursday');
    expect(rest).toHaveLength(0);
    expect(e!.start).toBe('2024-03-07');
    // The weekly's "The stoppage began on March 7" is the same walkout, in other words.
    expect(e!.citations.map((c) => c.source).sort()).toEqual(['daily-2024-03-10-port-strike', 'weekly-2024-03-15-port-deal', 'wire-2024-03-08-port-strike']);
  });

  it('merges the ministerial meeting of "Monday" and "last Monday" in The Hague', () => {
    const [e] = quoting('meeting in The Hague on Monday');
    expect(e!.start).toBe('2024-03-04');
    expect(e!.citations).toHaveLength(2);
  });

  it('dates "a day after they struck a deal" before the day it hangs on, and joins the planned talks', () => {
    const [e, ...rest] = events.filter((x) => x.start === '2024-03-12');
    expect(rest).toHaveLength(0);
    expect(e!.citations.some((c) => c.quote.includes('struck a wage deal in Amsterdam'))).toBe(true);
    expect(e!.citations.some((c) => c.quote.includes('reached late on Tuesday'))).toBe(true);
    expect(e!.citations.some((c) => c.quote.includes('meet the operators again in Amsterdam next Tuesday'))).toBe(true);
  });

  it('marks the 2016 strike as context', () => {
    const [e] = quoting('port-wide strike in 2016');
    expect(e!.context).toBe(true);
    expect(e!.precision).toBe('year');
  });

  it('makes no event of habits, denials or statistics', () => {
    for (const words of ['have repeatedly warned', 'has not commented', 'record volume of containers']) {
      expect(quoting(words), words).toHaveLength(0);
    }
  });
});

describe('another unseen corpus (a court ruling on a mine)', () => {
  let mine: TimelineEvent[];
  beforeAll(() => {
    mine = extractEvents(loadFolder('tests/fixtures/unseen-mine')).events;
  });
  const at = (day: string) => mine.filter((e) => e.start === day);

  it('reads a holiday and a dated protest as one start of the protests', () => {
    const [e, ...rest] = at('2022-12-24');
    expect(rest).toHaveLength(0);
    expect(e!.dateText).toMatch(/Christmas Eve|Dec\. 24/);
    expect(new Set(e!.citations.map((c) => c.source)).size).toBe(2);
  });

  it('joins "earlier this month" to the day the other outlet gives, for one meeting', () => {
    const [e, ...rest] = at('2023-01-04');
    expect(rest).toHaveLength(0);
    expect(e!.people).toContain('Tomás Herrera');
    expect(e!.citations).toHaveLength(2);
  });

  it('makes one statement of "said in a statement on Thursday" and "the company said on Thursday"', () => {
    const statements = at('2023-01-12').filter((e) => e.tags.includes('statement'));
    expect(statements).toHaveLength(1);
    expect(statements[0]!.citations).toHaveLength(2);
  });

  it('dates a planned hearing to its month and tags it planned', () => {
    const [e] = mine.filter((x) => x.start === '2023-03-01');
    expect(e!.precision).toBe('month');
    expect(e!.tags).toContain('planned');
  });

  it('reads no event from the dateline, the investment figure or a long-standing opinion', () => {
    expect(at('2023-01-12').some((e) => e.citations.some((c) => c.quote.startsWith('VALMORA')))).toBe(false);
    const quoted = mine.flatMap((e) => e.citations.map((c) => c.quote));
    expect(quoted.some((q) => q.includes('have long criticised'))).toBe(false);
  });
});

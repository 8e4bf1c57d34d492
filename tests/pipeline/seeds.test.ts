/**
 * End to end on the first corpus (content/sources): the happenings the newsroom expects, each on
 * its date and citing every article that reports it. The pipeline never sees these expectations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { eventSchema } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { rememberIds } from '../../src/extract/keep-ids';
import type { LoadedSource } from '../../src/extract/types';
import { loadFolder } from './load-corpus';

let sources: LoadedSource[];
let events: TimelineEvent[];

beforeAll(() => {
  sources = loadFolder('content/sources');
  events = extractEvents(sources).events;
});

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const citing = (e: TimelineEvent) => new Set(e.citations.map((c) => c.source.split('-')[0]));
/** The one event whose citations include a quote containing `words`. */
function eventQuoting(words: string): TimelineEvent {
  const found = events.filter((e) => e.citations.some((c) => c.quote.includes(words)));
  expect(found, `events quoting "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('the first corpus', () => {
  it('dates the late-October Miami talks as a span and cites Reuters, its rewrite and the WSJ', () => {
    const e = eventQuoting('The meeting took place in Miami at the end of October');
    expect([e.start, e.end]).toEqual(['2025-10-25', '2025-10-26']);
    expect(e.precision).toBe('days');
    expect(citing(e)).toEqual(new Set(['reuters', 'rewrite', 'wsj']));
    expect(e.citations.some((c) => c.quote.includes('the weekend before Halloween'))).toBe(true);
    expect(e.places).toContain('Miami');
  });

  it('dates the Nov 16 call that walked Zelensky through the plan', () => {
    const e = eventQuoting('On Nov. 16, Kushner and Witkoff walked the Ukrainian president');
    expect(e.start).toBe('2025-11-16');
    expect(e.end).toBeUndefined();
    expect(e.precision).toBe('day');
  });

  it('makes one Nov 18 leak event: Rubio handed the plan, Axios reports it, as every article tells it', () => {
    const e = eventQuoting('Axios reported the draft');
    expect(e.start).toBe('2025-11-18');
    expect(e.citations.some((c) => c.quote.includes('Rubio was handed a copy of the plan'))).toBe(true);
    expect(citing(e)).toEqual(new Set(['reuters', 'rewrite', 'wsj']));
  });

  it('dates the Geneva talks to the Sunday a week before the CBS article, citing CBS and the WSJ', () => {
    const e = eventQuoting('Rubio had met with Yermak in Geneva');
    expect(e.start).toBe('2025-11-23');
    expect(e.places).toContain('Geneva');
    expect(citing(e)).toEqual(new Set(['cbs', 'wsj']));
  });

  it('dates the Moscow meeting with Putin to Tuesday Dec 2, from the FT and the CBS plans for it', () => {
    const e = eventQuoting('five hours of talks with Putin on Tuesday');
    expect(e.start).toBe('2025-12-02');
    expect(citing(e)).toEqual(new Set(['cbs', 'ft']));
    expect(e.citations.some((c) => c.quote.includes('further discussions in Moscow'))).toBe(true);
  });

  it('marks the background dates as context', () => {
    for (const [words, year] of [
      ['since the Kremlin’s first, covert invasion', '2014'],
      ['he met with Erik Prince in 2017', '2017'],
      ['blacklisted by the U.S. government in 2022', '2022'],
    ] as const) {
      const e = eventQuoting(words);
      expect(e.start.slice(0, 4)).toBe(year);
      expect(e.context).toBe(true);
    }
    expect(events.filter((e) => !e.context).every((e) => e.start >= '2025-10-01')).toBe(true);
    // "According to Mueller’s investigation, he met ...": he is who the sentence before was about.
    expect(eventQuoting('he met with Erik Prince in 2017').title).toMatch(/^\S+ Dmitriev met with Erik Prince/);
  });

  it('finds at least a dozen other dated events, one per happening', () => {
    expect(events.filter((e) => !e.context).length).toBeGreaterThanOrEqual(5 + 12);
    // No sentence is cited by two events unless it tells of two dates.
    const bySentence = new Map<string, TimelineEvent[]>();
    for (const e of events) for (const c of e.citations) bySentence.set(`${c.source}:${c.quote}`, [...(bySentence.get(`${c.source}:${c.quote}`) ?? []), e]);
    for (const [key, es] of bySentence) {
      if (es.length > 1) expect(new Set(es.map((e) => e.start)).size, key).toBe(es.length);
    }
  });

  it('makes no event of a sentence that reports nothing happening', () => {
    const quoted = events.flatMap((e) => e.citations.map((c) => c.quote));
    for (const words of [
      'has met with Witkoff several times this year', // a habit
      'Mueller ultimately did not establish', // a negation
      'In recent years, he has appeared', // no date to pin
      'with the war now in its fourth year',
    ]) {
      expect(quoted.some((q) => q.includes(words)), words).toBe(false);
    }
  });

  it('quotes every source verbatim and points at the right paragraph', () => {
    const byId = new Map(sources.map((s) => [s.id, fold(s.body)]));
    for (const e of events) {
      expect(eventSchema.safeParse(e).success).toBe(true);
      for (const c of e.citations) expect(byId.get(c.source)).toContain(fold(c.quote));
    }
  });

  it('gives an event the id it had last run, though its title and so its own id changed', () => {
    const miami = eventQuoting('The meeting took place in Miami at the end of October');
    const lastRun = events.map((e) => (e === miami ? { ...e, id: 'miami-talks-an-editor-curates' } : e));
    const again = extractEvents(sources, { previousIds: rememberIds(lastRun) }).events;
    expect(again.map((e) => e.id)).toEqual(lastRun.map((e) => e.id));
    expect(again.find((e) => e.id === 'miami-talks-an-editor-curates')!.title).toBe(miami.title);
  });

  it('is deterministic: the same sources give the same events', () => {
    expect(JSON.stringify(extractEvents(loadFolder('content/sources')).events)).toBe(JSON.stringify(events));
  });
});

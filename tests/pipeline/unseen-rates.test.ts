/**
 * An unseen corpus of a central bank's rate rise (three articles, three outlets), written with its
 * expected events before the pipeline first ran on it. It brought: a forecast in the present
 * ("analysts expect another increase at the May meeting") read as future, a date used as an
 * adjective left out of the title with its article kept, and a day counted approximately ("a week
 * after the bank raised") joined to the day another outlet gave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-rates')).events;
});

const EXPECTED: Expected[] = [
  ['Rates cut to a record low', '2020-01-01', ['cut rates to a record low of 0.5% in 2020']],
  ['Inflation data released', '2027-04-09', ['Data released on Friday']],
  ['The bank raises its rate', '2027-04-14', ['raised its main interest rate by a quarter point to 4.5% on Wednesday', 'a day after the central bank raised', 'a week after the bank raised']],
  ['The currency rises', '2027-04-15', ['crown rose 1% against the euro on Thursday']],
  ['The governor speaks to lawmakers', '2027-04-20', ['told lawmakers on Tuesday']],
  ['The next meeting', '2027-05-25', ['scheduled for May 25-26']],
];

describe('an unseen corpus (a rate rise)', () => {
  it('reads a forecast in the present as the coming month, and titles it without the date', () => {
    const may = events.filter((e) => cites(e, 'expect another increase at the May meeting'));
    expect(may.map((e) => [e.start, e.title, e.tags.includes('planned')])).toEqual([['2027-05-01', 'Analysts at Harrow Bank expect another increase at the meeting', true]]);
  });

  it('makes no event of a fall since a month, nor of an increase since one', () => {
    for (const words of ['since January']) expect(events.filter((e) => cites(e, words)), words).toEqual([]);
    expect(events.filter((e) => e.start.startsWith('2026-09'))).toEqual([]);
  });

  // The meeting's first day, the price rise the data showed for March, bond yields on the day the
  // currency rose, the May meeting as analysts put it, and a return to the committee in June.
  const TOLERATED = ['a two-day meeting that began on Tuesday', 'rose 3.8% in March', 'bond yields also climbed', 'at the May meeting', 'return in June'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

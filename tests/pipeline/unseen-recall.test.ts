/**
 * An unseen corpus of a product recall (three articles, three outlets), written with its expected
 * events before the pipeline first ran on it. It brought: "went on sale", an aside that held only
 * the date dropped from the title, and a saying in the present ("the suit says the company knew ...
 * last summer") that a past date does not date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, eventsFor, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-recall')).events;
});

const EXPECTED: Expected[] = [
  ['The model goes on sale', '2026-09-01', ['went on sale in September']],
  ['A fire injures two', '2027-01-30', ['The fire, on Jan. 30, injured two people', 'The Denver fire in January injured two people']],
  ['Regulators open an investigation', '2027-02-09', ['opened an investigation this month', 'opened their investigation on Feb. 9']],
  ['Sales are halted', '2027-02-14', ['halted sales on Feb. 14']],
  ['The recall', '2027-02-23', ['recalled about 80,000 Volta 2 electric bikes on Tuesday', 'a day after the company recalled', 'recalled the bikes last week']],
  ['Shares fall', '2027-02-24', ['shares fell 12% on Wednesday']],
  ['Owners sue', '2027-03-02', ['filed a class-action lawsuit against Tessaly on Tuesday']],
];

describe('an unseen corpus (a product recall)', () => {
  it('titles the fire without the aside its date sat in', () => {
    expect(eventsFor(events, EXPECTED[1]!)[0]!.title).toBe('The fire injured two people, one of them seriously');
  });

  it('makes no event of what a lawsuit says was known, a refusal to comment or a loss since a year', () => {
    for (const words of ['as early as last summer', 'declined to comment on Tuesday', 'since 2022']) expect(events.filter((e) => cites(e, words)), words).toEqual([]);
  });

  // The instruction to dealers over the holiday weekend (the halt, told otherwise), a replacement
  // offered from March 15 and a promised recovery by the summer.
  const TOLERATED = ["over the Presidents' Day weekend", 'starting March 15', 'recover by the summer'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

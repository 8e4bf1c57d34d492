/**
 * An unseen corpus of a transit strike (four articles, three outlets, over twelve days), written with
 * its expected events before the pipeline first ran on it. It brought: a month in a when-clause
 * hung on a year ("since 2019, when workers stayed off the job for nine days in March") read in
 * that year, an offset counted from the nearest day before it in its sentence, not the first, a
 * vote to authorize a strike told as a vote and a vote on a deal joined with its approval, a
 * walkout by its several names, "early Monday, Nov. 16" read as one date, and no event from how
 * things stood "as of" a day, nor from a figure or a possibility a saying tells with a date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-strike')).events;
});

const EXPECTED: Expected[] = [
  ['The strike of 2019', '2019-03-01', ['stayed off the job for nine days in March', 'The 2019 strike lasted nine days', "The authority's last strike, in 2019"]],
  ['The mediator settles a nurses’ strike', '2021-01-01', ['helped settle a nurses']],
  ['Contract talks begin', '2026-04-01', ['Contract talks began in April']],
  ['The contract expires', '2026-06-30', ['contract expired on June 30', 'expired at the end of June']],
  ['Members authorize a strike', '2026-10-25', ['voted 94% to authorize a strike on Oct. 25', 'authorized the strike in a vote last month']],
  ['Talks break down', '2026-11-15', ['contract talks broke down late Sunday']],
  ['The walkout begins', '2026-11-16', ['walked off the job early Monday', 'walked off the job early this week', 'The walkout began early Monday, Nov. 16']],
  ['The authority’s chief puts a price on the demands', '2026-11-16', ['said late Monday that the union']],
  ['The mayor appoints a mediator', '2026-11-18', ['Mayor Anita Brandt on Wednesday appointed Howard Lise', 'a day after Mayor Anita Brandt appointed him', 'appointed as mediator last week']],
  ['Talks resume with the mediator', '2026-11-19', ['sat down with him at a downtown hotel on Thursday', 'Talks resumed on Thursday']],
  ['A tentative deal', '2026-11-21', ['reached a tentative agreement late Saturday', 'struck a tentative deal the weekend before Thanksgiving']],
  ['Service resumes', '2026-11-23', ['will resume service on Monday morning', 'service resumed on Monday']],
  ['Drivers rally against the deal', '2026-11-25', ['rallied outside the union hall on Wednesday']],
  ['Members vote on the contract', '2026-12-04', ['vote on the agreement on Dec. 4', 'vote on the contract next Friday']],
];

describe('an unseen corpus (a transit strike)', () => {
  it('reads the month of a when-clause in the year it hangs on, and dates nothing by that year alone', () => {
    const before = events.filter((e) => e.start < '2020');
    expect(before.map((e) => [e.start, e.precision, e.context, e.citations.length])).toEqual([['2019-03-01', 'month', true, 3]]);
    expect(events.filter((e) => e.start.startsWith('2026-03'))).toEqual([]);
  });

  it('counts "three days after" from the day nearest before it, and words the walkout’s date whole', () => {
    const walkout = events.find((e) => e.start === '2026-11-16' && cites(e, 'walked off the job early Monday'))!;
    expect(cites(walkout, 'three days after the walkout began')).toBe(true);
    expect(events.filter((e) => e.start === '2026-11-17')).toEqual([]);
    expect(walkout.title).not.toMatch(/\bearly\b/);
  });

  it('tells a vote to authorize a strike as a vote, and a vote on a deal as a plan', () => {
    const authorize = events.find((e) => cites(e, 'to authorize a strike on Oct. 25'))!;
    expect(authorize.tags).toContain('election');
    expect(authorize.tags).not.toContain('protest');
    expect(events.find((e) => e.start === '2026-12-04')!.tags).toContain('planned');
  });

  it('makes no event of a state, a statistic, a forecast or talks that did not happen', () => {
    for (const words of [
      'No new talks had been scheduled',
      'have been without buses and trains since Monday',
      'Talks have dragged on for months.',
      'attendance fell to 81% on Tuesday',
      'raise fares next year',
      'fares could rise by 25 cents next July',
      'carried 94 million trips in 2025',
      'according to a 2024 survey',
      'recover to 2019 levels',
    ]) {
      expect(events.filter((e) => cites(e, words)), words).toEqual([]);
    }
    // The mediator's years in office are a range: they date nothing.
    expect(events.filter((e) => e.start >= '2011' && e.start < '2018')).toEqual([]);
  });

  // The start of talks told by a second outlet in words that share nothing with the first's but
  // the kind of happening ("the two sides first met in April" beside "contract talks began in
  // April"): joining two month-wide meetings on their kind alone would join different meetings, so
  // this stays an event of its own until the merge can tell that "first met" is "talks began".
  const TOLERATED = ['The two sides first met in April'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

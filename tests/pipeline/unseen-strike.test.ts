/**
 * An unseen corpus of a transit strike (four articles, three outlets, over twelve days), written with
 * its expected events before the pipeline first ran on it.
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
  ['Contract talks begin', '2026-04-01', ['first met in April', 'Contract talks began in April']],
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

  const TOLERATED: string[] = [];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

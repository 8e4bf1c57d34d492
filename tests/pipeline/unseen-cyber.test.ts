/**
 * An unseen corpus of a cyberattack on a hospital network (four articles, three outlets, across a
 * new year), written with its expected events before the pipeline first ran on it. It brought: an
 * attack and the outage it caused told as one happening, the day a date gives rather than "11 days
 * after" it, an offset whose referent has its own date ("two years after ... in 2024") dating
 * nothing itself, belief as attribution ("investigators now believe"), and a past saying about the
 * days ahead dating what it foretold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, eventsFor, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-cyber')).events;
});

const EXPECTED: Expected[] = [
  ['An earlier attack on another network', '2024-01-01', ['a similar attack shut down the Brightwater Medical network in 2024']],
  ['The attackers get in', '2026-12-19', ['first gained access to the network on Dec. 19']],
  [
    'The systems go down',
    '2026-12-24',
    ['The outage began on Christmas Eve', 'systems went down last Thursday', 'The attack, which began on Christmas Eve', '11 days after a ransomware attack'],
  ],
  ['The company confirms the attack', '2026-12-26', ['Calloway Health said on Saturday', 'confirmed the attack over the weekend']],
  ['A group claims the attack', '2026-12-29', ['claimed responsibility for the attack on Calloway Health on Tuesday']],
  ['Emergency rooms take ambulances again', '2027-01-04', ['began accepting ambulances again on Monday', 'accept ambulances again early next week']],
  ['Records are restored', '2027-01-08', ['restored its electronic health records system on Friday']],
  ['The chief executive testifies to senators', '2027-01-12', ['told senators on Tuesday']],
];

describe('an unseen corpus (a cyberattack)', () => {
  it('words each date as an article gave it, not as an offset from another day', () => {
    const down = eventsFor(events, EXPECTED[2]!)[0]!;
    expect([down.dateText, down.precision]).toEqual(['Christmas Eve', 'day']);
    expect(eventsFor(events, EXPECTED[1]!)[0]!.title).toBe('The attackers first gained access to the network');
  });

  it('makes no event of the years between two attacks, nor of a tally since a year', () => {
    expect(events.filter((e) => cites(e, 'two years after') && e.start !== '2024-01-01')).toEqual([]);
    expect(events.map((e) => e.start).filter((d) => d < '2024-01-01')).toEqual([]);
  });

  // The FBI told on the day of the outage, the refusal to pay "last week", a bill planned for next
  // month, and the hearing as announced beforehand (not yet joined to the report of it).
  const TOLERATED = ['notified the FBI on Thursday', 'would not pay the ransom', 'introduce a bill next month', 'will testify before the Senate Health Committee on Jan. 12'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

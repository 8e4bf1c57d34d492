/**
 * Two more unseen corpora, a takeover (board vote, regulator filing, shareholder meeting) and an
 * election count, each written after a round of changes for the hurricane corpus and scored
 * before anything was changed for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, eventsFor, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-takeover')).events;
});

const EXPECTED: Expected[] = [
  ['Brennan approaches the chief executive in Chicago', '2024-11-12', ['at an industry conference in Chicago on Nov. 12', 'in Chicago on Nov. 12, the filing shows']],
  ['Harlow rejects an earlier approach', '2024-11-01', ['rejected an earlier approach']],
  ['The board approves the deal', '2025-03-03', ['approved the deal unanimously late on Monday']],
  ['The deal is agreed and announced', '2025-03-04', ['agreed on Tuesday to buy', 'the agreement announced on March 4']],
  ['Shares jump', '2025-03-05', ['shares jumped 18%']],
  ['An activist says it will vote against', '2025-03-17', ['said on Monday it would vote against']],
  ['The proxy is filed', '2025-03-20', ['filed its preliminary proxy statement', 'according to a proxy filed on Thursday']],
  ['The regulator clears the deal', '2025-04-18', ['cleared the acquisition on Good Friday']],
  ['Shareholders approve the sale', '2025-04-24', ['special shareholder meeting for April 24', 'shareholders approved the sale']],
  ['The deal is expected to close', '2025-05-01', ['expected to close early next month']],
];

describe('an unseen corpus (a takeover)', () => {
  it('makes no event of a founding year, a tenure, a record, a campaign since last month or a count of meetings', () => {
    for (const words of ['founded in 1998', 'since 2016', 'since 2019', 'since last month', 'eight times between December and March']) {
      expect(events.filter((e) => cites(e, words)), words).toEqual([]);
    }
  });

  // A forecast ("expected to close in the third quarter") is a fair event or none.
  const TOLERATED = ['expected to close in the third quarter'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

describe('an unseen corpus (an election count)', () => {
  let vote: TimelineEvent[];
  beforeAll(() => {
    vote = extractEvents(loadFolder('tests/fixtures/unseen-election')).events;
  });
  const one = (start: string, words: string[]) => {
    const found = vote.filter((e) => e.start === start && words.some((w) => cites(e, w)));
    expect(found, words[0]).toHaveLength(1);
    for (const w of words) expect(cites(found[0]!, w), w).toBe(true);
    return found[0]!;
  };

  it('dates and joins each happening across outlets', () => {
    one('2025-11-02', ['went to the polls on Sunday']);
    one('2025-11-02', ['conceded defeat in a televised address late on Sunday']);
    one('2025-11-03', ['Preliminary results released early on Monday']);
    one('2025-11-05', ['met President Ilse Varga']);
    // "will be announced" is the announcement itself, met by the certification it announced.
    one('2025-11-06', ['final results would be announced on Thursday', 'certified the final results on Thursday']);
    one('2025-11-10', ['would begin next week', 'began on Monday in the capital']);
    one('2025-11-11', ['met Green leader Mara Lind']);
    expect(one('2025-11-17', ['first session on Nov. 17', 'first session is scheduled for Nov. 17']).tags).toContain('planned');
  });

  it('makes no event of a record turnout, a past term in office or polling hours', () => {
    for (const words of ['the highest since 1998', 'from 2009 to 2013', 'Polls closed']) expect(vote.filter((e) => cites(e, words)), words).toEqual([]);
    expect(vote.every((e) => e.start >= '2025-11-01')).toBe(true);
  });
});

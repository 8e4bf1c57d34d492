/**
 * An unseen corpus of a boardroom coup and its reversal (three articles, three outlets, five days),
 * its happenings and their days known before the pipeline first ran on it. It brought: one firing
 * told as "fired", "was removed", "ouster" and "five days after its board fired him" is one event
 * (an act done to one person, whoever the board is; a count of several days may be a day off);
 * "Microsoft has hired Altman, Nadella said on Monday" is the hiring, not the saying; an aside's
 * date ("OpenAI, founded in 2015 as a lab, has been valued ... in talks") dates only what the aside
 * tells; "quit hours later" is the day before; "through Saturday and Sunday" is a span of trying.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-boardroom')).events;
});

const EXPECTED: Expected[] = [
  ['Microsoft invests', '2023-01-01', ['invested $10 billion in OpenAI in January']],
  ['The developer conference', '2023-11-06', ['first developer conference on Nov. 6']],
  ['The board fires its chief executive', '2023-11-17', ['fired chief executive Sam Altman on Friday', 'removed on Friday in a video call', 'ouster last Friday', 'five days after its board fired him']],
  ['The president quits', '2023-11-17', ['quit hours later']],
  ['An interim chief is named', '2023-11-19', ['as interim chief executive late on Sunday']],
  ['Microsoft hires the two', '2023-11-20', ['Microsoft has hired Sam Altman', 'which hired Altman and Brockman on Monday']],
  ['Staff threaten to quit', '2023-11-20', ['signed a letter on Monday']],
  ['Shares rise', '2023-11-20', ['Shares of Microsoft rose 2% on Monday']],
  ['Agreement for his return', '2023-11-21', ['reached an agreement in principle']],
];

describe('an unseen corpus (a boardroom coup)', () => {
  it('makes no event of a founding in an aside, nor of a weekend of trying', () => {
    for (const words of ['founded in 2015', 'through Saturday and Sunday']) expect(events.filter((e) => cites(e, words)), words).toEqual([]);
  });

  // A saying with nothing else told on its day, and a meeting expected later in the week.
  const TOLERATED = ['Sutskever wrote on X on Monday', 'company-wide meeting later this week'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

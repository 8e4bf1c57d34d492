/**
 * An unseen corpus of a bridge brought down by a ship (three articles, three outlets, eight weeks),
 * its happenings and their days known before the pipeline first ran on it. It brought: a clause
 * dated to a day whose verb the happening lexicon does not list ("surveyed the wreckage on Friday",
 * "Divers on Wednesday recovered the bodies", "refloated the ship on Monday") still reports a
 * happening (action-verb.ts), but not a figure, a state or a quotation; a vehicle that strikes
 * something, named in an apposition before its clause, is an accident, not an attack; and an aside
 * hanging on the noun right before it ("rebuilding the bridge, which opened in 1977") is told of
 * that noun.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-bridge');

const EXPECTED: Expected[] = [
  ['The ship strikes the bridge, which collapses', '2024-03-26', ['slammed into Baltimore', 'struck one of the bridge', 'the span collapsed on March 26', 'after it struck the Francis Scott Key Bridge']],
  ['A state of emergency', '2024-03-26', ['declared a state of emergency on Tuesday']],
  ['Divers recover two bodies', '2024-03-27', ['Divers on Wednesday recovered']],
  ['A temporary channel opens', '2024-04-01', ['opened a temporary channel on Monday']],
  ['The FBI boards the ship', '2024-04-01', ['The FBI boarded the vessel in April']],
  ['A second channel opens', '2024-04-04', ['A second, deeper channel opened on Thursday']],
  ['The president tours the wreckage', '2024-04-05', ['surveyed the wreckage']],
  ['Explosives cut the span from the ship', '2024-05-13', ['controlled explosions on May 13']],
  ['The ship is refloated', '2024-05-20', ['refloated the container ship Dali on Monday']],
];

describe('an unseen corpus (a bridge brought down by a ship)', () => {
  it('makes no event of a figure, a state, a quotation or a search to resume on a condition', () => {
    for (const words of ['estimated on Wednesday that the closure', 'handled a record', 'They saved lives last night', 'would resume on Thursday if']) {
      expect(events().filter((e) => cites(e, words)).map((e) => e.title), words).toEqual([]);
    }
  });

  it('tags the collapse as an accident and titles it from the report of it, not from a saying', () => {
    const [collapse] = events().filter((e) => e.start === '2024-03-26' && cites(e, 'struck one of the bridge'));
    expect(collapse?.tags).toContain('incident');
    expect(collapse?.tags).not.toContain('conflict');
    expect(collapse?.title).toMatch(/ship|Dali/);
  });

  it('tells the bridge’s opening, an aside, of the bridge', () => {
    expect(events().filter((e) => cites(e, 'which opened in 1977')).map((e) => e.title)).toContain('The bridge opened');
  });

  // A pledge in a saying, an aside from long ago, two sayings of a week, and a plan for the channel.
  const TOLERATED = ['would pay the entire cost', 'which opened in 1977', 'Army Corps of Engineers said last week', 'Safety Board said last week', 'fully open by the end of the month'];
  expectOnlyExpectedEvents(events, EXPECTED, TOLERATED);
});

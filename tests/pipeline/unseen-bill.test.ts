/**
 * An unseen corpus of a spending bill's passage (two articles, two outlets, four days), its
 * happenings and their days known before the pipeline first ran on it. It needed no new rule: it
 * guards votes told by vote counts ("passed it 79-18"), a plan met by its report ("expected to take
 * up the House bills on Tuesday" and "a day after the Senate passed it"), and a signing.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-bill');

const EXPECTED: Expected[] = [
  ['Congress last approved aid', '2022-12-01', ['last approved major aid for Ukraine in December 2022']],
  ['The Senate passes its package', '2024-02-01', ['The Senate passed a similar package in February']],
  ['The House approves the aid', '2024-04-20', ['The House of Representatives on Saturday approved']],
  ['The Senate passes the House bills', '2024-04-23', ['expected to take up the House bills on Tuesday', 'a day after the Senate passed it']],
  ['The president signs the bill', '2024-04-24', ['signed the $95 billion foreign aid package into law on Wednesday']],
];

describe('an unseen corpus (a bill’s passage)', () => {
  it('makes no event of a refusal that lasted two months, nor of an undated thanks', () => {
    expect(events().filter((e) => /refused/.test(e.title))).toEqual([]);
    expect(events().filter((e) => cites(e, 'within minutes of the vote'))).toEqual([]);
  });

  // A company's saying it will sue, on the day of the signing.
  expectOnlyExpectedEvents(events, EXPECTED, ['TikTok said on Wednesday']);
});

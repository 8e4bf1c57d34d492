/**
 * An unseen corpus of a bank failure and its rescue (three articles, three outlets, eighteen days),
 * its happenings and their days known before the pipeline first ran on it. It brought: a date
 * before a verb coordinated with "and" stays with the verb before it ("closed the bank on Friday
 * and appointed a receiver" is the closing); "seized" is an armed happening only when an armed group
 * does it ("regulators seized the lender" is the closing, told again); "a run on the bank" is a
 * happening.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-bank');

const EXPECTED: Expected[] = [
  ['The bank tells of a loss and a share sale', '2023-03-08', ['said on Wednesday that it had sold']],
  ['A run on the bank', '2023-03-09', ['a run on the bank on March 9']],
  ['Its shares plunge', '2023-03-09', ['plunged 60% on Thursday']],
  ['Regulators close the bank', '2023-03-10', ['closed Silicon Valley Bank on Friday', '16 days after regulators seized the lender']],
  // (Told after "plunged 60% on Thursday and": "before" the opening bell is no clause of its own.)
  ['Trading in its shares is halted', '2023-03-10', ['were halted before the opening bell on Friday']],
  ['A second bank is closed', '2023-03-12', ['closed Signature Bank on Sunday']],
  ['All deposits are guaranteed', '2023-03-12', ['said late Sunday that all depositors']],
  ['The president addresses the nation', '2023-03-13', ['addressed the nation on Monday morning']],
  ['A buyer for the British arm', '2023-03-13', ['agreed on Monday to buy the British arm']],
  ['Regional bank shares tumble', '2023-03-13', ['Regional bank shares tumbled on Monday']],
  ['A buyer for the bank', '2023-03-26', ['agreed on Sunday to buy']],
  ['The branches reopen under the buyer', '2023-03-27', ['reopened on Monday']],
  ['A regulator before the Senate', '2023-03-28', ['told a Senate committee on Tuesday']],
];

describe('an unseen corpus (a bank failure)', () => {
  it('makes no event of a founding in an aside, a balance at a year’s end, a sale dated from an undated disclosure, or an estimate', () => {
    for (const words of ['founded in 1983', 'at the end of last year', 'two weeks before the bank disclosed', 'estimated that the failure']) {
      expect(events().filter((e) => cites(e, words)).map((e) => e.title), words).toEqual([]);
    }
  });

  it('tags the closing a closing, not an attack or an appointment', () => {
    const closing = events().find((e) => e.start === '2023-03-10');
    expect(closing?.title).toBe('California regulators closed Silicon Valley Bank');
    expect(closing?.tags).toEqual(['other']);
  });

  // The guaranteed deposits, foretold for Monday morning.
  expectOnlyExpectedEvents(events, EXPECTED, ['will be available by Monday morning']);
});

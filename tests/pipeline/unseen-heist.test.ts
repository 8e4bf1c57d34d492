/**
 * An unseen corpus of a museum theft (four articles, four outlets, over two weeks), written with its
 * expected events before the pipeline first ran on it: the theft told by four outlets (one counts
 * "two days after the theft" from it, one "15 days after"), camera images, a reward, arrests, a
 * remand "the next day", a third arrest "last Friday", a reopening, a recovery, a resignation and an
 * acting director named "the same evening"; beside them a quote said "in a statement" on the day of
 * the theft, speculation, a negation, a forecast and background.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-heist');

const EXPECTED: Expected[] = [
  ['The museum’s last robbery', '1998-01-01', ['last robbed in 1998']],
  ['The museum cuts its night guards', '2025-09-01', ['cut its overnight security staff']],
  ['Thieves steal three paintings', '2025-10-26', ['broke into the Brandvik Museum', 'The theft, in the early hours of Sunday']],
  ['Police release camera images', '2025-10-27', ['released images from a security camera']],
  ['The insurer offers a reward', '2025-10-28', ['offered a reward of 500,000 kroner']],
  ['The minister orders a security review', '2025-10-28', ['would review security']],
  ['Two men are arrested', '2025-10-29', ['arrested two men on Wednesday', 'were detained in a dawn raid', 'The two men arrested on Oct. 29']],
  ['The men are remanded in custody', '2025-10-30', ['remanded in custody']],
  ['A third suspect is arrested', '2025-10-31', ['was arrested last Friday']],
  ['The museum reopens', '2025-11-04', ['reopened to visitors on Tuesday']],
  ['Two paintings are recovered', '2025-11-06', ['recovered two of the three paintings']],
  ['The director resigns', '2025-11-10', ['resigned on Monday', 'accepted her resignation']],
  ['An acting director is named', '2025-11-10', ['named her deputy']],
  ['The suspects are due in court', '2025-12-12', ['due to appear in court again on Dec. 12']],
];

describe('an unseen corpus (a museum theft)', () => {
  it('makes no event of speculation, a negation, a forecast, a state or a quote of no act', () => {
    for (const words of [
      'nearly impossible to sell',
      'have fetched record prices',
      'may have planned',
      'no further arrests',
      'expects to receive more than 20,000',
      'is still missing',
      'will remain closed until further notice',
    ]) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    expect(events().filter((e) => cites(e, 'Vik said in a statement on Sunday') && e.citations.length === 1)).toEqual([]);
  });

  it('counts "two days after the theft" from the day the article gave the theft', () => {
    expect(events().find((e) => cites(e, 'offered a reward'))?.start).toBe('2025-10-28');
  });

  // The painter's death and the year he painted the work; what investigators believe the thieves
  // did a week before; the museum's admission last week.
  expectOnlyExpectedEvents(events, EXPECTED, ['who died in 1931', 'a week prior to the break-in', 'admitted last week']);
});

/**
 * An unseen corpus of a rocket launch (four articles, four outlets, over two weeks), written with its
 * expected events before the pipeline first ran on it: two scrubs, one told by a possessive date
 * ("Tuesday's attempt was scrubbed"), a static fire "a week prior", a launch on "the day before
 * Easter", a malfunction disclosed, a regulator's inquiry, first images and lay-offs "earlier this
 * month"; beside them forecasts, a condition, hopes and quotes.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-launch');

const EXPECTED: Expected[] = [
  ['The first flight fails', '2025-08-01', ['ended in failure in August 2025', 'debut in August 2025 ended']],
  ['The regulator clears the rocket', '2027-02-01', ['cleared Tern to fly again last month']],
  ['A static-fire test', '2027-03-16', ['test-fired the rocket']],
  ['High winds scrub the first attempt', '2027-03-23', ['called off the launch of its Tern rocket on Tuesday', "Tuesday's attempt was scrubbed"]],
  ['A valve fault halts the second attempt', '2027-03-25', ['would try again on Thursday', 'stopping the clock on Thursday']],
  ['The rocket lifts off', '2027-03-27', ['lifted off from Kestle Point', 'third attempt on Saturday morning']],
  ['The company discloses the malfunction', '2027-03-29', ['disclosed that the rocket']],
  ['The backer’s shares rise', '2027-03-29', ['rose 6% on Monday']],
  ['The regulator requires an investigation', '2027-03-30', ['had required Corvane to investigate']],
  ['The company lays off 40 employees', '2027-04-01', ['laid off 40 employees']],
  ['The satellite sends its first images', '2027-04-06', ['beamed back its first images']],
];

describe('an unseen corpus (a rocket launch)', () => {
  it('makes no event of a forecast, a condition, a hope or a quote', () => {
    for (const words of [
      'The rocket will still be here',
      'lost two customers',
      'give a 70 percent chance',
      'stand down until April 5',
      'Two scrubs in a week',
      're-enter the atmosphere',
      'hoped to launch its next mission',
      'very confident',
    ]) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
  });

  it('dates the launch by "the day before Easter" and the test by "a week prior"', () => {
    const launch = events().find((e) => cites(e, 'lifted off from Kestle Point'))!;
    expect(launch.start).toBe('2027-03-27');
    expect(events().find((e) => cites(e, 'test-fired'))?.start).toBe('2027-03-16');
  });

  // The company's founding year; what it said last week it had traced; a plan for late May; the
  // valve replaced overnight, told with the day the company spoke (added after the first run: a
  // happening, though not one written down beforehand).
  expectOnlyExpectedEvents(events, EXPECTED, ['founded in 2016', 'traced the upper-stage malfunction', 'fully operational in late May', 'Engineers replaced the valve overnight']);
});

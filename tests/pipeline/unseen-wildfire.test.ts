/**
 * An unseen corpus of a wildfire (three articles, three outlets, a week), its happenings and their
 * days written down before the pipeline first ran on it. It brought: a fire or a blaze that
 * "started" broke out (an incident, as "broke out" is), so two outlets' wordings of the outbreak are
 * one event; a fire department that starts something is no fire. Forecasts, a conditional plan
 * ("if conditions allow"), a figure by a day ("30% contained by Thursday evening") and a denial
 * date nothing; what the county "will" do is a plan.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-wildfire');

const EXPECTED: Expected[] = [
  ['The fire breaks out', '2025-08-10', ['broke out on Sunday afternoon', 'which started on Sunday']],
  ['A state of emergency', '2025-08-11', ['declared a state of emergency']],
  ['Thousands evacuated', '2025-08-12', ['forced the evacuation of about 6,000 residents', 'forced the evacuation of Oak Flat and Mill Creek on Tuesday']],
  ['A firefighter injured', '2025-08-13', ['A firefighter was seriously injured on Wednesday']],
  ['One town’s evacuation order lifted', '2025-08-14', ['lifted the evacuation order for Mill Creek']],
  ['The governor tours a burned town', '2025-08-15', ['toured Oak Flat on Friday']],
  ['A man arrested on suspicion of arson', '2025-08-16', ['arrested a 34-year-old man on Saturday']],
  ['The highway reopens', '2025-08-16', ['Highway 33 reopened on Saturday']],
  ['The fire fully contained', '2025-08-18', ['declared the Cedar Ridge Fire fully contained']],
];

describe('an unseen corpus (a wildfire)', () => {
  it('makes no event of a forecast, a conditional plan, a figure by a day or a denial, and only a plan of a plan', () => {
    for (const words of ['expect the winds to ease', 'forecast to stay low', 'had not cut power', '30% contained by Thursday evening']) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    for (const e of events().filter((x) => cites(x, 'will open a recovery center') || cites(x, 'due to appear in court'))) expect(e.tags, e.title).toContain('planned');
    // The plan to reopen the highway "if conditions allow" is at most a citation of the reopening.
    expect(events().filter((e) => cites(e, 'plan to reopen Highway 33') && !cites(e, 'Highway 33 reopened'))).toEqual([]);
  });

  // The 2017 fire a comparison recalls; what is planned (the court date the arrested man is due to
  // keep, the recovery center the county will open), which a timeline carries as plans.
  expectOnlyExpectedEvents(events, EXPECTED, ['since 2017', 'due to appear in court on Wednesday', 'will open a recovery center']);
});

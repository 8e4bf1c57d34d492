/**
 * An unseen corpus of court reporting (a fraud trial, four articles from three outlets), written with
 * its expected events before the pipeline first ran on it. It brought the steps of a trial into the
 * lexicon (jury selection, testimony, closing arguments, sentencing), two dated happenings read
 * from one sentence, one person's act kept apart from another's ("X testified" and "the director
 * is expected to testify"), a company's shares apart from the verdict that moved them, and no
 * event from a range of years.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, eventsFor, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-trial')).events;
});

const EXPECTED: Expected[] = [
  ['Investors write to the board', '2023-08-01', ['raised concerns in a letter to the board in August 2023']],
  ['The company shuts down', '2024-06-01', ['Quellon shut down in June 2024', 'The company shut down in June 2024']],
  ['The founder is arrested', '2025-03-12', ['arrested at her home in Cambridge on March 12, 2025']],
  ['The finance chief pleads guilty', '2026-01-01', ['pleaded guilty in January']],
  ['The judge admits the recordings', '2026-08-01', ['ruled last month that jurors may hear recordings']],
  ['Jury selection begins', '2026-09-08', ['Jury selection began on Tuesday, the day after Labor Day']],
  ['Prosecutors open their case', '2026-09-10', ['Federal prosecutors told jurors on Thursday', 'In opening statements last week']],
  ['The finance chief testifies', '2026-09-16', ['testified on Wednesday']],
  ['The founder testifies', '2026-09-24', ['took the stand on Sept. 24', 'testified in her own defense last week']],
  ['Closing arguments', '2026-09-29', ['a day after closing arguments on Tuesday']],
  ['The jury begins deliberating', '2026-09-30', ['began deliberating on Wednesday']],
  ['The verdict', '2026-10-02', ['A federal jury on Friday convicted', "Friday's verdict"]],
  ['A licensee’s shares fall', '2026-10-02', ['fell 4% on Friday after the verdict']],
  ['Sentencing is set', '2027-01-14', ['set sentencing for Jan. 14', 'faces sentencing on Jan. 14']],
];

describe('an unseen corpus (a trial)', () => {
  it('keeps apart what one sentence dates twice, and a verdict from the shares it moved', () => {
    const verdict = events.find((e) => cites(e, 'A federal jury on Friday convicted'))!;
    expect(cites(verdict, 'fell 4%')).toBe(false);
    expect(verdict.tags).toContain('court');
    const shares = events.find((e) => cites(e, 'fell 4%'))!;
    expect(shares.tags).toContain('market');
    expect(events.find((e) => e.start === '2026-09-29')!.title).toBe('Closing arguments');
  });

  it('keeps one witness’s expected testimony apart from another’s', () => {
    const planned = events.filter((e) => cites(e, 'expected to testify next week'));
    expect(planned.map((e) => [e.start, e.tags.includes('planned'), cites(e, 'took the stand')])).toEqual([['2026-09-20', true, false]]);
  });

  it('makes no event of a range of years, a record, a refusal to comment or a phone call that is not one', () => {
    for (const words of ['between 2019 and 2023', 'declined to comment on Saturday', 'For four weeks']) {
      expect(events.filter((e) => cites(e, words)), words).toEqual([]);
    }
    // "the largest ... since 2018" is cited by the verdict it qualifies, and dates nothing itself.
    expect(events.map((e) => e.start).filter((d) => d < '2022-01-01')).toEqual([]);
    expect(events.filter((e) => e.tags.includes('call'))).toEqual([]);
  });

  // An indictment told by month beside the arrest told by day, what was shown in "the spring of
  // 2022", another witness expected next week, the finance chief's sentencing in November: fair
  // events, or part of the expected ones. (The week of opening statements told by a second outlet
  // is cited by the openings: see EXPECTED.)
  const TOLERATED = ['indicted in March 2025', 'in the spring of 2022', 'expected to testify next week', 'to be sentenced in November'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});

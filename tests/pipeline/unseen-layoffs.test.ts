/**
 * An unseen corpus of a company's layoffs over two quarters (three articles, three outlets, six
 * months), its happenings and their days written down before the pipeline first ran on it. It
 * brought: "named X as its next chief executive" is an appointment; "cut 500 jobs", "500 layoffs"
 * and "job cuts" are one happening, and a figure both reports give is as telling as a shared name;
 * "another 300 in June" is the verb before, done again; a saying after what it attributes ("will
 * cut 300 jobs, the company said on Thursday") tells of the happening before it; "and its board
 * announced that she would step down" is an announcement of that day, apart from the departure
 * it plans; a deadline for the second of two verbs is titled by that verb.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-layoffs');

const EXPECTED: Expected[] = [
  ['Quarterly revenue falls', '2025-02-01', ['reported a 9% fall in quarterly revenue last month']],
  ['Staff told in a memo', '2025-03-11', ['told staff in an internal memo on Tuesday']],
  ['500 job cuts', '2025-03-12', ['said on Wednesday it would cut 500 jobs', 'announced 500 layoffs in March', 'cut 500 jobs in March']],
  ['The revenue forecast lowered', '2025-05-08', ['lowered its full-year revenue forecast on May 8']],
  ['Union representatives meet management', '2025-06-16', ['met with management on Monday']],
  // (One sentence of the second article tells both of these: each cites it, see below.)
  ['300 more job cuts', '2025-06-19', ['another 300 in June']],
  ['The board announces the chief executive will step down', '2025-06-19', ['announced in June that she would step down']],
  ['A hardware plant closes', '2025-08-01', ['closed its hardware plant in Fort Collins in August']],
  ['A new chief executive named', '2025-09-29', ['named Priya Nandakumar']],
];

describe('an unseen corpus (layoffs)', () => {
  it('makes no event of a forecast, a figure of the year or the state since a year', () => {
    for (const words of ['Analysts expect', 'have fallen 18% this year', 'will receive 16 weeks']) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    expect(events().filter((e) => e.start.startsWith('2022'))).toEqual([]);
    // The forecast is the revenue report's sentence, dated by the report; the cuts' deadline a plan.
    expect(events().filter((e) => e.start >= '2025-04-01' && e.start <= '2025-04-30' && !e.tags.includes('planned'))).toEqual([]);
  });

  it('keeps the second round of cuts apart from the first, and the announcement from the departure', () => {
    const cuts = events().filter((e) => /\bcut\b/.test(e.title) && e.start.startsWith('2025'));
    expect(cuts.map((e) => [e.start, e.title])).toEqual([
      ['2025-03-12', 'Kestrel Systems said it would cut 500 jobs'],
      ['2025-06-19', 'The company cut another 300 jobs'],
    ]);
    const day = events().filter((e) => e.start === '2025-06-19');
    expect(day.map((e) => cites(e, 'will cut another 300 jobs'))).toEqual([true, true]);
    const departure = events().find((e) => e.tags.includes('resignation'))!;
    expect([departure.start, departure.tags.includes('planned')]).toEqual(['2025-12-01', true]);
  });

  // The 2023 layoffs and the year the new chief joined (context); share moves; the plans (the day
  // she takes over, the cuts' deadline, the departure at the year's end); the chairman's statement
  // on the day of the appointment.
  expectOnlyExpectedEvents(events, EXPECTED, [
    'laid off 200 workers',
    'joined Kestrel in 2019',
    'rose 4% on Wednesday',
    'fell 7%',
    'take over from Dana Whitcombe on Jan. 1',
    'completed by the end of April',
    'would step down at the end of the year',
    'Ostrand said in a statement on Monday',
  ]);
});

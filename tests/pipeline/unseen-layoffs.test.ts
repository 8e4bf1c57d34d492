/**
 * An unseen corpus of a company's layoffs over two quarters (three articles, three outlets, six
 * months), its happenings and their days written down before the pipeline first ran on it.
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
  ['300 more job cuts', '2025-06-19', ['will cut another 300 jobs', 'another 300 in June']],
  ['The chief executive to step down', '2025-06-19', ['announced in June that she would step down']],
  ['A hardware plant closes', '2025-08-01', ['closed its hardware plant in Fort Collins in August']],
  ['A new chief executive named', '2025-09-29', ['named Priya Nandakumar']],
];

describe('an unseen corpus (layoffs)', () => {
  it('makes no event of a forecast, a figure of the year or the state since a year', () => {
    for (const words of ['forecast that sales would keep falling', 'Analysts expect', 'have fallen 18% this year', 'completed by the end of April', 'will receive 16 weeks']) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    expect(events().filter((e) => e.start.startsWith('2022'))).toEqual([]);
  });

  // The 2023 layoffs and the year the new chief joined (context); share moves; the day she takes over.
  expectOnlyExpectedEvents(events, EXPECTED, ['laid off 200 workers', 'joined Kestrel in 2019', 'rose 4% on Wednesday', 'fell 7%', 'take over from Dana Whitcombe on Jan. 1']);
});

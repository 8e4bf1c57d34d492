/**
 * An unseen corpus of a measles outbreak (three articles, three outlets, five weeks), its
 * happenings and their days known before the pipeline first ran on it. It brought: a negation in a
 * relative clause ("A child who was not vaccinated died on Tuesday") does not negate the happening,
 * and the title keeps its subject; a figure's earlier value ("124 cases as of Tuesday, up from 90 on
 * Friday") dates nothing.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-outbreak');

const EXPECTED: Expected[] = [
  ['The outbreak begins', '2025-01-21', ['The outbreak began in late January']],
  ['The first cases confirmed', '2025-01-29', ['first confirmed two cases']],
  ['An outbreak declared', '2025-02-01', ['declared an outbreak in early February']],
  ['A child dies', '2025-02-25', ['died of measles on Tuesday night']],
  ['The health secretary at a cabinet meeting', '2025-02-26', ['at a cabinet meeting on Wednesday']],
  ['The secretary’s op-ed', '2025-03-02', ['op-ed published on Sunday']],
  ['A second death, in New Mexico', '2025-03-06', ['said on Thursday that an unvaccinated adult']],
  ['Vaccination clinics open', '2025-03-08', ['opened on Saturday']],
  ['The secretary meets the families', '2025-03-30', ['travelled to Gaines County on Sunday']],
  ['A second child dies', '2025-04-03', ['A second school-aged child died']],
];

describe('an unseen corpus (a measles outbreak)', () => {
  it('makes no event of a count of cases or its earlier value', () => {
    for (const words of ['reported 124 cases', 'have risen to 198']) expect(events().filter((e) => cites(e, words)).map((e) => e.title), words).toEqual([]);
  });

  it('titles the first death with the child who died', () => {
    expect(events().find((e) => e.start === '2025-02-25')?.title).toMatch(/^A school-aged child who was not vaccinated died of measles/);
  });

  // Measles declared eliminated in 2000 (context); a federal team sent "last week".
  expectOnlyExpectedEvents(events, EXPECTED, ['declared eliminated in the United States in 2000', 'sent a team of epidemiologists']);
});

/**
 * An unseen corpus of a company profile and the news it follows (two articles, two outlets): a
 * feature's background is full of dates that date no happening. It brought: what had come about by
 * a past day ("By 2018 the company employed 4,000 people and had raised $6 billion") is no happening
 * on it (the agent of a passive, "devastated by the Feb. 6 quake", still dates one); what was undone
 * ("BMW, which cancelled a $2 billion order in June") is the undoing, in a relative clause too, so
 * two reports of it meet; an appositive holding a number ("a town of 35,000") leaves a title whole.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-profile');

const EXPECTED: Expected[] = [
  ['The first gigafactory opens', '2021-01-01', ['opened its first gigafactory']],
  ['A customer cancels its order', '2024-06-18', ['which cancelled a $2 billion order in June', 'three months after BMW cancelled']],
  ['Lenders extend credit', '2024-08-01', ['Its lenders agreed in August']],
  ['The chief executive resigns', '2024-09-09', ['Lindqvist resigned on Monday']],
  ['Job cuts announced', '2024-09-12', ['said on Thursday that it would cut 1,600 jobs']],
];

describe('an unseen corpus (a company profile)', () => {
  it('makes no event of a childhood, a state reached by a past year, or years of celebrity', () => {
    for (const words of ['most of the 1980s', 'By 2018 the company', 'For years']) expect(events().filter((e) => cites(e, words)).map((e) => e.title), words).toEqual([]);
  });

  it('titles the gigafactory without the town’s appositive', () => {
    expect(events().find((e) => cites(e, 'opened its first gigafactory'))?.title).toBe('Nordvolt opened its first gigafactory in Skellefteå');
  });

  // The board's announcement of her departure, told apart from the resignation (one article calls her
  // "she"); the year she joined the company (a career move, background a timeline may carry).
  expectOnlyExpectedEvents(events, EXPECTED, ['the board announced that she would step down', 'She joined Nordvolt']);
});

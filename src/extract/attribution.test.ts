import { describe, expect, it } from 'vitest';
import { stripAttribution } from './attribution';

describe('stripAttribution', () => {
  it.each([
    ['On Monday, the minister resigned, people familiar with the matter said.', 'On Monday, the minister resigned'],
    ['Two people familiar with the talks said the envoy was in Oslo on Friday.', 'the envoy was in Oslo on Friday.'],
    ['The army withdrew on Tuesday, according to local officials.', 'The army withdrew on Tuesday'],
    ['The plan leaked in May, Reuters reported, citing three sources familiar with the matter.', 'The plan leaked in May'],
    ['Ukraine agreed on Tuesday, U.S. officials said, despite hurdles.', 'Ukraine agreed on Tuesday, despite hurdles.'],
    ['According to the inquiry, he met the banker in 2017 to discuss a loan.', 'he met the banker in 2017 to discuss a loan.'],
    ['Investigators now believe the intruders first entered the building on May 3.', 'the intruders first entered the building on May 3.'],
    ['Researchers suspect that the sample was swapped in March.', 'the sample was swapped in March.'],
    ['Prigov has arrived in Belarus, the country\'s president, Alex Lukin, said Tuesday.', 'Prigov has arrived in Belarus'],
    ['The army has handed over 2,000 vehicles, the ministry said on Wednesday.', 'The army has handed over 2,000 vehicles'],
    // Any nationality, known by its adjective's ending, not by a list of countries.
    ['Two senior Chinese diplomats said the envoy left Lima on Friday.', 'the envoy left Lima on Friday.'],
    ['Several British officials said the talks ended on Monday.', 'the talks ended on Monday.'],
    ['Israeli officials said the crossing reopened on Sunday.', 'the crossing reopened on Sunday.'],
  ])('%s', (input, expected) => expect(stripAttribution(input)).toBe(expected));

  it('leaves a sentence alone when the attribution is all there is', () => {
    expect(stripAttribution('He said so.')).toBe('He said so.');
  });
});

import { describe, expect, it } from 'vitest';
import { detectTense, tenseAround } from './tense';

describe('detectTense', () => {
  it.each([
    'Witkoff will meet Putin',
    'He is expected to arrive',
    'Kellogg plans to step down',
    'talks scheduled for later',
    'the envoy is due to travel',
    'Trump said he would sign',
    "They'll vote",
    'The deal could be signed',
    'The upcoming summit',
    'Analysts expect another increase at the meeting',
  ])('future: %s', (clause) => expect(detectTense(clause)).toBe('future'));

  it.each([
    'He met Putin',
    'Officials said the plan leaked',
    'He gave the plan to Ukraine',
    'It would have been signed',
    'Trump hosted him',
    'Workers march in May',
    'Analysts had expected it in May',
  ])('past: %s', (clause) => expect(detectTense(clause)).toBe('past'));
});

describe('tenseAround', () => {
  const at = (sentence: string, words: string) => tenseAround(sentence, sentence.indexOf(words), words.length);
  it('reads each expression in its own clause', () => {
    const s = 'Trump said on Friday he would meet Putin on Monday.';
    expect(at(s, 'Friday')).toBe('past');
    expect(at(s, 'Monday')).toBe('future');
  });
  it('lets the reporting verb govern a weekday before a future complement', () => {
    expect(at('Ukraine told the administration on Tuesday it would sign the deal.', 'Tuesday')).toBe('past');
  });
  it('looks past a fronted clause', () => {
    expect(at('On Monday, Witkoff will travel to Moscow.', 'Monday')).toBe('future');
  });
  it('reads a possessive weekday with its verb', () => {
    expect(at("Officials said Monday's meeting will decide.", "Monday's")).toBe('future');
    expect(at("Officials said Monday's meeting was tense.", "Monday's")).toBe('past');
  });
  it('reads an unlisted -ed verb with an object as past, over a future in a quote after it', () => {
    expect(at('Okafor toured the waterfront with Gov. Whitcombe on Sunday and promised that "help will be here."', 'Sunday')).toBe('past');
  });
  it('does not take a passive participle for the past', () => {
    expect(at('The parade will be held on Monday.', 'Monday')).toBe('future');
  });
});

import { describe, expect, it } from 'vitest';
import { endsSentence, splitSentences } from './segment';
import type { Paragraph } from './types';

/** One paragraph covering the whole text. */
function split(text: string): string[] {
  const p: Paragraph = { index: 1, start: 0, end: text.length, text };
  const sentences = splitSentences(text, [p]);
  for (const s of sentences) expect(s.text).toBe(text.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
  return sentences.map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('One thing. Two things? Three things! Four.')).toEqual([
      'One thing.',
      'Two things?',
      'Three things!',
      'Four.',
    ]);
  });

  it('keeps abbreviations and titles inside the sentence', () => {
    expect(split('Mr. Smith met Mrs. Jones and Dr. Who. Sen. Angus King of Maine spoke.')).toEqual([
      'Mr. Smith met Mrs. Jones and Dr. Who.',
      'Sen. Angus King of Maine spoke.',
    ]);
    expect(split('Rubio called Sens. Jeanne Shaheen and Rep. Anna Luna. Gov. X and Gen. Y came.')).toHaveLength(2);
    expect(split('It met St. Paul, Jr. Smith and Acme Corp. officials. Then it left.')).toHaveLength(2);
    expect(split('Vice President J. D. Vance called. Then he left.')).toEqual([
      'Vice President J. D. Vance called.',
      'Then he left.',
    ]);
  });

  it('treats U.S., U.K., e.g., i.e., a.m. and p.m. by what follows', () => {
    expect(split('Talks with the U.S. about the war went on. The U.K. Foreign Office agreed.')).toEqual([
      'Talks with the U.S. about the war went on.',
      'The U.K. Foreign Office agreed.',
    ]);
    expect(split('The plan was authored by the U.S. The Russians agreed.')).toHaveLength(2);
    expect(split('They met at 9 a.m. Tuesday and left at 5 p.m. The next day, e.g. Monday, i.e. soon, vs. Friday.')).toEqual([
      'They met at 9 a.m. Tuesday and left at 5 p.m.',
      'The next day, e.g. Monday, i.e. soon, vs. Friday.',
    ]);
    expect(split("U.S.'s Ukraine Plan Had Kremlin Input. It was drafted by Witkoff & Co. in Miami.")).toHaveLength(2);
  });

  it('keeps month abbreviations before a day and No. before a number', () => {
    expect(split('On Nov. 16, Kushner called. In Sept. 2024 and Jan. 5 talks began. It is No. 1 now.')).toEqual([
      'On Nov. 16, Kushner called.',
      'In Sept. 2024 and Jan. 5 talks began.',
      'It is No. 1 now.',
    ]);
    expect(split('It happened in Dec. The year ended.')).toHaveLength(2);
  });

  it('does not split decimals or ellipses inside a sentence', () => {
    expect(split('Growth was 3.5 percent, down from 4.25. Prices rose.')).toEqual([
      'Growth was 3.5 percent, down from 4.25.',
      'Prices rose.',
    ]);
    expect(
      split('It was not “a negotiation session . . . when they are back [in Kyiv] we will meet”. Then… Nobody… knew.'),
    ).toEqual(['It was not “a negotiation session . . . when they are back [in Kyiv] we will meet”.', 'Then… Nobody… knew.']);
    expect(split('To facilitate the ... exchange of ideas. Done.')).toHaveLength(2);
    expect(split('He said “I do not know…” Then he left.')).toHaveLength(2);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('He said "no." She said “yes.” (It was late.) It was ‘over.’ The end.')).toEqual([
      'He said "no."',
      'She said “yes.”',
      '(It was late.)',
      'It was ‘over.’',
      'The end.',
    ]);
    expect(split('“Why?” he asked. ‘‘Ukraine was heard,” he said. ‘‘A dignified peace.”')).toEqual([
      '“Why?” he asked.',
      '‘‘Ukraine was heard,” he said.',
      '‘‘A dignified peace.”',
    ]);
  });

  it('never spans paragraphs and reports body offsets', () => {
    const body = 'Header\n\nFirst one. Second\none.\n\nThird?';
    const paragraphs: Paragraph[] = [
      { index: 1, start: 8, end: 30, text: 'First one. Second one.' },
      { index: 2, start: 32, end: 38, text: 'Third?' },
    ];
    const s = splitSentences(body, paragraphs);
    expect(s).toEqual([
      { paragraph: 1, start: 8, end: 18, text: 'First one.' },
      { paragraph: 1, start: 19, end: 30, text: 'Second one.' },
      { paragraph: 2, start: 32, end: 38, text: 'Third?' },
    ]);
  });

  it('ends a paragraph without a full stop as one sentence', () => {
    expect(split('  A fragment without an ending  ')).toEqual(['A fragment without an ending']);
    expect(split('')).toEqual([]);
  });
});

describe('endsSentence', () => {
  it('knows which line endings end a sentence', () => {
    expect(endsSentence('He left.')).toBe(true);
    expect(endsSentence('He said “no.”  ')).toBe(true);
    expect(endsSentence('Why?')).toBe(true);
    expect(endsSentence('talks with the U.S.')).toBe(true);
    expect(endsSentence('a letter from Mr.')).toBe(false);
    expect(endsSentence('President Donald J.')).toBe(false);
    expect(endsSentence('to end the')).toBe(false);
    expect(endsSentence('')).toBe(false);
  });
});

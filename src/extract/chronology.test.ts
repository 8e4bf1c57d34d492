import { describe, expect, it } from 'vitest';
import { chronologyHead, inSimplePast, listItem } from './chronology';
import { findTemporalExpressions } from './dates';

const head = (text: string, published = '2026-03-16') => chronologyHead(text, findTemporalExpressions(text, { published }))?.text;

describe('chronologyHead', () => {
  it('finds the date that opens a line before a colon or a dash, with or without a list marker', () => {
    expect(head('- March 9: The port authority closes the channel.')).toBe('March 9');
    expect(head('March 9: The port authority closes the channel.')).toBe('March 9');
    expect(head('* Oct. 16 – An advisory panel votes 9-4.', '2025-12-10')).toBe('Oct. 16');
    expect(head('- June: The company publishes its results.', '2025-12-10')).toBe('June');
    expect(head('**June:** The company publishes its results.', '2025-12-10')).toBe('June');
    expect(head('**March 9:** The port authority closes the channel.')).toBe('March 9');
    expect(head('* **March 9**: The port authority closes the channel.')).toBe('March 9');
    expect(head('1. March 9: The port authority closes the channel.')).toBe('March 9');
    expect(head('• March 9 — The port authority closes the channel.')).toBe('March 9');
  });

  it('finds none in prose, nor in an hour', () => {
    expect(head('On March 9 the port authority closed the channel.')).toBeUndefined();
    expect(head('The port closed at 9:30 a.m. on Monday.')).toBeUndefined();
    expect(head('June said the port was closed.')).toBeUndefined();
  });

  it('tells a list item by its marker', () => {
    expect(listItem('- March 9: The port closes.')).toBe(true);
    expect(listItem('March 9: The port closes.')).toBe(false);
  });
});

describe('inSimplePast', () => {
  const from = (text: string) => inSimplePast(text, text.indexOf(':') + 1);
  it('puts the main verb of a line in the past, and nothing else', () => {
    expect(from('- March 9: The port authority closes the channel to all traffic.')).toBe('- March 9: The port authority closed the channel to all traffic.');
    expect(from('- March 8: The ship runs aground on a sandbank.')).toBe('- March 8: The ship ran aground on a sandbank.');
    expect(from('- March 10: Eight tugs fail to move the ship.')).toBe('- March 10: Eight tugs failed to move the ship.');
    expect(from('- Nov. 21: The authority approves the drug, requiring a follow-up study.')).toBe('- Nov. 21: The authority approved the drug, requiring a follow-up study.');
  });

  it('puts a passive\'s auxiliary in the past, past a plural noun the tagger takes for a verb', () => {
    expect(from('- March 14: The ship is refloated at dawn.')).toBe('- March 14: The ship was refloated at dawn.');
    expect(from('- Nov. 22: The first doses are shipped to hospitals.')).toBe('- Nov. 22: The first doses were shipped to hospitals.');
  });

  it('leaves a line already in the past as written', () => {
    expect(from('- March 9: The port authority closed the channel.')).toBe('- March 9: The port authority closed the channel.');
  });
});

import { describe, expect, it } from 'vitest';
import { summaryRepeatsQuote } from './summary';

describe('summaryRepeatsQuote', () => {
  const quote = 'Trump said on Friday that he expected the plan to be signed by Thursday.';
  it('is true when the summary is the first quote, whatever its spacing', () => {
    expect(summaryRepeatsQuote({ summary: quote, citations: [{ quote }] })).toBe(true);
    expect(summaryRepeatsQuote({ summary: ` ${quote.replace(' on ', '\n on  ')}`, citations: [{ quote }, { quote: 'Other.' }] })).toBe(true);
  });
  it('is false when the summary differs, is only a later quote, or nothing is cited', () => {
    expect(summaryRepeatsQuote({ summary: 'The plan was signed.', citations: [{ quote }] })).toBe(false);
    expect(summaryRepeatsQuote({ summary: quote, citations: [{ quote: 'Other.' }, { quote }] })).toBe(false);
    expect(summaryRepeatsQuote({ summary: quote, citations: [] })).toBe(false);
  });
});

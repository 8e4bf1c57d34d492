/** Small articles written inline: what one construction gives, on its own. */
import { describe, expect, it } from 'vitest';
import { cites, eventsOfArticle as article } from './load-corpus';

describe('an offset from a happening in a sentence with no day of its own', () => {
  it('counts from the day the article last gave, when the sentence tells of the same people', () => {
    const events = article('Governor Elena Marsh told lawmakers on Tuesday that rates could rise again.\n\nMarsh appeared before the committee a week after the bank raised its main rate.');
    expect(events.find((e) => cites(e, 'a week after the bank raised'))?.start).toBe('2026-03-10');
  });

  it('dates nothing when it tells of others: the happening it counts from was never dated', () => {
    const events = article('Ministers met in Geneva on Tuesday to discuss a ceasefire.\n\nThree months after the invasion, the government collapsed.');
    expect(events.filter((e) => cites(e, 'Three months after'))).toEqual([]);
  });
});

describe('a dated aside about a noun', () => {
  it('is titled as told of that noun, not by the sentence’s main clause', () => {
    const title = (body: string) => article(body)[0]?.title;
    expect(title('The war, which began in February 2022, has killed tens of thousands.')).toBe('The war began');
    expect(title('The bill, introduced in January, would cap rents at 3%.')).toBe('The bill was introduced');
    expect(title('The rules, drafted in October, were never published.')).toBe('The rules were drafted');
  });
});

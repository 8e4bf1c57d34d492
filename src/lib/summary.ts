/**
 * Whether an event's summary only repeats its first citation's quote. The pipeline summarises an
 * event by its best sentence, which is usually the quote cited first; the list then shows the
 * quote alone rather than the same sentence twice (and keeps each item's markup lean at scale).
 */
export function summaryRepeatsQuote(event: { summary: string; citations: readonly { quote: string }[] }): boolean {
  const first = event.citations[0];
  return first !== undefined && squash(first.quote) === squash(event.summary);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

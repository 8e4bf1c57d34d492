/**
 * "closed the port the day before landfall": an offset from a named happening counts from the day
 * the article gave that happening, not from whatever day it told of last.
 */
import type { TemporalExpression } from './types';
import { lemma } from './words';

/** "the day before", "the week after": an offset that may name what it counts from. */
const OFFSET = /^the\s+(?:day|night|morning|evening|week|weekend)\s+(?:before|after)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/i;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The noun the offset names ("landfall", "the vote"), when a noun phrase follows it and not a
 * clause ("the day before the storm hit" has a verb: it counts from an unknown day).
 */
export function namedReferent(sentence: string, e: TemporalExpression): string | undefined {
  if (e.kind !== 'anaphoric' || !OFFSET.test(e.text)) return undefined;
  const rest = sentence.slice(e.index + e.text.length);
  const phrase = rest.match(/^\s+([^,;:.!?]*)/)?.[1] ?? '';
  const words = [...phrase.matchAll(WORD)].map((m) => m[0]);
  if (!words.length || words.length > 3 || words.some((w) => /ed$/i.test(w))) return undefined;
  const head = DETERMINER.test(words[0]!) ? words[1] : words[0];
  return head && /^\p{Ll}/u.test(head) ? head : undefined;
}

export interface Told {
  text: string;
  expressions: TemporalExpression[];
}

/** The day an earlier sentence of the article gave the happening named by `word`, if any. */
export function referentDay(word: string, earlier: readonly Told[]): string | undefined {
  const key = lemma(word);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const { text, expressions } = earlier[i]!;
    const at = [...text.matchAll(WORD)].find((m) => lemma(m[0]) === key)?.index;
    if (at === undefined) continue;
    const days = expressions.filter((x) => x.resolved?.precision === 'day' && !x.resolved.approximate);
    if (!days.length) continue;
    const nearest = days.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0]!;
    return nearest.resolved!.start;
  }
  return undefined;
}

/**
 * "closed the port the day before landfall": an offset from a named happening counts from the day
 * the article gave that happening, not from whatever day it told of last.
 */
import { HEDGE, NUMBER } from './dates/patterns';
import type { TemporalExpression } from './types';
import { lemma } from './words';

// "Hours after the verdict": a count of hours without a number, within the named happening's day.
const SAME_DAY = String.raw`(?:(?:a\s+few|several|some)\s+)?(?:hours|minutes|moments)`;
const SAME_DAY_OFFSET = new RegExp(String.raw`^${SAME_DAY}\s+(?:before|after)$`, 'i');

/** "Hours after the verdict": an offset of the same day, which the date finder leaves unresolved. */
export const sameDayOffset = (e: TemporalExpression) => e.kind === 'vague' && SAME_DAY_OFFSET.test(e.text);

/**
 * "the day before", "the week after", "three days after", "some 70 hours after": an offset that
 * may name what it counts from.
 */
const OFFSET = new RegExp(
  String.raw`^(?:the\s+(?:day|night|morning|evening|week|weekend)|(?:${HEDGE}\s+)?${NUMBER}\s+(?:hour|day|week)s?|${SAME_DAY})\s+(?:before|after|prior)$`,
  'i',
);
// A verb makes the words after an offset a clause ("two days after the storm hit"), not a noun.
const VERB = /^(?:\p{L}+ed|began|begun|broke|struck|took|fell|rose|left|won|lost|came|went|hit|met|made|held|sank|was|were|is|are|had|has|did)$/iu;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/i;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The noun the offset names ("landfall", "the vote"), when a noun phrase follows it and not a
 * clause ("the day before the storm hit" has a verb: it counts from an unknown day).
 */
export function namedReferent(sentence: string, e: TemporalExpression): string | undefined {
  return referentPhrase(sentence, e)?.head;
}

function referentPhrase(sentence: string, e: TemporalExpression): { head: string; end: number } | undefined {
  if ((e.kind !== 'anaphoric' && !sameDayOffset(e)) || !OFFSET.test(e.text)) return undefined;
  const from = e.index + e.text.length;
  // ("a week prior to the vote": "prior" counts from what follows "to".)
  const m = sentence.slice(from).match(/prior$/i.test(e.text) ? /^\s+to\s+([^,;:.!?]*)/i : /^\s+([^,;:.!?]*)/);
  const phrase = m?.[1] ?? '';
  const words = [...phrase.matchAll(WORD)].map((w) => w[0]);
  // "the aborted takeoff": a participle between a determiner and its noun qualifies the noun.
  const qualified = words.length === 3 && DETERMINER.test(words[0]!) && /ed$/i.test(words[1]!);
  if (!words.length || words.length > 3 || words.some((w, i) => VERB.test(w) && !(qualified && i === 1))) return undefined;
  const head = qualified ? words[2] : DETERMINER.test(words[0]!) ? words[1] : words[0];
  return head && /^\p{Ll}/u.test(head) ? { head, end: from + m![0].trimEnd().length } : undefined;
}

/**
 * Where the happening an offset names ends in the sentence ("three days after the fire": after
 * "fire"): that word belongs to the date, and tells nothing of what happened on the day counted.
 */
export function referentEnd(sentence: string, e: TemporalExpression): number | undefined {
  return referentPhrase(sentence, e)?.end ?? clauseReferent(sentence, e)?.end;
}

export interface Told {
  text: string;
  expressions: TemporalExpression[];
}

/** A word's lemma, a noun of action by its verb ("the arrival" is what "arrived" told). */
const stem = (word: string) => lemma(word).replace(/(?<=\p{L}{4})al$/u, '');

/** The day an earlier sentence of the article gave the happening named by `word`, if any. */
export function referentDay(word: string, earlier: readonly Told[]): string | undefined {
  const key = stem(word);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const { text, expressions } = earlier[i]!;
    const at = [...text.matchAll(WORD)].find((m) => stem(m[0]) === key)?.index;
    if (at === undefined) continue;
    const days = expressions.filter((x) => x.resolved?.precision === 'day' && !x.resolved.approximate);
    if (!days.length) continue;
    const nearest = days.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0]!;
    return nearest.resolved!.start;
  }
  return undefined;
}

/**
 * "The day after the talks collapsed, ...": the verb of the short clause an offset counts from (a
 * determiner, a noun and a regular past verb, nothing after), whose day the article may give elsewhere.
 */
export function clauseReferentVerb(sentence: string, e: TemporalExpression): string | undefined {
  return clauseReferent(sentence, e)?.verb;
}

function clauseReferent(sentence: string, e: TemporalExpression): { verb: string; end: number } | undefined {
  if (e.kind !== 'anaphoric' || !OFFSET.test(e.text)) return undefined;
  const from = e.index + e.text.length;
  const m = sentence.slice(from).match(/^\s+(?:the|a|an|its|their|his|her)\s+\p{Ll}[\p{L}-]*\s+(\p{Ll}+ed)(?=\s*(?:[,;:.!?]|$))/u);
  return m ? { verb: m[1]!, end: from + m[0].length } : undefined;
}

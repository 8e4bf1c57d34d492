/**
 * Chronologies: an explainer's list of dated lines ("- April 3: The council closes the old
 * library.", "Jan. 5 – A jury returns its verdict."). Each line tells what happened on the day at its head,
 * in the historical present, and a second sentence on the line belongs to the same day. The rest of
 * the extraction reads the simple past (a present verb with a past date is otherwise a state or a
 * habit), so a line is read with its main verb put in the past; its quote stays the article's words.
 */
import nlp from 'compromise';
import type { TemporalExpression } from './types';

// What may open a line before its date: a list marker, and the date's bold ("**April 3:**").
const MARKER = /^\s*(?:(?:[-*•–—]|\d{1,2}[.)])\s+)?(?:\*\*|__)?/;
// What separates the head's date from the line's words: a colon or a dash, in or after the bold.
const SEPARATOR = /^(?:\*\*|__)?\s*(?::|\s[-–—]\s?|[–—])\s*(?:\*\*|__)?\s*(?=["“‘'\p{Lu}\p{N}])/u;

/** Whether the sentence opens with a list marker. */
export const listItem = (text: string) => MARKER.exec(text)![0].trim() !== '';

/** The date at the head of a chronology line, when the sentence is one. */
export function chronologyHead(text: string, expressions: readonly TemporalExpression[]): TemporalExpression | undefined {
  const at = MARKER.exec(text)![0].length;
  const head = expressions.find((e) => e.index === at);
  if (!head?.resolved || !SEPARATOR.test(text.slice(at + head.text.length))) return undefined;
  return head;
}

interface VerbTerm {
  text: string;
  tags: string[];
}
interface VerbPhrase {
  text: string;
  offset: { start: number; length: number };
  terms: VerbTerm[];
}

const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$/i;
const has = (t: VerbTerm | undefined, tag: string) => !!t?.tags.includes(tag);

/**
 * The text with the main verb after `from` put in the simple past ("opens" → "opened", "is
 * arrested" → "was arrested", "wins" → "won"); the text unchanged when that verb
 * is not in the present. Only the first verb: those after it are a participle, an infinitive or a
 * clause of their own ("leaving two dead", "to approve the budget").
 */
export function inSimplePast(text: string, from: number): string {
  const doc = nlp(text);
  const phrases = doc.verbs().json({ offset: true }) as VerbPhrase[];
  // "The new rules are published", "The team wins": a noun the tagger took for a verb comes right
  // before the verb, or right after a determiner.
  const isNoun = (p: VerbPhrase, i: number) => {
    if (DETERMINER_BEFORE.test(text.slice(0, p.offset.start))) return true;
    const next = phrases[i + 1];
    return !!next && /^\s*$/.test(text.slice(p.offset.start + p.offset.length, next.offset.start)) && (has(next.terms[0], 'Auxiliary') || has(next.terms[0], 'Copula'));
  };
  const i = phrases.findIndex((p, k) => p.offset.start >= from && !isNoun(p, k));
  const main = phrases[i];
  if (!main) return text;
  const [first, second] = main.terms;
  const at = main.offset.start;
  // "is arrested", "are evacuated": the passive's auxiliary carries the tense.
  if (first && /^(?:is|are)$/i.test(first.text) && has(second, 'PastTense')) {
    const past = /^is$/i.test(first.text) ? 'was' : 'were';
    return text.slice(0, at) + (first.text[0] === 'I' || first.text[0] === 'A' ? past[0]!.toUpperCase() + past.slice(1) : past) + text.slice(at + first.text.length);
  }
  // (A plural subject's verb is tagged as an infinitive: "Rescuers fail to reach the village".)
  if (main.terms.length !== 1 || !(has(first, 'PresentTense') || has(first, 'Infinitive')) || has(first, 'Gerund') || has(first, 'PastTense')) return text;
  const word = first!.text.replace(/[^\p{L}'’-]+$/u, '');
  // The same document, parsed once: its verbs' JSON was read before this changes it.
  // (`eq` loses the verbs' type, not their methods.)
  (doc.verbs().eq(i) as unknown as { toPastTense(): void }).toPastTense();
  const out = doc.text();
  // Only the verb may change: anything else the tagger rewrote leaves the line as written.
  const past = out.slice(at).match(/^\p{L}+/u)?.[0];
  if (!past || out.slice(0, at) !== text.slice(0, at) || out.slice(at + past.length) !== text.slice(at + word.length)) return text;
  return text.slice(0, at) + past + text.slice(at + word.length);
}

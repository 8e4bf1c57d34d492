/**
 * Sentences of the cleaned paragraphs, as offsets into the article body (so a quote is always the
 * body's own words). A full stop ends a sentence only when white space and a sentence-like start
 * follow and the word before it is not an abbreviation that usually goes on (Mr., Nov. 16, U.S. about).
 */
import type { Paragraph, Sentence } from './types';

/**
 * How an abbreviation behaves before a capitalised word:
 * - `title`: never ends a sentence (Mr. Smith, Sen. King, Gen. Staff, J. R. Lucan);
 * - `number`: goes on before a digit (Nov. 16, No. 5), ends a sentence otherwise;
 * - `other`: ends a sentence only before a word that usually starts one (U.S. The, Inc. But).
 */
export type AbbreviationKind = 'title' | 'number' | 'other';

const TITLES = new Set(
  `Mr Mrs Ms Mx Messrs Mme Mlle Dr Prof Sen Sens Rep Reps Gov Govs Gen Gens Lt Col Maj Capt Cmdr Adm Sgt
  Cpl Pvt Rev Fr Hon Pres Supt Insp Det Amb Atty St Ste Mt Ft`.split(/\s+/),
);
const NUMBER_ABBREVIATIONS = new Set(
  `No Nos Vol Vols Art Arts Fig Figs p pp ch Ch sec Sec para
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`.split(/\s+/),
);
const OTHER_ABBREVIATIONS = new Set(
  `Inc Corp Co Cos Ltd Plc Bros Jr Sr vs v etc al approx est dept Dept Univ Assn Ave Blvd Rd Gov't`.split(/\s+/),
);

/** Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one. */
const SENTENCE_STARTERS = new Set(
  `The A An He She It They We I You His Her Its Their Our My This That These Those There Here But And Or So
  Yet In On At By For From With As After Before When While If Since During Although Though Because Until
  Meanwhile However Instead Then Now Later Earlier Today Yesterday Some Many Most Several Both Each Every
  All One Two Three No Not What Which Who Where How Why Such Other Another Also Still Officials`.split(/\s+/),
);

const TERMINATORS = '.!?…';
/** Closing quotes and brackets that belong to the sentence they follow: `."`, `.”`, `.)`, `.’`. */
const CLOSERS = `"'”’»›)]}`;
// Sticky (`y`): tried at one index of the paragraph, never copying or rescanning the rest of it.
const SENTENCE_START = /[\p{Pi}\p{Ps}"'“‘«(\[]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/uy;
const WORD_AFTER = /[\p{Pi}\p{Ps}"'“‘«(\[]*([\p{L}\p{N}]+)/uy;
const DIGIT = /\p{N}/uy;
const SPACED_ELLIPSIS = /\.(?:[ \u00A0]\.){2,}/y;
const WORD_CHAR = /[\p{L}\p{N}.'’]/u;

/** The kind of abbreviation that `word` (written without its final dot) is, if any. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  if (TITLES.has(word)) return 'title';
  if (NUMBER_ABBREVIATIONS.has(word)) return 'number';
  if (OTHER_ABBREVIATIONS.has(word)) return 'other';
  // Initials (J. R. Lucan) read like titles: a name follows.
  if (/^\p{Lu}$/u.test(word)) return 'title';
  // Dotted abbreviations: U.S., U.K., e.g., i.e., a.m., p.m.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'other';
  return undefined;
}

/** The word just before `text[dot]` (a full stop), without that dot: "U.S", "Mr", "Sept". */
export function wordBefore(text: string, dot: number): string {
  let from = dot;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  while (from < dot && ".'’".includes(text[from]!)) from++;
  return text.slice(from, dot);
}

/**
 * Whether `text` (a line or a sentence) ends a sentence by its last character(s): a terminator,
 * maybe followed by closing quotes, and not a title abbreviation or initial before the full stop.
 * `other` abbreviations (U.S., Inc.) count as an ending: callers look at what follows.
 */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  let end = t.length;
  while (end > 0 && CLOSERS.includes(t[end - 1]!)) end--;
  if (end === 0 || !TERMINATORS.includes(t[end - 1]!)) return false;
  if (t[end - 1] === '.' && t[end - 2] !== '.') {
    const kind = abbreviationKind(wordBefore(t, end - 1));
    if (kind === 'title') return false;
  }
  return true;
}

/** Splits each paragraph into sentences; offsets point into `body`, never across paragraphs. */
export function splitSentences(body: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    for (const [from, to] of sentenceSpans(text)) {
      const start = p.start + from;
      const end = p.start + to;
      sentences.push({ paragraph: p.index, start, end, text: fold(body.slice(start, end)) });
    }
  }
  return sentences;
}

/** [start, end) spans of the sentences of one paragraph's text, trimmed of white space. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    if (!TERMINATORS.includes(text[i]!)) {
      i++;
      continue;
    }
    const run = terminatorRun(text, i);
    let after = run.end;
    while (after < text.length && CLOSERS.includes(text[after]!)) after++;
    const next = skipSpace(text, after);
    if (after < text.length && next > after && next < text.length && isBoundary(text, i, run, after, next)) {
      spans.push([start, after]);
      start = next;
    }
    i = run.end;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push([start, end]);
  return spans;
}

interface TerminatorRun {
  end: number;
  /** "…", "...", ". . .": words left out, usually inside a sentence. */
  ellipsis: boolean;
  /** A lone full stop, which may belong to an abbreviation. */
  singleDot: boolean;
}

function terminatorRun(text: string, i: number): TerminatorRun {
  SPACED_ELLIPSIS.lastIndex = i;
  const spaced = SPACED_ELLIPSIS.exec(text);
  if (spaced) return { end: i + spaced[0].length, ellipsis: true, singleDot: false };
  let end = i;
  while (end < text.length && TERMINATORS.includes(text[end]!)) end++;
  const run = text.slice(i, end);
  return { end, ellipsis: run.includes('…') || run.includes('..'), singleDot: run === '.' };
}

function isBoundary(text: string, dot: number, run: TerminatorRun, afterClosers: number, next: number): boolean {
  if (!matchesAt(SENTENCE_START, text, next)) return false;
  // An ellipsis leaves words out inside a sentence; it ends one only where a quote or bracket closes.
  if (run.ellipsis) return afterClosers > run.end;
  if (!run.singleDot || afterClosers > run.end) return true;
  const kind = abbreviationKind(wordBefore(text, dot));
  if (kind === undefined) return true;
  if (kind === 'title') return false;
  if (kind === 'number') return !matchesAt(DIGIT, text, next);
  WORD_AFTER.lastIndex = next;
  const nextWord = WORD_AFTER.exec(text)?.[1] ?? '';
  return SENTENCE_STARTERS.has(nextWord);
}

function matchesAt(sticky: RegExp, text: string, index: number): boolean {
  sticky.lastIndex = index;
  return sticky.test(text);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

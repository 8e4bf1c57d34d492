/**
 * What every matcher produces: a span of the sentence, its kind, and a resolver that is given
 * the dates and tense only later (tense depends on where the span sits in the sentence).
 */
import type { ResolvedDate, TemporalKind } from '../types';
import type { Day } from './calendar';

export type Tense = 'past' | 'future';

export interface Env {
  published: Day;
  /** What anaphoric words ("the next day") point back to; the published day when not given. */
  anchor: Day;
  tense: Tense;
  /** The tense was read from a verb, not assumed (see `nearestYear`). */
  marked?: boolean;
}

export interface Candidate {
  index: number;
  text: string;
  kind: TemporalKind;
  /** Undefined for vague expressions: found, but never pinned to dates. */
  resolve?: (env: Env) => ResolvedDate | undefined;
}

export type Matcher = (sentence: string) => Candidate[];

type Built = Omit<Candidate, 'index' | 'text'> | undefined | null | false;

/**
 * Run a global regular expression over the sentence and turn each match into a candidate.
 * `build` may refuse a match (return undefined); the search then resumes one character after
 * the refused match's start, so a valid match beginning inside it is not lost.
 */
export function scan(re: RegExp, sentence: string, build: (m: RegExpExecArray) => Built): Candidate[] {
  if (!re.global) throw new Error('scan needs a global regular expression');
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const built = build(m);
    if (built) {
      out.push({ index: m.index, text: m[0], ...built });
    } else {
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** The text before position `index` (for checking the words that precede a match). */
export function before(sentence: string, index: number, length = 40): string {
  return sentence.slice(Math.max(0, index - length), index);
}

/** The text after a match. */
export function after(sentence: string, m: RegExpExecArray, length = 40): string {
  const end = m.index + m[0].length;
  return sentence.slice(end, end + length);
}

/** Shapes passed between the pipeline's stages (sources → text → dates → mentions → events). */
import type { Precision, SourceFrontmatter } from '../schema';

/** A source file as read from content/sources: validated metadata and the body exactly as written. */
export interface LoadedSource {
  id: string;
  /** Path as given to the loader, for error messages. */
  file: string;
  meta: SourceFrontmatter;
  /** The article text after the front matter, byte for byte. */
  body: string;
  /** The file started with a byte-order mark, dropped before parsing (it is not part of `body`). */
  hadBom?: boolean;
}

/** A paragraph of the cleaned article. Offsets always point into `LoadedSource.body`. */
export interface Paragraph {
  /** 1-based, counting only paragraphs that survived cleaning. */
  index: number;
  start: number;
  end: number;
  /** `body.slice(start, end)` with white space folded (hard wraps joined). */
  text: string;
}

export interface Sentence {
  paragraph: number;
  /** Offsets into the body; `body.slice(start, end)`, white space folded, is the verbatim quote. */
  start: number;
  end: number;
  text: string;
  /** The article's words when `text` reads them otherwise (a chronology line put in the past, chronology.ts). */
  verbatim?: string;
  /** The words that date it when it has none of its own: the head of the chronology line it is on. */
  datedBy?: string;
}

export interface ResolvedDate {
  /** ISO `YYYY-MM-DD`. */
  start: string;
  /** ISO `YYYY-MM-DD`; equal to start for a single day. */
  end: string;
  precision: Precision;
  /** The words are vague ("late October", "early this week", "a week prior"). */
  approximate: boolean;
}

export type TemporalKind =
  | 'absolute' // Nov. 16, November 16, 2025, in February 2022, in 2017
  | 'weekday' // on Tuesday, Friday night
  | 'relative' // last month, this week, yesterday, two days ago
  | 'anaphoric' // the next day, that evening, that weekend, a week prior: needs an anchor date
  | 'fuzzy' // late October, the end of October, mid-2024
  | 'holiday' // Thanksgiving, the weekend before Halloween
  | 'vague'; // in recent years, months earlier, in the coming days: found but never resolved

export interface TemporalExpression {
  /** The words as written in the sentence. */
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  kind: TemporalKind;
  /** Undefined when the expression was found but cannot be pinned to dates. */
  resolved?: ResolvedDate;
}

export interface ResolveContext {
  /** The article's publication date, ISO. */
  published: string;
  /** The date that anaphoric expressions ("the next day", "that weekend") refer back to; defaults to published. */
  anchor?: string;
  /** Grammatical tense of the clause around the expression, for bare weekdays and months. */
  tense?: 'past' | 'future';
}

/**
 * Turns an article as published (page chrome, wire markers, hard wraps, subheads and all) into its
 * paragraphs. Nothing is rewritten: a paragraph is a span of the original body, and its `text` is
 * that span with white space folded, so every later quote can be checked against the source.
 *
 * The rules are about the shape of text, not about any one outlet: short unpunctuated lines are
 * headings or widgets, lines that do not end a sentence continue on the next line, and a small
 * vocabulary of generic page chrome ("sign up", "newsletter", "Advertisement", ...) is dropped.
 */
import { abbreviationKind, endsSentence, wordBefore } from './segment';
import type { Paragraph } from './types';

/** A line of the body, its span trimmed of white space and wire markers. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** A line this long that does not end a sentence is a hard wrap, not a heading. */
const LONG_LINE = 60;
/** Headings, kickers and widget labels are at most this many words (and characters). */
const SHORT_WORDS = 10;
const SHORT_CHARS = 80;

const FUNCTION_WORDS = new Set(
  `a an the of to in on at by for with from and or but nor as that which who whom whose than into onto upon
  about over under after before between through during against among within without via per is are was
  were be been being has have had will would could should can may might must not its their his her our
  your my this these those said says told`.split(/\s+/),
);
/** Titles that are always followed by a name ("French President / Emmanuel Macron"). */
const TITLE_WORDS = new Set(
  `President Vice Secretary Minister Prime Chancellor Senator Sen Representative Rep Governor Gov General
  Gen Admiral Colonel Col Captain Lieutenant Sergeant King Queen Prince Princess Pope Judge Justice Chief
  Director Ambassador Envoy Spokesperson Spokesman Spokeswoman Mayor Sheikh Deputy Speaker Leader Mr Mrs
  Ms Dr Prof Professor Saint`.split(/\s+/),
);

export function cleanArticle(body: string, opts: { title?: string } = {}): Paragraph[] {
  const all = splitLines(body);
  const blankLineMode = usesBlankLinesBetweenParagraphs(all);
  const titleKey = opts.title ? normalizeForCompare(opts.title) : undefined;

  // `kept[i]` is the line or undefined when it is blank or dropped; dropped lines break paragraphs,
  // since a paragraph is one contiguous span of the body.
  const kept: (Line | undefined)[] = all.map((line) =>
    line && !isDroppedLine(line.text, body, line.start, titleKey) ? line : undefined,
  );

  // The next kept line after each line (computed once: articles can have many short lines).
  const nextKept: (Line | undefined)[] = new Array(kept.length);
  for (let i = kept.length - 1, following: Line | undefined; i >= 0; i--) {
    nextKept[i] = following;
    following = kept[i] ?? following;
  }

  // Headings and widget labels: short, no sentence ending, and a new sentence (or nothing) follows.
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    if (!line || !isShort(line.text) || endsSentence(line.text)) continue;
    const prev = kept[i - 1];
    const next = kept[i + 1];
    if (prev && (blankLineMode || continues(prev.text, line.text))) continue;
    if (next && continues(line.text, next.text)) continue;
    const following = nextKept[i];
    if (!following || startsLikeSentence(following.text)) kept[i] = undefined;
  }

  // Group lines into paragraphs: whole blocks between blank lines, or lines joined at hard wraps.
  const spans: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | undefined;
  let prev: Line | undefined;
  for (const line of kept) {
    if (line && current && prev && (blankLineMode || continues(prev.text, line.text))) {
      current.end = line.end;
    } else if (line) {
      current = { start: line.start, end: line.end };
      spans.push(current);
    }
    prev = line;
  }

  const first = spans[0];
  if (first) first.start += datelineLength(body.slice(first.start, first.end));

  const paragraphs: Paragraph[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    const text = fold(body.slice(span.start, span.end));
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    paragraphs.push({ index: paragraphs.length + 1, start: span.start, end: span.end, text });
  }
  return paragraphs;
}

/** Lines with offsets, trimmed, wire markers and trailing footnote markers cut off; blank lines are undefined. */
function splitLines(body: string): (Line | undefined)[] {
  const lines: (Line | undefined)[] = [];
  const breaks = /\r\n|\r|\n|\u2028|\u2029/g;
  let from = 0;
  for (;;) {
    const m = breaks.exec(body);
    const to = m ? m.index : body.length;
    lines.push(trimLine(body, from, to));
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}

function trimLine(body: string, from: number, to: number): Line | undefined {
  // Wire copy marks the story's start with ">>" and its end with "<<" (often after an ellipsis).
  let start = skipSpaceForward(body, from, to);
  if (body.startsWith('>>', start)) start = skipSpaceForward(body, start + 2, to);
  let end = skipSpaceBack(body, start, to);
  if (body.startsWith('<<', end - 2) && end - 2 >= start) {
    end = skipSpaceBack(body, start, end - 2);
    if (body.startsWith('...', end - 3) && end - 3 >= start) end -= 3;
    else if (body[end - 1] === '…' && end - 1 >= start) end -= 1;
    end = skipSpaceBack(body, start, end);
  }
  // A footnote marker after the last sentence ("… objectives.” [1]") is not part of the quote.
  const marker = /\[\d{1,3}\]$/.exec(body.slice(Math.max(start, end - 5), end));
  if (marker) {
    const before = skipSpaceBack(body, start, end - marker[0].length);
    if (before > start && '.!?…"\'”’)'.includes(body[before - 1]!)) end = before;
  }
  if (end <= start) return undefined;
  return { start, end, text: body.slice(start, end) };
}

const SPACE = /[\s\u200B-\u200D\u2060]/;
function skipSpaceForward(s: string, i: number, to: number): number {
  while (i < to && SPACE.test(s[i]!)) i++;
  return i;
}
function skipSpaceBack(s: string, from: number, i: number): number {
  while (i > from && SPACE.test(s[i - 1]!)) i--;
  return i;
}

/**
 * True when paragraphs are separated by blank lines: then a block's inner line breaks are hard wraps
 * (they rarely fall after a sentence), while in one-paragraph-per-line text they all do.
 */
function usesBlankLinesBetweenParagraphs(lines: (Line | undefined)[]): boolean {
  let blocks = 0;
  let innerBreaks = 0;
  let innerBreaksAfterSentence = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const prev = lines[i - 1];
    if (!prev) blocks++;
    else {
      innerBreaks++;
      if (endsSentence(prev.text)) innerBreaksAfterSentence++;
    }
  }
  if (blocks < 2) return false;
  return innerBreaks === 0 || innerBreaksAfterSentence / innerBreaks < 0.5;
}

/** Whether `line` is cut before its sentence ends and `next` carries it on. */
function continues(line: string, next: string): boolean {
  if (isAllCaps(line)) return false;
  const nextLower = /^\p{Ll}/u.test(next);
  const nextDigit = /^\p{N}/u.test(next);
  if (',;(-–—'.includes(line[line.length - 1]!)) return true;
  if (endsSentence(line)) {
    // "talks with the U.S. / about the war", "on Nov. / 16": an abbreviation, not an ending.
    const dot = line.length - 1;
    if (line[dot] !== '.') return false;
    const kind = abbreviationKind(wordBefore(line, dot));
    return kind !== undefined && (nextLower || nextDigit);
  }
  if (line.endsWith(':')) return nextLower;
  // A title abbreviation or an initial ("Mr.", "Donald J.") is always followed by a name.
  if (line.endsWith('.')) return true;
  if (nextLower || nextDigit) return true;
  const lastWord = trailingLetters(line);
  if (FUNCTION_WORDS.has(lastWord.toLowerCase()) || TITLE_WORDS.has(lastWord)) return true;
  return line.length >= LONG_LINE;
}

function isDroppedLine(text: string, body: string, at: number, titleKey: string | undefined): boolean {
  return (
    isPageChrome(text) ||
    isAllCaps(text) ||
    isFootnote(text, body, at) ||
    isPhotoCaption(text) ||
    (titleKey !== undefined && repeatsTitle(text, titleKey))
  );
}

/** Generic page furniture: prompts, labels and counters that any site may print around an article. */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'advertisement',
      'advertising',
      'sponsored(?: content)?',
      'recommended(?: (?:stories|articles|reading|for you))?',
      'related(?: (?:articles|stories|content|coverage|topics))?',
      'read (?:more|next)(?: .{0,60})?',
      'most (?:read|popular|viewed)',
      'share(?: this(?: article| story| page)?)?',
      'share on .{1,30}',
      'end of (?:the )?(?:article|story)',
      'continue reading.{0,40}',
      'story continues (?:below|after) (?:the )?advertisement',
      'skip (?:to|past|advertisement).{0,40}',
      'listen to (?:this )?(?:article|story).{0,30}',
      'print(?: this)?(?: article| page)?',
      '(?:leave|post|show|view|hide) (?:a |all )?comments?.{0,20}',
      '(?:\\d+|no|zero) comments?',
      'comments?',
      'all rights reserved.{0,60}',
      '.{0,120},? opens new tab',
      '(?:©|copyright\\b).{0,100}',
      '(?:additional )?(?:reporting|writing|editing)(?: and (?:writing|editing))? by\\b.{0,250}',
    ].join('|') +
    ')[\\s.:!…]*$',
  'iu',
);
const SIGN_UP_WORDS = [/\bsign(?:ing)?[- ]?up\b/i, /\bnewsletters?\b/i, /\binbox\b/i, /\bsubscri(?:be|ption)\b/i, /\bdigest\b/i, /\bfree updates\b/i, /\bemail alerts?\b/i];

export function isPageChrome(text: string): boolean {
  const t = fold(text);
  if (CHROME_LINE.test(t)) return true;
  // Newsletter and sign-up prompts: sign-up vocabulary in a short line, leading it or twice over.
  if (t.split(' ').length <= 30) {
    const hits = SIGN_UP_WORDS.filter((re) => re.test(t)).length;
    if (hits >= 2 || (hits === 1 && SIGN_UP_WORDS.some((re) => re.test(t) && t.search(re) === 0))) return true;
  }
  // Navigation: three or more short items separated by bars or bullets.
  if (t.length <= 300 && /^(?:[^|•·]{1,30}[|•·]\s*){2,}[^|•·]{1,30}$/u.test(t)) return true;
  return false;
}

/**
 * A picture's caption or credit: "FILE PHOTO: ...", "Photo: ...", or a line ending in an agency's
 * credit ("REUTERS/Jane Doe/File Photo", "(AP Photo/John Roe)", "Getty Images").
 */
function isPhotoCaption(text: string): boolean {
  const t = fold(text);
  return (
    /^(?:file\s+)?(?:photo|photograph|picture|image)s?\s*:/i.test(t) ||
    /(?:\b(?:REUTERS|AFP|EPA|Reuters|Bloomberg)\/[^\s/]+(?:\s[^\s/]+){0,3}(?:\/File Photo)?|\((?:AP|AFP|EPA)(?: Photo)?\/[^)]{2,60}\)|\bvia Getty Images|\bGetty Images)\.?$/u.test(t)
  );
}

/** A subhead or kicker in capitals; "U.S." and other short tokens are not. */
function isAllCaps(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 4 && !/\p{Ll}/u.test(text);
}

/** "1. Title of the cited work …" when the text carries the matching "[1]" marker elsewhere. */
function isFootnote(text: string, body: string, at: number): boolean {
  const m = /^\[?(\d{1,3})[.)\]]\s+\S/.exec(text);
  if (!m) return false;
  const marker = `[${m[1]}]`;
  const first = body.indexOf(marker);
  return first !== -1 && (first !== at || body.indexOf(marker, first + 1) !== -1);
}

/** The title alone, or followed by a separator and a standfirst ("Title --- Dek", "Title: dek"). */
function repeatsTitle(text: string, titleKey: string): boolean {
  const line = normalizeForCompare(text);
  if (line === titleKey) return true;
  return line.startsWith(titleKey) && /^\s*(?:-{1,3}|—|–|:|\|)\s/.test(line.slice(titleKey.length));
}

function normalizeForCompare(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/^["']+|["'.]+$/g, '');
}

function isShort(text: string): boolean {
  return text.length <= SHORT_CHARS && fold(text).split(' ').length <= SHORT_WORDS;
}

function startsLikeSentence(text: string): boolean {
  return /^[\p{Pi}\p{Ps}"'“‘«(\[]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text);
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const DATELINE = new RegExp(
  `^[\\p{Pi}"'“‘]?` +
    `(?:(?<place>${PLACE_WORD}(?: ${PLACE_WORD}){0,3})` +
    `(?:, ${PLACE_WORD}(?: ${PLACE_WORD}){0,2})*)?` +
    `(?<date>(?:,? )?${MONTH} \\d{1,2}(?:, \\d{4})?)?` +
    `(?<agency> \\(\\p{Lu}[\\p{L}&. -]{0,30}\\))?` +
    ` (?:--?|—|–) (?=\\S)`,
  'u',
);

/**
 * Length of a wire dateline opening the text ("Washington, March 3 (Reuters) - ", "LAGOS, Nigeria (AP) — ",
 * "WASHINGTON -- "), so that it is skipped: its date is when the story was filed, not an event.
 */
function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  if (!m?.groups) return 0;
  const { place, date, agency } = m.groups;
  // "Nov 4 (Reuters) - ": no place, but a date and an agency.
  if (!place) return date && agency ? m[0].length : 0;
  const placeInCapitals = !/\p{Ll}/u.test(place) && place.replace(/[^\p{L}]/gu, '').length >= 2;
  return placeInCapitals || date || agency ? m[0].length : 0;
}

function trailingLetters(s: string): string {
  let i = s.length;
  while (i > 0 && /\p{L}/u.test(s[i - 1]!)) i--;
  return s.slice(i);
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

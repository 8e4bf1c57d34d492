/**
 * Shared vocabulary for the temporal-expression matchers: regular-expression sources (strings,
 * to be composed) and the lookups that turn matched words into numbers.
 *
 * The matchers use the `i` flag so "Last week" and "last week" both match; proper nouns (month,
 * weekday and holiday names) are then required to be capitalised in code (`isCapitalised`), so
 * the verb "may", "march" or "fall" never reads as a date.
 */

export const MONTH_FULL =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Full names, or abbreviations with an optional full stop ("Nov.", "Nov", "Sept."). */
export const MONTH_ANY = `(?:${MONTH_FULL.slice(3, -1)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;

export const WEEKDAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** Day of the month, with an optional ordinal suffix, not followed by more digits or a time. */
// (Not the hour of "9:30"; but "April 3: ...", a chronology line's head.)
export const DAY_NUM = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d)';

/** A year written with four digits, 1800–2100. */
export const YEAR = '(?:1[89]\\d\\d|20\\d\\d|2100)';

export const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';

/** Counts used in "two days ago", "a week later". */
export const NUMBER =
  '(?:a\\s+couple\\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|\\d{1,3})';

/** Hedges before a count; all but the exact ones make the result approximate. */
export const HEDGE =
  '(?:just|only|exactly|precisely|about|around|roughly|nearly|almost|some|approximately|more\\s+than|less\\s+than|barely|over|under)';

export const EXACT_HEDGES = new Set(['just', 'only', 'exactly', 'precisely']);

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthNumber(name: string): number {
  const n = MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
  if (n === undefined) throw new Error(`not a month: ${name}`);
  return n;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** 0 = Sunday … 6 = Saturday. */
export function weekdayNumber(name: string): number {
  const n = WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase());
  if (n < 0) throw new Error(`not a weekday: ${name}`);
  return n;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

export function parseCount(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^a couple of$/.test(w)) return 2;
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

export function isCapitalised(word: string | undefined): boolean {
  return !!word && /^[A-Z]/.test(word);
}

/** "Nov. 16" → 16: strips the ordinal suffix. */
export function parseDayNumber(s: string): number {
  return Number.parseInt(s, 10);
}

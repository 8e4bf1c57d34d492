/**
 * Calendar dates written with a month name: "Nov. 16", "November 16, 2025", "16 Nov 2025",
 * "Tuesday, Nov. 18", "early Monday, Nov. 16", and day ranges "Oct. 24-26", "Nov. 16 to 18",
 * "between Nov. 16 and Nov. 18", "Nov. 30-Dec. 2", "24-26 October"; and a day alone, "on the 14th".
 *
 * Without a year the date takes the year that puts it nearest to the published day.
 */
import type { ResolvedDate } from '../types';
import { type Day, dayOf, isRealDate, nearestYear, partsOf, range, shiftMonth, singleDay } from './calendar';
import { type Candidate, type Env, scan } from './candidate';
import { DAY_NUM, isCapitalised, MONTH_ANY, monthNumber, parseDayNumber, WEEKDAY, YEAR } from './patterns';

/** Resolve month/date with an optional explicit year. */
export function monthDayToDay(month: number, date: number, year: number | undefined, env: Env): Day | undefined {
  const y = year ?? nearestYear(month, date, env.published, env.tense, env.marked);
  if (y === undefined || !isRealDate(y, month, date)) return undefined;
  return dayOf(y, month, date);
}

const NOT_AFTER_YEAR = '(?![\\d%]|[.,]\\d)';
const YEAR_SUFFIX = (g: string) => `(?:,?\\s+(?<${g}>${YEAR})${NOT_AFTER_YEAR})?`;
// "early Monday, Nov. 16": hours of the day, as with a weekday alone (not approximate).
const WD_PREFIX = `(?:(?:(?:early|late)\\s+(?:on\\s+)?)?(?<wd>${WEEKDAY}),?\\s+(?:the\\s+)?)?`;
const NO_NUMBER_BEFORE = '(?<![\\d$€£#.,:/-])';

const MONTH_FIRST = new RegExp(`\\b${WD_PREFIX}(?<m>${MONTH_ANY})\\s+(?<d>${DAY_NUM})${YEAR_SUFFIX('y')}`, 'gi');
const DAY_FIRST = new RegExp(
  `${WD_PREFIX}${NO_NUMBER_BEFORE}\\b(?<d>${DAY_NUM})\\s+(?:of\\s+)?(?<m>${MONTH_ANY})(?![a-z])${YEAR_SUFFIX('y')}`,
  'gi',
);

function single(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.m) || (g.wd && !isCapitalised(g.wd))) return undefined;
  const month = monthNumber(g.m!);
  const date = parseDayNumber(g.d!);
  const year = g.y ? Number(g.y) : undefined;
  if (year !== undefined && !isRealDate(year, month, date)) return undefined;
  if (year === undefined && date > 31) return undefined;
  return {
    kind: 'absolute',
    resolve: (env) => {
      const d = monthDayToDay(month, date, year, env);
      return d === undefined ? undefined : singleDay(d);
    },
  };
}

const CONNECTOR = '(?:\\s*(?<dash>[-–—])\\s*|,?\\s+(?<conj>to|through|thru|until|till|and)\\s+)';

const RANGE_MONTH_FIRST = new RegExp(
  `\\b(?:(?<pre>from|between)\\s+)?(?<m1>${MONTH_ANY})\\s+(?<d1>${DAY_NUM})${YEAR_SUFFIX('y1')}` +
    `${CONNECTOR}(?:(?<m2>${MONTH_ANY})\\s+)?(?<d2>${DAY_NUM})${YEAR_SUFFIX('y2')}`,
  'gi',
);

const RANGE_DAY_FIRST = new RegExp(
  `(?:\\b(?<pre>from|between)\\s+)?${NO_NUMBER_BEFORE}\\b(?<d1>${DAY_NUM})(?:\\s+(?:of\\s+)?(?<m1>${MONTH_ANY}))?` +
    `${CONNECTOR}(?<d2>${DAY_NUM})\\s+(?:of\\s+)?(?<m2>${MONTH_ANY})(?![a-z])${YEAR_SUFFIX('y2')}`,
  'gi',
);

function connectorOk(g: Record<string, string | undefined>): boolean {
  const pre = g.pre?.toLowerCase();
  const conj = g.conj?.toLowerCase();
  if (conj === 'and') return pre === 'between';
  if (pre === 'between') return conj === 'and' || !!g.dash;
  return true;
}

function dayRange(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const m1Name = g.m1 ?? g.m2;
  const m2Name = g.m2 ?? g.m1;
  if (!m1Name || !m2Name || !isCapitalised(m1Name) || !isCapitalised(m2Name)) return undefined;
  if (!connectorOk(g)) return undefined;
  const month1 = monthNumber(m1Name);
  const month2 = monthNumber(m2Name);
  const d1 = parseDayNumber(g.d1!);
  const d2 = parseDayNumber(g.d2!);
  if (month1 === month2 && d2 <= d1) return undefined;
  const wraps = month2 < month1; // Dec. 30 – Jan. 2
  const y2 = g.y2 ? Number(g.y2) : undefined;
  const y1 = g.y1 ? Number(g.y1) : y2 !== undefined ? y2 - (wraps ? 1 : 0) : undefined;
  return {
    kind: 'absolute',
    resolve: (env): ResolvedDate | undefined => {
      const startYear = y1 ?? nearestYear(month1, d1, env.published, env.tense, env.marked);
      if (startYear === undefined) return undefined;
      const endYear = y2 ?? startYear + (wraps ? 1 : 0);
      if (!isRealDate(startYear, month1, d1) || !isRealDate(endYear, month2, d2)) return undefined;
      const start = dayOf(startYear, month1, d1);
      const end = dayOf(endYear, month2, d2);
      if (end <= start) return undefined;
      return range(start, end, 'days');
    },
  };
}

/**
 * "on the 14th", as British outlets write a day of the month the reader is in: the month of the
 * published day, or the one before (past tense) or after (future) when that day is not yet (or
 * already) reached. Only after "on the" and not before a noun ("the 14th century", "the 3rd
 * Infantry Division", "on the 14th floor").
 */
const ORDINAL_DAY = /\bon\s+the\s+(?<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|and|but|when|after|before|at|in|for|with|as|while)\b)/giu;

function ordinalDay(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> {
  const date = Number(m.groups!.d);
  return {
    kind: 'absolute',
    resolve: (env) => {
      const p = partsOf(env.published);
      const step = env.tense === 'future' ? (date < p.date ? 1 : 0) : date > p.date ? -1 : 0;
      const { year, month } = shiftMonth(p.year, p.month, step);
      return isRealDate(year, month, date) ? singleDay(dayOf(year, month, date)) : undefined;
    },
  };
}

export function matchMonthDays(sentence: string): Candidate[] {
  return [
    ...scan(ORDINAL_DAY, sentence, ordinalDay),
    ...scan(MONTH_FIRST, sentence, single),
    ...scan(DAY_FIRST, sentence, single),
    ...scan(RANGE_MONTH_FIRST, sentence, dayRange),
    ...scan(RANGE_DAY_FIRST, sentence, dayRange),
  ];
}

/**
 * Calendar arithmetic on whole days, UTC only.
 *
 * A `Day` is the number of days since 1970-01-01 (UTC). Working on integers keeps every
 * computation free of local time-zone drift and daylight-saving surprises: the only place a
 * `Date` is used is `Date.UTC`, which never looks at the machine's zone.
 *
 * Weeks start on Sunday (US newsroom usage).
 */
import type { Precision } from '../../schema';
import type { ResolvedDate } from '../types';

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function isRealDate(year: number, month: number, date: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return false;
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
  return next - dayOf(year, month, 1);
}

export function parseIsoDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) throw new Error(`not a real calendar date: ${iso}`);
  return dayOf(y, mo, d);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Sunday that starts the week containing `day`. */
export function weekStartOf(day: Day): Day {
  return day - weekdayOf(day);
}

/** Shift a (year, month) pair by `n` months. */
export function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const zeroBased = year * 12 + (month - 1) + n;
  return { year: Math.floor(zeroBased / 12), month: (((zeroBased % 12) + 12) % 12) + 1 };
}

export function range(start: Day, end: Day, precision: Precision, approximate = false): ResolvedDate {
  return { start: isoOf(start), end: isoOf(end), precision, approximate };
}

export function singleDay(day: Day, approximate = false): ResolvedDate {
  return range(day, day, 'day', approximate);
}

export function weekRange(day: Day, approximate = false): ResolvedDate {
  const s = weekStartOf(day);
  return range(s, s + 6, 'week', approximate);
}

export function monthRange(year: number, month: number, approximate = false): ResolvedDate {
  return range(dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month)), 'month', approximate);
}

export function yearRange(year: number, approximate = false): ResolvedDate {
  return range(dayOf(year, 1, 1), dayOf(year, 12, 31), 'year', approximate);
}

/** How far a date may lie on the wrong side of the article for its verb's tense ("said on Nov. 30" in a Nov. 28 article). */
const TENSE_SLACK_DAYS = 31;

/**
 * The year that puts month/date nearest to `reference` (one of the years before, of, or after
 * it). Impossible dates (Feb 29 in a common year) are skipped; ties go to the earlier year for
 * past tense and the later for future. When a verb marks the tense (`marked`), a date well on
 * the other side of the reference moves a year: "announced on March 4", read in October, is
 * the March before, though the next one is nearer.
 */
export function nearestYear(
  month: number,
  date: number,
  reference: Day,
  tense: 'past' | 'future' = 'past',
  marked = false,
): number | undefined {
  const year = nearestYearAnyTense(month, date, reference, tense);
  if (year === undefined || !marked) return year;
  const delta = dayOf(year, month, date) - reference;
  const other = tense === 'past' && delta > TENSE_SLACK_DAYS ? year - 1 : tense === 'future' && delta < -TENSE_SLACK_DAYS ? year + 1 : year;
  return other !== year && isRealDate(other, month, date) ? other : year;
}

function nearestYearAnyTense(month: number, date: number, reference: Day, tense: 'past' | 'future'): number | undefined {
  const { year } = partsOf(reference);
  let best: { year: number; dist: number } | undefined;
  for (const y of [year - 1, year, year + 1, year - 2, year + 2]) {
    if (!isRealDate(y, month, date)) continue;
    const delta = dayOf(y, month, date) - reference;
    const dist = Math.abs(delta);
    const better =
      !best || dist < best.dist || (dist === best.dist && (tense === 'future' ? y > best.year : y < best.year));
    if (better) best = { year: y, dist };
  }
  return best?.year;
}

/**
 * The occurrence of a month (no year given) for a tense: past → the most recent one up to the
 * reference month (same month allowed); future → the next one from the reference month.
 */
export function monthForTense(month: number, reference: Day, tense: 'past' | 'future'): { year: number; month: number } {
  const p = partsOf(reference);
  if (tense === 'past') return { year: month <= p.month ? p.year : p.year - 1, month };
  return { year: month >= p.month ? p.year : p.year + 1, month };
}

/** Saturday–Sunday weekend whose Saturday is `saturday`. */
export function weekendFrom(saturday: Day): ResolvedDate {
  return range(saturday, saturday + 1, 'days');
}

/** The Saturday of the weekend containing or nearest to `day` (Wednesday ties go by tense). */
export function nearestWeekendSaturday(day: Day, tense: 'past' | 'future' = 'past'): Day {
  const wd = weekdayOf(day);
  if (wd === 6) return day;
  if (wd === 0) return day - 1;
  const back = wd + 1; // days back to the previous Saturday
  const ahead = 6 - wd; // days ahead to the next Saturday
  const backToSunday = wd; // distance to the previous Sunday
  if (backToSunday < ahead) return day - back;
  if (backToSunday > ahead) return day + ahead;
  return tense === 'future' ? day + ahead : day - back;
}

/** Whole days in a count of hours, rounded: "48 hours later" is two days on, "a few hours" none. */
export function hoursInDays(hours: number): number {
  return hours < 24 ? 0 : Math.round(hours / 24);
}

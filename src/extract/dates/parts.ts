/**
 * Vague parts of a week, a month or a year. Every result is approximate.
 *
 * Week (Sunday–Saturday):  early / start / beginning → Monday–Tuesday (a news week starts on
 *   Monday; Sunday reads as "the weekend"); mid / middle → Tuesday–Thursday; late →
 *   Thursday–Saturday; end → Friday–Saturday; first half → Sunday–Wednesday; second half →
 *   Wednesday–Saturday. "earlier this week" → Sunday to the day before the reference (on a
 *   Sunday: the six days before); "later this week" → the day after the reference to Saturday.
 *   Precision 'days'.
 * Month: early 1–10, mid 11–20, late 21–end (spec); start / beginning → first 7 days; end → last
 *   7 days; first half 1–15, second half 16–end; "earlier this month" → 1st to the day before the
 *   reference, "later this month" → the day after to the end. Precision 'days'.
 * Year: early → Jan–Apr, mid → May–Aug, late → Sep–Dec, start / beginning → January, end →
 *   December, halves → Jan–Jun / Jul–Dec, "earlier this year" / "later this year" → around the
 *   reference. Precision 'month': a vague part of a unit gets the precision of the next finer
 *   unit (as parts of months get 'days').
 */
import type { ResolvedDate } from '../types';
import { type Day, dayOf, daysInMonth, partsOf, range, weekStartOf } from './calendar';

export type Part = 'early' | 'earlier' | 'mid' | 'late' | 'later' | 'start' | 'end' | 'first-half' | 'second-half';

/** Normalise the written qualifier ("the beginning of", "mid-", "Early in") to a Part. */
export function partOf(words: string): Part | undefined {
  const w = words.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  if (/^early( in)?$/.test(w)) return 'early';
  if (/^earlier( in)?$/.test(w)) return 'earlier';
  if (/^(mid|the middle of|middle of)( in)?$/.test(w)) return 'mid';
  if (/^late( in)?$/.test(w)) return 'late';
  if (/^later( in)?$/.test(w)) return 'later';
  if (/^(the )?(start|beginning) of$/.test(w)) return 'start';
  if (/^(the )?end of$/.test(w)) return 'end';
  if (/^(the )?first half of$/.test(w)) return 'first-half';
  if (/^(the )?second half of$/.test(w)) return 'second-half';
  return undefined;
}

/**
 * `reference` is the day "earlier/later" count from when the period is the current one;
 * undefined for other periods, where earlier/later read as early/late.
 */
export function partOfWeek(anyDayOfWeek: Day, part: Part, reference?: Day): ResolvedDate {
  const s = weekStartOf(anyDayOfWeek);
  const r = (a: number, b: number) => range(s + a, s + b, 'days', true);
  switch (part) {
    case 'early':
    case 'start':
      return r(1, 2);
    case 'mid':
      return r(2, 4);
    case 'late':
      return r(4, 6);
    case 'end':
      return r(5, 6);
    case 'first-half':
      return r(0, 3);
    case 'second-half':
      return r(3, 6);
    case 'earlier':
      if (reference === undefined) return r(1, 2);
      return reference === s ? range(reference - 6, reference - 1, 'days', true) : range(s, reference - 1, 'days', true);
    case 'later':
      if (reference === undefined) return r(4, 6);
      return reference === s + 6 ? range(reference, reference, 'days', true) : range(reference + 1, s + 6, 'days', true);
  }
}

export function partOfMonth(year: number, month: number, part: Part, reference?: Day): ResolvedDate {
  const last = daysInMonth(year, month);
  const r = (a: number, b: number) => range(dayOf(year, month, a), dayOf(year, month, b), 'days', true);
  const inMonth = reference !== undefined && partsOf(reference).year === year && partsOf(reference).month === month;
  switch (part) {
    case 'early':
      return r(1, 10);
    case 'start':
      return r(1, 7);
    case 'mid':
      return r(11, 20);
    case 'late':
      return r(21, last);
    case 'end':
      return r(last - 6, last);
    case 'first-half':
      return r(1, 15);
    case 'second-half':
      return r(16, last);
    case 'earlier': {
      if (!inMonth) return r(1, 10);
      const d = partsOf(reference!).date;
      return r(1, Math.max(1, d - 1));
    }
    case 'later': {
      if (!inMonth) return r(21, last);
      const d = partsOf(reference!).date;
      return r(Math.min(last, d + 1), last);
    }
  }
}

export function partOfYear(year: number, part: Part, reference?: Day): ResolvedDate {
  const m = (a: number, b: number) => range(dayOf(year, a, 1), dayOf(year, b, daysInMonth(year, b)), 'month', true);
  const inYear = reference !== undefined && partsOf(reference).year === year;
  switch (part) {
    case 'early':
      return m(1, 4);
    case 'start':
      return m(1, 1);
    case 'mid':
      return m(5, 8);
    case 'late':
      return m(9, 12);
    case 'end':
      return m(12, 12);
    case 'first-half':
      return m(1, 6);
    case 'second-half':
      return m(7, 12);
    case 'earlier': {
      if (!inYear) return m(1, 4);
      const start = dayOf(year, 1, 1);
      return range(start, Math.max(start, reference! - 1), 'month', true);
    }
    case 'later': {
      if (!inYear) return m(9, 12);
      const end = dayOf(year, 12, 31);
      return range(Math.min(end, reference! + 1), end, 'month', true);
    }
  }
}

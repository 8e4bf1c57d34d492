/**
 * Holidays, computed for any year from their rule (no tables of dates).
 * US federal/observance rules; Easter by the anonymous Gregorian computus.
 */
import { type Day, dayOf, daysInMonth, partsOf, weekdayOf } from './calendar';
import type { Tense } from './candidate';

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Day {
  const first = dayOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

export function lastWeekdayOfMonth(year: number, month: number, weekday: number): Day {
  const last = dayOf(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Easter Sunday (Western churches), anonymous Gregorian algorithm. */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date: number = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

const thanksgiving = (y: number) => nthWeekdayOfMonth(y, 11, 4, 4);

export interface HolidayDef {
  key: string;
  /** Regular-expression source for the names, longest spellings first. */
  names: string;
  date: (year: number) => Day;
}

const APOS = "['’]";

export const HOLIDAYS: HolidayDef[] = [
  { key: 'christmas-eve', names: 'Christmas\\s+Eve', date: (y) => dayOf(y, 12, 24) },
  { key: 'christmas', names: 'Christmas(?:\\s+Day)?', date: (y) => dayOf(y, 12, 25) },
  { key: 'new-years-eve', names: `New\\s+Year${APOS}?s\\s+Eve`, date: (y) => dayOf(y, 12, 31) },
  { key: 'new-years-day', names: `New\\s+Year${APOS}?s(?:\\s+Day)?`, date: (y) => dayOf(y, 1, 1) },
  { key: 'thanksgiving', names: 'Thanksgiving(?:\\s+Day)?', date: thanksgiving },
  { key: 'black-friday', names: 'Black\\s+Friday', date: (y) => thanksgiving(y) + 1 },
  { key: 'cyber-monday', names: 'Cyber\\s+Monday', date: (y) => thanksgiving(y) + 4 },
  { key: 'halloween', names: 'Halloween', date: (y) => dayOf(y, 10, 31) },
  {
    key: 'independence-day',
    names: 'Independence\\s+Day|July\\s+Fourth|Fourth\\s+of\\s+July',
    date: (y) => dayOf(y, 7, 4),
  },
  { key: 'memorial-day', names: 'Memorial\\s+Day', date: (y) => lastWeekdayOfMonth(y, 5, 1) },
  { key: 'labor-day', names: 'Labor\\s+Day', date: (y) => nthWeekdayOfMonth(y, 9, 1, 1) },
  { key: 'easter-monday', names: 'Easter\\s+Monday', date: (y) => easterSunday(y) + 1 },
  { key: 'easter', names: 'Easter(?:\\s+Sunday)?', date: easterSunday },
  { key: 'good-friday', names: 'Good\\s+Friday', date: (y) => easterSunday(y) - 2 },
  { key: 'valentines-day', names: `(?:St\\.?\\s+|Saint\\s+)?Valentine${APOS}?s\\s+Day`, date: (y) => dayOf(y, 2, 14) },
  {
    key: 'mlk-day',
    names: 'Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.?)?\\s+Day|MLK\\s+Day',
    date: (y) => nthWeekdayOfMonth(y, 1, 1, 3),
  },
  {
    key: 'presidents-day',
    names: `Presidents?${APOS}?\\s+Day|President${APOS}s\\s+Day|Washington${APOS}s\\s+Birthday`,
    date: (y) => nthWeekdayOfMonth(y, 2, 1, 3),
  },
  { key: 'veterans-day', names: `Veterans?${APOS}?\\s+Day|Veteran${APOS}s\\s+Day`, date: (y) => dayOf(y, 11, 11) },
  { key: 'juneteenth', names: 'Juneteenth', date: (y) => dayOf(y, 6, 19) },
  { key: 'columbus-day', names: `Columbus\\s+Day|Indigenous\\s+Peoples${APOS}?\\s+Day`, date: (y) => nthWeekdayOfMonth(y, 10, 1, 2) },
  { key: 'st-patricks-day', names: `(?:St\\.?|Saint)\\s+Patrick${APOS}s\\s+Day`, date: (y) => dayOf(y, 3, 17) },
  { key: 'mothers-day', names: `Mother${APOS}s\\s+Day`, date: (y) => nthWeekdayOfMonth(y, 5, 0, 2) },
  { key: 'fathers-day', names: `Father${APOS}s\\s+Day`, date: (y) => nthWeekdayOfMonth(y, 6, 0, 3) },
  {
    // US general elections: the Tuesday after the first Monday of November.
    key: 'election-day',
    names: 'Election\\s+Day',
    date: (y) => nthWeekdayOfMonth(y, 11, 1, 1) + 1,
  },
];

/** Regular-expression source matching any holiday name. */
export const HOLIDAY = `(?:${HOLIDAYS.map((h) => h.names).join('|')})`;

export function lookupHoliday(text: string): HolidayDef | undefined {
  const t = text.trim();
  return HOLIDAYS.find((h) => new RegExp(`^(?:${h.names})$`, 'i').test(t));
}

/**
 * The occurrence nearest to `reference`. When the previous and the next occurrence are about
 * equally far (within two weeks of each other), the tense decides.
 */
export function nearestOccurrence(def: HolidayDef, reference: Day, tense: Tense): Day {
  const { year } = partsOf(reference);
  const days = [year - 1, year, year + 1].map(def.date);
  const prev = Math.max(...days.filter((d) => d <= reference));
  const next = Math.min(...days.filter((d) => d >= reference));
  const dPrev = reference - prev;
  const dNext = next - reference;
  if (Math.abs(dPrev - dNext) <= 14) return tense === 'future' ? next : prev;
  return dPrev < dNext ? prev : next;
}

/** The occurrence strictly before (last) or after (next) the reference, or in its year (this). */
export function occurrenceFor(def: HolidayDef, reference: Day, rel: 'last' | 'next' | 'this'): Day {
  const { year } = partsOf(reference);
  if (rel === 'this') return def.date(year);
  const days = [year - 1, year, year + 1].map(def.date);
  return rel === 'last' ? Math.max(...days.filter((d) => d < reference)) : Math.min(...days.filter((d) => d > reference));
}

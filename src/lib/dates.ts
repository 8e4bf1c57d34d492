/**
 * Calendar dates for the pages and the timeline: pure functions on `YYYY-MM-DD` strings and UTC
 * milliseconds (an event's dates are calendar days, never instants, so everything is UTC).
 */
import type { Precision } from '../schema';

export const DAY = 86_400_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Dated {
  start: string;
  end?: string | undefined;
  precision: Precision;
  approximate?: boolean | undefined;
}

/** Whether `s` is a calendar date written `YYYY-MM-DD` that exists (`2025-02-30` is not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(dayMs(s));
  return d.getUTCFullYear() === Number(s.slice(0, 4)) && d.toISOString().slice(0, 10) === s;
}

/** `2025-11-16` → UTC midnight in ms. */
export function dayMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** UTC midnight in ms → `2025-11-16`. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The days an event covers as `[first day's midnight, midnight after the last day)`. */
export function eventInterval(e: Dated): [number, number] {
  return [dayMs(e.start), dayMs(e.end ?? e.start) + DAY];
}

/** Drawn as uncertain: the words are vague, or the date is only known to the week, month or year. */
export function isUncertain(e: Dated): boolean {
  return e.approximate === true || e.precision === 'week' || e.precision === 'month' || e.precision === 'year';
}

const PRECISION_TEXT: Record<Precision, string> = {
  day: 'to the day',
  days: 'a span of days',
  week: 'within a week',
  month: 'within a month',
  year: 'within a year',
};

/** How precisely the date is known, in words: "within a month". */
export function precisionText(e: Dated): string {
  return PRECISION_TEXT[e.precision] + (e.approximate ? ', approximate' : '');
}

/** `2025-11-16` → `16 Nov 2025` (or `16 Nov` without the year). */
export function formatDay(iso: string, withYear = true): string {
  const d = Number(iso.slice(8, 10));
  const m = MONTHS[Number(iso.slice(5, 7)) - 1];
  return withYear ? `${d} ${m} ${iso.slice(0, 4)}` : `${d} ${m}`;
}

function lastDayOfMonth(iso: string): number {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
}

/**
 * The event's date, normalised: `16 Nov 2025`, `22–24 Nov 2025`, `30 Nov – 2 Dec 2025`,
 * `Oct 2025` (a whole month), `2022` (a whole year); `c. ` in front when the words were vague.
 */
export function formatEventDate(e: Omit<Dated, 'precision'> & { precision?: Precision }): string {
  const s = e.start;
  const t = e.end ?? e.start;
  let text: string;
  if (s.slice(0, 4) === t.slice(0, 4) && s.slice(5) === '01-01' && t.slice(5) === '12-31') text = s.slice(0, 4);
  else if (s.slice(0, 7) === t.slice(0, 7) && s.slice(8) === '01' && Number(t.slice(8)) === lastDayOfMonth(t) && s !== t) {
    text = `${MONTHS[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
  } else if (s === t) text = formatDay(s);
  else if (s.slice(0, 7) === t.slice(0, 7)) text = `${Number(s.slice(8))}–${formatDay(t)}`;
  else if (s.slice(0, 4) === t.slice(0, 4)) text = `${formatDay(s, false)} – ${formatDay(t)}`;
  else text = `${formatDay(s)} – ${formatDay(t)}`;
  return e.approximate ? `c. ${text}` : text;
}

export type TickUnit = 'day' | 'week' | 'month' | 'year';
export interface TickSpec {
  unit: TickUnit;
  step: number;
}

const TICK_SPECS: (TickSpec & { days: number })[] = [
  { unit: 'day', step: 1, days: 1 },
  { unit: 'day', step: 2, days: 2 },
  { unit: 'week', step: 1, days: 7 },
  { unit: 'week', step: 2, days: 14 },
  { unit: 'month', step: 1, days: 30.4 },
  { unit: 'month', step: 3, days: 91 },
  { unit: 'month', step: 6, days: 182 },
  { unit: 'year', step: 1, days: 365 },
  { unit: 'year', step: 2, days: 730 },
  { unit: 'year', step: 5, days: 1826 },
  { unit: 'year', step: 10, days: 3652 },
  { unit: 'year', step: 25, days: 9131 },
  { unit: 'year', step: 50, days: 18262 },
  { unit: 'year', step: 100, days: 36524 },
];

/**
 * The finest calendar interval whose ticks stay at least `minSpacing` pixels apart when `spanMs`
 * of time is drawn over `pixels`: days, then weeks, months, quarters, years, decades.
 */
export function chooseTickSpec(spanMs: number, pixels: number, minSpacing = 70): TickSpec {
  const pxPerDay = pixels / Math.max(spanMs / DAY, 1e-9);
  const spec = TICK_SPECS.find((s) => s.days * pxPerDay >= minSpacing) ?? TICK_SPECS[TICK_SPECS.length - 1]!;
  return { unit: spec.unit, step: spec.step };
}

/** Tick positions (UTC ms) within `[startMs, endMs]`, aligned to the calendar (weeks on Mondays). */
export function tickValues(startMs: number, endMs: number, spec: TickSpec): number[] {
  const out: number[] = [];
  if (!(endMs >= startMs)) return out;
  const d = new Date(startMs);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  if (spec.unit === 'year') {
    y = Math.floor(y / spec.step) * spec.step;
    for (let t = Date.UTC(y, 0, 1); t <= endMs; y += spec.step, t = Date.UTC(y, 0, 1)) if (t >= startMs) out.push(t);
  } else if (spec.unit === 'month') {
    m = Math.floor(m / spec.step) * spec.step;
    for (let t = Date.UTC(y, m, 1); t <= endMs; m += spec.step, t = Date.UTC(y, m, 1)) if (t >= startMs) out.push(t);
  } else if (spec.unit === 'week') {
    // 1970-01-05 was a Monday: count whole weeks from it so steps of two stay put while panning.
    const monday0 = 4 * DAY;
    const weekMs = 7 * DAY * spec.step;
    let t = monday0 + Math.floor((Math.floor(startMs / DAY) * DAY - monday0) / weekMs) * weekMs;
    for (; t <= endMs; t += weekMs) if (t >= startMs) out.push(t);
  } else {
    let t = Math.floor(startMs / DAY) * DAY;
    for (; t <= endMs; t += DAY) {
      // Every n-th day counted from 1970: evenly spaced across month ends, stable while panning.
      if (t >= startMs && Math.round(t / DAY) % spec.step === 0) out.push(t);
    }
  }
  return out;
}

/** A tick's label: `16 Nov` for days and weeks; `Nov` for months, `2026` on a January; `2025`. */
export function formatTick(ms: number, spec: TickSpec): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (spec.unit === 'year') return String(y);
  if (spec.unit === 'month') return m === 0 ? String(y) : MONTHS[m]!;
  return `${d.getUTCDate()} ${MONTHS[m]}`;
}

/** A visible stretch of time in words: `3 Nov – 12 Dec 2025`. */
export function formatRange(startMs: number, endMs: number): string {
  const s = isoDay(startMs);
  const t = isoDay(Math.max(startMs, endMs - 1));
  if (s === t) return formatDay(s);
  if (s.slice(0, 4) === t.slice(0, 4)) return `${formatDay(s, false)} – ${formatDay(t)}`;
  return `${formatDay(s)} – ${formatDay(t)}`;
}

import { describe, expect, it } from 'vitest';
import {
  daysInMonth, isoOf, monthForTense, nearestWeekendSaturday, nearestYear, parseIsoDay, shiftMonth, weekdayOf, weekRange,
  weekStartOf,
} from './calendar';
import { easterSunday, HOLIDAYS, lastWeekdayOfMonth, lookupHoliday, nearestOccurrence, nthWeekdayOfMonth } from './holidays';
import { partOfMonth, partOfWeek, partOfYear } from './parts';
import { resolveWeekday } from './weekdays';

const day = parseIsoDay;
const holiday = (key: string, year: number) => isoOf(HOLIDAYS.find((h) => h.key === key)!.date(year));

describe('calendar (UTC integer days)', () => {
  it('round-trips ISO dates and refuses impossible ones', () => {
    for (const s of ['1800-01-01', '1970-01-01', '2024-02-29', '2025-12-31', '2100-12-31']) expect(isoOf(day(s))).toBe(s);
    expect(() => day('2025-02-29')).toThrow();
    expect(() => day('2025-13-01')).toThrow();
  });

  it('knows weekdays and Sunday-start weeks', () => {
    expect(weekdayOf(day('2025-11-30'))).toBe(0);
    expect(weekdayOf(day('2025-11-22'))).toBe(6);
    expect(isoOf(weekStartOf(day('2025-11-30')))).toBe('2025-11-30');
    expect(weekRange(day('2025-12-31'))).toMatchObject({ start: '2025-12-28', end: '2026-01-03', precision: 'week' });
  });

  it('counts month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(shiftMonth(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(shiftMonth(2025, 12, 1)).toEqual({ year: 2026, month: 1 });
  });

  it('picks the nearest year for a month-day, skipping impossible dates', () => {
    expect(nearestYear(12, 2, day('2026-01-05'))).toBe(2025);
    expect(nearestYear(1, 10, day('2025-12-20'))).toBe(2026);
    expect(nearestYear(2, 29, day('2025-06-01'))).toBe(2024);
  });

  it('picks months by tense', () => {
    expect(monthForTense(2, day('2025-11-22'), 'past')).toEqual({ year: 2025, month: 2 });
    expect(monthForTense(2, day('2025-11-22'), 'future')).toEqual({ year: 2026, month: 2 });
    expect(monthForTense(11, day('2025-11-22'), 'future')).toEqual({ year: 2025, month: 11 });
  });

  it('finds the weekend nearest a day', () => {
    expect(isoOf(nearestWeekendSaturday(day('2025-11-16')))).toBe('2025-11-15');
    expect(isoOf(nearestWeekendSaturday(day('2025-11-18')))).toBe('2025-11-15');
    expect(isoOf(nearestWeekendSaturday(day('2025-11-20')))).toBe('2025-11-22');
  });
});

describe('weekdays', () => {
  const thu = day('2025-12-04');
  it('resolves by mode, same day allowed for past/future only', () => {
    expect(isoOf(resolveWeekday(thu, 4, 'past'))).toBe('2025-12-04');
    expect(isoOf(resolveWeekday(thu, 4, 'future'))).toBe('2025-12-04');
    expect(isoOf(resolveWeekday(thu, 4, 'last'))).toBe('2025-11-27');
    expect(isoOf(resolveWeekday(thu, 4, 'next'))).toBe('2025-12-11');
    expect(isoOf(resolveWeekday(thu, 2, 'past'))).toBe('2025-12-02');
    expect(isoOf(resolveWeekday(thu, 1, 'future'))).toBe('2025-12-08');
  });
});

describe('holidays', () => {
  it('computes Easter by the computus', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21', 2024: '2024-03-31',
      2025: '2025-04-20', 2026: '2026-04-05', 2038: '2038-04-25',
    };
    for (const [y, iso] of Object.entries(known)) expect(isoOf(easterSunday(Number(y)))).toBe(iso);
    expect(holiday('good-friday', 2024)).toBe('2024-03-29');
  });

  it('computes rule-based US holidays', () => {
    expect(holiday('thanksgiving', 2020)).toBe('2020-11-26');
    expect(holiday('thanksgiving', 2023)).toBe('2023-11-23');
    expect(holiday('thanksgiving', 2024)).toBe('2024-11-28');
    expect(holiday('thanksgiving', 2026)).toBe('2026-11-26');
    expect(holiday('black-friday', 2025)).toBe('2025-11-28');
    expect(holiday('mlk-day', 2024)).toBe('2024-01-15');
    expect(holiday('presidents-day', 2024)).toBe('2024-02-19');
    expect(holiday('memorial-day', 2025)).toBe('2025-05-26');
    expect(holiday('labor-day', 2024)).toBe('2024-09-02');
    expect(holiday('mothers-day', 2025)).toBe('2025-05-11');
    expect(holiday('election-day', 2024)).toBe('2024-11-05');
    expect(holiday('election-day', 2028)).toBe('2028-11-07');
    expect(isoOf(nthWeekdayOfMonth(2025, 9, 1, 1))).toBe('2025-09-01');
    expect(isoOf(lastWeekdayOfMonth(2024, 5, 1))).toBe('2024-05-27');
  });

  it('looks holidays up by name and picks the nearest occurrence', () => {
    expect(lookupHoliday("New Year's Eve")?.key).toBe('new-years-eve');
    expect(lookupHoliday('Fourth of July')?.key).toBe('independence-day');
    const xmas = lookupHoliday('Christmas')!;
    expect(isoOf(nearestOccurrence(xmas, day('2026-01-10'), 'past'))).toBe('2025-12-25');
    expect(isoOf(nearestOccurrence(xmas, day('2025-07-01'), 'future'))).toBe('2025-12-25');
    expect(isoOf(nearestOccurrence(xmas, day('2025-07-01'), 'past'))).toBe('2024-12-25');
  });
});

describe('vague parts', () => {
  const sat = day('2025-11-22');
  it('splits weeks, months and years', () => {
    expect(partOfWeek(sat, 'early')).toMatchObject({ start: '2025-11-17', end: '2025-11-18', approximate: true });
    expect(partOfWeek(sat, 'earlier', sat)).toMatchObject({ start: '2025-11-16', end: '2025-11-21' });
    expect(partOfWeek(day('2025-11-30'), 'later', day('2025-11-30'))).toMatchObject({ start: '2025-12-01', end: '2025-12-06' });
    expect(partOfMonth(2024, 2, 'late')).toMatchObject({ start: '2024-02-21', end: '2024-02-29' });
    expect(partOfMonth(2025, 10, 'end')).toMatchObject({ start: '2025-10-25', end: '2025-10-31' });
    expect(partOfYear(2024, 'mid')).toMatchObject({ start: '2024-05-01', end: '2024-08-31', precision: 'month' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  DAY,
  chooseTickSpec,
  dayMs,
  eventInterval,
  formatDay,
  formatEventDate,
  formatRange,
  formatTick,
  isIsoDate,
  isUncertain,
  precisionText,
  tickValues,
} from './dates';

describe('dates', () => {
  it('tells real YYYY-MM-DD dates from the rest', () => {
    for (const ok of ['2025-11-16', '2024-02-29', '1999-12-31', '2100-01-01']) expect(isIsoDate(ok), ok).toBe(true);
    for (const bad of ['2025-02-29', '2025-11-31', '2025-13-01', '2025-00-10', '2025-1-16', '25-11-16', '2025-11-16T00:00', '2025/11/16', '', '0000-01-01', '0099-01-01']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('reads calendar days as UTC', () => {
    expect(dayMs('2025-11-16')).toBe(Date.UTC(2025, 10, 16));
    expect(eventInterval({ start: '2025-11-16', precision: 'day' })).toEqual([Date.UTC(2025, 10, 16), Date.UTC(2025, 10, 17)]);
    expect(eventInterval({ start: '2025-11-30', end: '2025-12-02', precision: 'days' })).toEqual([
      Date.UTC(2025, 10, 30),
      Date.UTC(2025, 11, 3),
    ]);
  });

  it('normalises event dates', () => {
    expect(formatEventDate({ start: '2025-11-16', precision: 'day' })).toBe('16 Nov 2025');
    expect(formatEventDate({ start: '2025-11-22', end: '2025-11-24', precision: 'days' })).toBe('22–24 Nov 2025');
    expect(formatEventDate({ start: '2025-11-30', end: '2025-12-02', precision: 'days' })).toBe('30 Nov – 2 Dec 2025');
    expect(formatEventDate({ start: '2024-12-30', end: '2025-01-02', precision: 'days' })).toBe('30 Dec 2024 – 2 Jan 2025');
    expect(formatEventDate({ start: '2025-10-01', end: '2025-10-31', precision: 'month' })).toBe('Oct 2025');
    expect(formatEventDate({ start: '2024-02-01', end: '2024-02-29', precision: 'month' })).toBe('Feb 2024');
    expect(formatEventDate({ start: '2022-01-01', end: '2022-12-31', precision: 'year' })).toBe('2022');
    expect(formatEventDate({ start: '2025-10-24', end: '2025-10-31', precision: 'week', approximate: true })).toBe('c. 24–31 Oct 2025');
    expect(formatDay('2025-01-05', false)).toBe('5 Jan');
  });

  it('tells uncertain dates apart', () => {
    expect(isUncertain({ start: '2025-11-16', precision: 'day' })).toBe(false);
    expect(isUncertain({ start: '2025-11-16', end: '2025-11-18', precision: 'days' })).toBe(false);
    expect(isUncertain({ start: '2025-11-16', precision: 'day', approximate: true })).toBe(true);
    for (const precision of ['week', 'month', 'year'] as const) expect(isUncertain({ start: '2025-11-16', precision })).toBe(true);
    expect(precisionText({ start: '2025-10-01', precision: 'month', approximate: true })).toBe('within a month, approximate');
  });

  it('chooses ticks from days to years as the view widens', () => {
    expect(chooseTickSpec(7 * DAY, 1000)).toEqual({ unit: 'day', step: 1 });
    expect(chooseTickSpec(20 * DAY, 1000)).toEqual({ unit: 'day', step: 2 });
    expect(chooseTickSpec(60 * DAY, 1000)).toEqual({ unit: 'week', step: 1 });
    expect(chooseTickSpec(365 * DAY, 1000)).toEqual({ unit: 'month', step: 1 });
    expect(chooseTickSpec(2 * 365 * DAY, 1000)).toEqual({ unit: 'month', step: 3 });
    expect(chooseTickSpec(4 * 365 * DAY, 1000)).toEqual({ unit: 'month', step: 6 });
    expect(chooseTickSpec(10 * 365 * DAY, 1000)).toEqual({ unit: 'year', step: 1 });
    expect(chooseTickSpec(10 * 365 * DAY, 300)).toEqual({ unit: 'year', step: 5 });
    expect(chooseTickSpec(1e6 * 365 * DAY, 300).unit).toBe('year');
  });

  it('places ticks on calendar boundaries and never closer than the spacing asked for', () => {
    const s = Date.UTC(2025, 9, 20);
    const e = Date.UTC(2025, 11, 10);
    const months = tickValues(s, e, { unit: 'month', step: 1 });
    expect(months).toEqual([Date.UTC(2025, 10, 1), Date.UTC(2025, 11, 1)]);
    const weeks = tickValues(s, e, { unit: 'week', step: 1 });
    expect(weeks.every((t) => new Date(t).getUTCDay() === 1)).toBe(true);
    expect(weeks[0]).toBe(Date.UTC(2025, 9, 20));
    const days = tickValues(s, s + 10 * DAY, { unit: 'day', step: 2 });
    expect(days.length).toBe(5);
    expect(days.every((t, i) => i === 0 || t - days[i - 1]! === 2 * DAY)).toBe(true);
    expect(tickValues(Date.UTC(2019, 5, 1), Date.UTC(2031, 0, 1), { unit: 'year', step: 5 })).toEqual([
      Date.UTC(2020, 0, 1),
      Date.UTC(2025, 0, 1),
      Date.UTC(2030, 0, 1),
    ]);
    for (const [span, px] of [[5, 800], [40, 320], [300, 600], [3000, 1200]] as const) {
      const spec = chooseTickSpec(span * DAY, px);
      const ticks = tickValues(s, s + span * DAY, spec);
      const gaps = ticks.slice(1).map((t, i) => ((t - ticks[i]!) / (span * DAY)) * px);
      expect(Math.min(...gaps, Infinity)).toBeGreaterThanOrEqual(60);
    }
  });

  it('labels ticks for their level', () => {
    expect(formatTick(Date.UTC(2025, 10, 16), { unit: 'day', step: 1 })).toBe('16 Nov');
    expect(formatTick(Date.UTC(2025, 10, 1), { unit: 'month', step: 1 })).toBe('Nov');
    expect(formatTick(Date.UTC(2026, 0, 1), { unit: 'month', step: 1 })).toBe('2026');
    expect(formatTick(Date.UTC(2026, 0, 1), { unit: 'year', step: 1 })).toBe('2026');
    expect(formatRange(Date.UTC(2025, 10, 3), Date.UTC(2025, 11, 13))).toBe('3 Nov – 12 Dec 2025');
  });
});

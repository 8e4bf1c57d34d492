/**
 * Holidays and expressions built on a holiday or a calendar date:
 *   - "Thanksgiving", "Christmas Eve", "Easter 2024", "last Christmas",
 *     "Thursday's Thanksgiving holiday" (a weekday qualifying a holiday is one expression);
 *   - "Thanksgiving weekend" (Thu/Fri holiday → to the Sunday after; Monday holiday → from the
 *     Saturday before; Easter → Good Friday to Sunday), "Christmas week" (its Sun–Sat week);
 *   - "<the day|the night|the weekend|the week|Monday> <before|after|of> <holiday or date>":
 *     "the weekend before Halloween", "the day after Thanksgiving", "the week before Christmas"
 *     (the Sun–Sat week before the holiday's week), "the Monday after Easter";
 *   - "<N> days/weeks <before|after> <holiday or date>".
 * A holiday without a year is the occurrence nearest the published day (tense breaks near-ties).
 */
import type { ResolvedDate } from '../types';
import { type Day, nearestWeekendSaturday, range, singleDay, weekdayOf, weekendFrom, weekRange } from './calendar';
import { before, type Candidate, type Env, scan } from './candidate';
import { HOLIDAY, type HolidayDef, lookupHoliday, nearestOccurrence, occurrenceFor } from './holidays';
import { monthDayToDay } from './match-monthday';
import {
  DAY_NUM, EXACT_HEDGES, HEDGE, isCapitalised, MONTH_ANY, monthNumber, NUMBER, parseCount, parseDayNumber, WEEKDAY,
  weekdayNumber, YEAR,
} from './patterns';
import { resolveWeekday, weekdayInWeekOf } from './weekdays';

const YEAR_AFTER = (g: string) => `(?:,?\\s+(?:of\\s+)?(?<${g}>${YEAR})(?![\\w%]|[.,]\\d))?`;

const PLAIN = new RegExp(
  `\\b(?:(?<wd>${WEEKDAY})['’]s\\s+)?(?:(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+)?(?<h>${HOLIDAY})(?![\\w'’])` +
    `(?<suf>\\s+(?:holiday\\s+)?weekend\\b|\\s+week\\b|\\s+holiday\\b(?!\\s+(?:season|period)))?${YEAR_AFTER('y')}`,
  'gi',
);

function refused(def: HolidayDef, sentence: string, index: number): boolean {
  const prev = before(sentence, index, 30);
  if (def.key === 'independence-day') {
    const owner = /\b([\w.]+)['’]s\s+$/.exec(prev)?.[1];
    if (owner && !/^(?:America|U\.?S\.?|nation|country)$/i.test(owner)) return true;
  }
  if (def.key === 'thanksgiving' && /\bCanad(?:a['’]s|ian)\s+$/i.test(prev)) return true;
  return false;
}

/** "the Good Friday Agreement", "Easter Island", "the Tet Offensive": part of a name. */
function partOfName(sentence: string, end: number): boolean {
  return /^\s+(?:Agreement|Accords?|Island|Islands|Offensive|Rising|Uprising|Massacre|Act|Proclamation|Storm|Flood)\b/.test(
    sentence.slice(end),
  );
}

function occurrence(def: HolidayDef, rel: string | undefined, year: number | undefined, env: Env): Day {
  if (year !== undefined) return def.date(year);
  if (rel === 'last' || rel === 'this past') return occurrenceFor(def, env.published, 'last');
  if (rel === 'next' || rel === 'this coming') return occurrenceFor(def, env.published, 'next');
  if (rel === 'this') return occurrenceFor(def, env.published, 'this');
  return nearestOccurrence(def, env.published, env.tense);
}

export function holidayWeekend(def: HolidayDef, day: Day, env: Env): ResolvedDate {
  if (def.key === 'easter') return range(day - 2, day, 'days');
  const wd = weekdayOf(day);
  if (wd === 4 || wd === 5) return range(day, day + (7 - wd), 'days');
  if (wd === 1) return range(day - 2, day, 'days');
  return weekendFrom(nearestWeekendSaturday(day, env.tense));
}

function plain(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.h) || (g.wd && !isCapitalised(g.wd))) return undefined;
  const def = lookupHoliday(g.h!);
  if (!def || refused(def, sentence, m.index) || partOfName(sentence, m.index + m[0].length)) return undefined;
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
  const year = g.y ? Number(g.y) : undefined;
  const suffix = g.suf?.trim().toLowerCase() ?? '';
  return {
    kind: 'holiday',
    resolve: (env) => {
      const day = occurrence(def, rel, year, env);
      if (suffix.endsWith('weekend')) return holidayWeekend(def, day, env);
      if (suffix === 'week') return weekRange(day);
      return singleDay(day);
    },
  };
}

const TARGET = `(?<t>${HOLIDAY}${YEAR_AFTER('ty')}|${MONTH_ANY}\\s+${DAY_NUM}${YEAR_AFTER('tdy')})`;

/** Resolve the holiday or month-day a composite expression is built on. */
function targetDay(text: string, env: Env): { day: Day; def?: HolidayDef } | undefined {
  const md = new RegExp(`^(?<m>${MONTH_ANY})\\s+(?<d>${DAY_NUM})(?:,?\\s+(?<y>${YEAR}))?$`, 'i').exec(text);
  if (md) {
    const day = monthDayToDay(monthNumber(md.groups!.m!), parseDayNumber(md.groups!.d!), md.groups!.y ? Number(md.groups!.y) : undefined, env);
    return day === undefined ? undefined : { day };
  }
  const hy = /^(?<h>.*?)(?:,?\s+(?:of\s+)?(?<y>\d{4}))?$/.exec(text)!;
  const def = lookupHoliday(hy.groups!.h!);
  if (!def) return undefined;
  return { day: occurrence(def, undefined, hy.groups!.y ? Number(hy.groups!.y) : undefined, env), def };
}

const DIRECTION = '(?<dir>before|after|following|preceding|prior\\s+to|ahead\\s+of|leading\\s+up\\s+to|of)';

const COMPOSITE = new RegExp(
  `\\b(?:the\\s+)?(?<unit>weekend|day|night|morning|afternoon|evening|week|${WEEKDAY})\\s+${DIRECTION}\\s+(?:the\\s+)?${TARGET}`,
  'gi',
);

type Direction = -1 | 0 | 1;

function directionOf(words: string): Direction {
  const w = words.toLowerCase();
  if (w === 'of') return 0;
  return /^(?:after|following)$/.test(w) ? 1 : -1;
}

function composite(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const t = g.t!;
  if (!isCapitalised(t)) return undefined;
  const isHoliday = !!lookupHoliday(t.replace(/,?\s+(?:of\s+)?\d{4}$/, ''));
  if (isHoliday && refused(lookupHoliday(t.replace(/,?\s+(?:of\s+)?\d{4}$/, ''))!, sentence, m.index + m[0].length - t.length)) {
    return undefined;
  }
  const unitWord = g.unit!;
  const weekday = /day$/i.test(unitWord) && unitWord.toLowerCase() !== 'day' ? unitWord : undefined;
  if (weekday && !isCapitalised(weekday)) return undefined;
  const unit = weekday ? 'weekday' : unitWord.toLowerCase();
  const dir = directionOf(g.dir!.replace(/\s+/g, ' '));
  return {
    kind: isHoliday ? 'holiday' : 'absolute',
    resolve: (env) => {
      const target = targetDay(t, env);
      if (!target) return undefined;
      const T = target.day;
      switch (unit) {
        case 'weekday': {
          const wd = weekdayNumber(weekday!);
          if (dir === 0) return singleDay(weekdayInWeekOf(T, wd));
          return singleDay(resolveWeekday(T, wd, dir > 0 ? 'next' : 'last'));
        }
        case 'weekend': {
          if (dir === 0) return target.def ? holidayWeekend(target.def, T, env) : weekendFrom(nearestWeekendSaturday(T, env.tense));
          if (dir < 0) return weekendFrom(T - weekdayOf(T) - (weekdayOf(T) === 0 ? 8 : 1));
          return weekendFrom(T + (6 - weekdayOf(T) || 7));
        }
        case 'week':
          return weekRange(T + 7 * dir);
        default:
          return singleDay(T + dir);
      }
    },
  };
}

const COUNT_FROM_TARGET = new RegExp(
  `\\b(?:(?<hedge>${HEDGE})\\s+)?(?<n>${NUMBER})\\s+(?<unit>day|week)s?\\s+${DIRECTION}\\s+(?:the\\s+)?${TARGET}`,
  'gi',
);

function countFromTarget(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const n = parseCount(g.n!);
  const dir = directionOf(g.dir!.replace(/\s+/g, ' '));
  if (n === undefined || dir === 0 || !isCapitalised(g.t)) return undefined;
  const hedge = g.hedge?.toLowerCase().replace(/\s+/g, ' ');
  const weeks = g.unit!.toLowerCase() === 'week';
  const approximate = weeks || (!!hedge && !EXACT_HEDGES.has(hedge));
  const isHoliday = !!lookupHoliday(g.t!.replace(/,?\s+(?:of\s+)?\d{4}$/, ''));
  return {
    kind: isHoliday ? 'holiday' : 'absolute',
    resolve: (env) => {
      const target = targetDay(g.t!, env);
      if (!target) return undefined;
      return singleDay(target.day + dir * n * (weeks ? 7 : 1), approximate);
    },
  };
}

export function matchHolidays(sentence: string): Candidate[] {
  return [
    ...scan(PLAIN, sentence, (m) => plain(m, sentence)),
    ...scan(COMPOSITE, sentence, (m) => composite(m, sentence)),
    ...scan(COUNT_FROM_TARGET, sentence, countFromTarget),
  ];
}

/**
 * Words relative to the published day: "today", "yesterday", "tonight", "this morning",
 * "last week", "next month", "this year", "two days ago", "a month ago", "a fortnight ago", "the past week",
 * "the next two weeks".
 *
 * "N weeks ago" is the day N×7 days back, approximate (like "a week prior"); "N months ago" is
 * the month containing that date; "N years ago" the year.
 */
import { dayOf, hoursInDays, monthRange, partsOf, range, shiftMonth, singleDay, weekRange, yearRange } from './calendar';
import { before, type Candidate, scan } from './candidate';
import { EXACT_HEDGES, HEDGE, isCapitalised, NUMBER, parseCount, PART_OF_DAY, WEEKDAY, weekdayNumber } from './patterns';
import { resolveWeekday } from './weekdays';

const DAY_WORDS = new RegExp(
  `\\b(?:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|(?:earlier|later)\\s+(?:today|tonight)|today|tonight|yesterday(?:\\s+${PART_OF_DAY})?|tomorrow(?:\\s+${PART_OF_DAY})?|this\\s+(?:morning|afternoon|evening)|last\\s+night)\\b`,
  'gi',
);

function dayWord(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  // Capitalised after a word it is a name: "India Today", "USA Today".
  if (/^[A-Z]/.test(m[0]) && /[\p{L}\d]\s*$/u.test(before(sentence, m.index))) return undefined;
  const t = m[0].toLowerCase();
  const offset = t.includes('before yesterday')
    ? -2
    : t.includes('after tomorrow')
      ? 2
      : t.startsWith('yesterday') || /^last\s+night$/.test(t)
        ? -1
        : t.startsWith('tomorrow')
          ? 1
          : 0;
  return { kind: 'relative', resolve: (env) => singleDay(env.published + offset) };
}

const UNIT_PERIOD = new RegExp('\\b(?<rel>last|this|next)\\s+(?<unit>week|month|year)\\b', 'gi');

function unitPeriod(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> {
  const rel = m.groups!.rel!.toLowerCase();
  const unit = m.groups!.unit!.toLowerCase();
  const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  return {
    kind: 'relative',
    resolve: (env) => {
      if (unit === 'week') return weekRange(env.published + 7 * n);
      const p = partsOf(env.published);
      if (unit === 'month') {
        const s = shiftMonth(p.year, p.month, n);
        return monthRange(s.year, s.month);
      }
      return yearRange(p.year + n);
    },
  };
}

const AGO = new RegExp(
  `\\b(?:(?<hedge>${HEDGE})\\s+)?(?<n>${NUMBER})\\s+(?<unit>hour|day|week|fortnight|month|year|decade)s?\\s+ago\\b`,
  'gi',
);

function ago(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const n = parseCount(g.n!);
  if (n === undefined) return undefined;
  const unit = g.unit!.toLowerCase();
  const hedge = g.hedge?.toLowerCase().replace(/\s+/g, ' ');
  const approximate = (!!hedge && !EXACT_HEDGES.has(hedge)) || /couple/i.test(g.n!);
  return {
    kind: 'relative',
    resolve: (env) => {
      const p = partsOf(env.published);
      switch (unit) {
        case 'hour':
          return singleDay(env.published - hoursInDays(n), approximate || (n > 24 && n % 24 !== 0));
        case 'day':
          return singleDay(env.published - n, approximate);
        case 'week':
          return singleDay(env.published - 7 * n, true);
        case 'fortnight':
          return singleDay(env.published - 14 * n, true);
        case 'month': {
          const s = shiftMonth(p.year, p.month, -n);
          return monthRange(s.year, s.month, approximate);
        }
        case 'year':
          return yearRange(p.year - n, approximate);
        default: // decade
          return range(dayOf(p.year - 10 * n, 1, 1), dayOf(p.year - 10 * n, 12, 31), 'year', true);
      }
    },
  };
}

/** "the past week", "the last two weeks", "the next three days", "the coming week". */
const SPAN = new RegExp(
  `\\b(?:the|this)\\s+(?<dir>past|last|next|coming)\\s+(?:(?<n>${NUMBER})\\s+)?(?<unit>day|week|month|year)s?\\b(?!\\s+of\\b)`,
  'gi',
);

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

function span(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const unit = g.unit!.toLowerCase();
  const n = g.n ? parseCount(g.n) : 1;
  if (n === undefined) return undefined;
  const dir = g.dir!.toLowerCase();
  if (/^this/i.test(m[0]) && dir !== 'past') return undefined;
  // "the next day/week" point from the anchor (anaphoric); "the last day" is not a span.
  if (!g.n && (unit === 'day' || dir === 'next')) return undefined;
  const plural = /s$/i.test(m[0]);
  if (plural !== (n > 1 || /couple/i.test(g.n ?? ''))) return undefined;
  const back = dir === 'past' || dir === 'last';
  const days = n * UNIT_DAYS[unit]!;
  const precision = unit === 'year' ? 'month' : 'days';
  return {
    kind: 'relative',
    resolve: (env) =>
      back
        ? range(env.published - days, env.published, precision, true)
        : range(env.published, env.published + days, precision, true),
  };
}

/** "the week before last", "the Tuesday before last": one period further back than "last". */
const BEFORE_LAST = new RegExp(`\\b(?:the\\s+)?(?<unit>week|month|year|${WEEKDAY})\\s+before\\s+last\\b`, 'gi');

function beforeLast(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const word = m.groups!.unit!;
  const unit = word.toLowerCase();
  if (!['week', 'month', 'year'].includes(unit) && !isCapitalised(word)) return undefined;
  return {
    kind: 'relative',
    resolve: (env) => {
      const p = partsOf(env.published);
      if (unit === 'week') return weekRange(env.published - 14);
      if (unit === 'month') {
        const s = shiftMonth(p.year, p.month, -2);
        return monthRange(s.year, s.month);
      }
      if (unit === 'year') return yearRange(p.year - 2);
      return singleDay(resolveWeekday(env.published, weekdayNumber(word), 'last') - 7);
    },
  };
}

export function matchRelative(sentence: string): Candidate[] {
  return [
    ...scan(BEFORE_LAST, sentence, beforeLast),
    ...scan(DAY_WORDS, sentence, (m) => dayWord(m, sentence)),
    ...scan(UNIT_PERIOD, sentence, unitPeriod),
    ...scan(AGO, sentence, ago),
    ...scan(SPAN, sentence, span),
  ];
}

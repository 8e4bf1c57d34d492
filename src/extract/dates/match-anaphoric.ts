/**
 * Words that point back to a date already in the story (the anchor; the published day when no
 * anchor is given): "the next day", "the following week", "that evening", "that weekend", "the
 * same day", "earlier in the day", "the day before", "a day later", "two days later", "a week prior".
 *
 * "N weeks earlier/later/prior" is the day 7×N days away, approximate: newsroom "a week" is
 * loose. Days are exact. Months → the month containing the shifted date; years → the year.
 */
import type { ResolvedDate } from '../types';
import { hoursInDays, monthRange, nearestWeekendSaturday, partsOf, shiftMonth, singleDay, weekendFrom, weekRange, yearRange } from './calendar';
import { type Candidate, type Env, scan } from './candidate';
import { EXACT_HEDGES, HEDGE, NUMBER, parseCount } from './patterns';

type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year';

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (['morning', 'afternoon', 'evening', 'night', 'day'].includes(w)) return 'day';
  return w as Unit;
}

/** The period `step` units away from the anchor's (0 = the anchor's own). */
export function shiftedPeriod(unit: Unit, step: number, env: Env): ResolvedDate {
  const a = env.anchor;
  switch (unit) {
    case 'day':
      return singleDay(a + step);
    case 'week':
      return weekRange(a + 7 * step);
    case 'weekend': {
      const sat = nearestWeekendSaturday(a, env.tense);
      if (step === 0) return weekendFrom(sat);
      // The weekend strictly after / before the anchor.
      if (step > 0) return weekendFrom(sat > a ? sat : sat + 7);
      return weekendFrom(sat + 1 < a ? sat : sat - 7);
    }
    case 'month': {
      const p = partsOf(a);
      const s = shiftMonth(p.year, p.month, step);
      return monthRange(s.year, s.month);
    }
    case 'year':
      return yearRange(partsOf(a).year + step);
  }
}

const UNIT_WORDS = '(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)';

const DEMONSTRATIVE = new RegExp(
  `\\b(?<q>the\\s+(?:next|following|previous|preceding|prior|same)|that(?:\\s+same|\\s+very)?|(?:later|earlier)\\s+(?:that|in\\s+the)|the\\s+very\\s+same)\\s+${UNIT_WORDS}\\b`,
  'gi',
);

function demonstrative(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> {
  const q = m.groups!.q!.toLowerCase();
  const unit = unitOf(m.groups!.unit!);
  const step = /next|following/.test(q) ? 1 : /previous|preceding|prior/.test(q) ? -1 : 0;
  return { kind: 'anaphoric', resolve: (env) => shiftedPeriod(unit, step, env) };
}

/** "the day before", "the night before", "the week after", "the weekend before". */
const THE_UNIT_BEFORE = /\bthe\s+(?<unit>day|night|morning|evening|week|weekend|month|year)\s+(?<dir>before|after|prior|earlier|later)\b/gi;

function theUnitBefore(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> {
  const unit = unitOf(m.groups!.unit!);
  const step = /after|later/i.test(m.groups!.dir!) ? 1 : -1;
  return { kind: 'anaphoric', resolve: (env) => shiftedPeriod(unit, step, env) };
}

const COUNT_OFFSET = new RegExp(
  `\\b(?:(?<hedge>${HEDGE})\\s+)?(?<n>${NUMBER})\\s+(?<unit>hour|day|week|fortnight|month|year)s?\\s+(?<dir>later|earlier|prior|before|after|afterwards?|previously)\\b`,
  'gi',
);

function countOffset(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const n = parseCount(g.n!);
  if (n === undefined) return undefined;
  const sign = /^(?:earlier|prior|before|previously)$/i.test(g.dir!) ? -1 : 1;
  const hedge = g.hedge?.toLowerCase().replace(/\s+/g, ' ');
  const vague = (!!hedge && !EXACT_HEDGES.has(hedge)) || /couple/i.test(g.n!);
  const unit = g.unit!.toLowerCase();
  return {
    kind: 'anaphoric',
    resolve: (env) => {
      const a = env.anchor;
      if (unit === 'hour') return singleDay(a + sign * hoursInDays(n), vague || (n > 24 && n % 24 !== 0));
      if (unit === 'day') return singleDay(a + sign * n, vague);
      if (unit === 'week') return singleDay(a + sign * 7 * n, true);
      // A fortnight is two weeks.
      if (unit === 'fortnight') return singleDay(a + sign * 14 * n, true);
      const p = partsOf(a);
      if (unit === 'month') {
        const s = shiftMonth(p.year, p.month, sign * n);
        return monthRange(s.year, s.month, vague);
      }
      return yearRange(p.year + sign * n, vague);
    },
  };
}

/** "hours later", "minutes earlier", "40 minutes later": the anchor's own day. */
const HOURS_LATER = new RegExp(String.raw`\b(?:(?:${HEDGE}\s+)?(?:${NUMBER}|a\s+few|several)\s+(?=minutes))?(?:hours|minutes|moments)\s+(?:later|earlier|afterwards?)\b`, 'gi');

export function matchAnaphoric(sentence: string): Candidate[] {
  return [
    ...scan(HOURS_LATER, sentence, () => ({ kind: 'anaphoric', resolve: (env: Env) => singleDay(env.anchor) })),
    ...scan(DEMONSTRATIVE, sentence, demonstrative),
    ...scan(THE_UNIT_BEFORE, sentence, theUnitBefore),
    ...scan(COUNT_OFFSET, sentence, countOffset),
  ];
}

/**
 * Find the temporal expressions of one sentence and resolve them.
 *
 * Why a hand parser and not chrono-node: the pipeline needs conventions chrono does not follow
 * and that are awkward to bolt on through refiners — Sunday-start weeks, tense read per clause
 * ("said on Friday he will meet on Monday" points both ways), weekday and month choice by tense,
 * 'vague' expressions that are found but never resolved, exact spans for longest-match overlap
 * resolution, approximate flags, and refusal of counts that look like years ("$100 million",
 * "the 12-point plan"). Small regular-expression matchers, one concern per file, keep each rule
 * visible and testable; the date math is UTC-only integer days (calendar.ts).
 *
 * Every matcher proposes candidates; each candidate is resolved with the tense of its clause
 * (or `ctx.tense`); candidates that should resolve but cannot (an impossible date) are dropped;
 * then the longest candidates win, ties to the more specific kind, and the survivors are
 * returned in sentence order.
 */
import type { ResolveContext, TemporalExpression, TemporalKind } from '../types';
import { parseIsoDay } from './calendar';
import type { Candidate, Matcher } from './candidate';
import { matchAnaphoric } from './match-anaphoric';
import { matchFuzzy } from './match-fuzzy';
import { matchHolidays } from './match-holiday';
import { matchMonths } from './match-month';
import { matchMonthDays } from './match-monthday';
import { matchNumericDates } from './match-numeric';
import { matchQuarters } from './match-quarter';
import { matchRelative } from './match-relative';
import { matchSeasons } from './match-season';
import { matchVague } from './match-vague';
import { matchWeekdays } from './match-weekday';
import { matchWeekends } from './match-weekend';
import { matchYears } from './match-year';
import { markedTense, tenseAround } from './tense';

const MATCHERS: Matcher[] = [
  matchMonthDays,
  matchNumericDates,
  matchQuarters,
  matchMonths,
  matchYears,
  matchWeekdays,
  matchRelative,
  matchWeekends,
  matchFuzzy,
  matchSeasons,
  matchHolidays,
  matchAnaphoric,
  matchVague,
];

/** On equal length, the earlier kind in this list wins. */
const KIND_ORDER: TemporalKind[] = ['holiday', 'absolute', 'fuzzy', 'relative', 'anaphoric', 'weekday', 'vague'];

function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Longest first (ties: more specific kind, then earlier); keep those that overlap nothing kept. */
export function selectLongest<T extends { index: number; text: string; kind: TemporalKind }>(items: T[]): T[] {
  const ordered = [...items].sort(
    (a, b) =>
      b.text.length - a.text.length ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.index - b.index,
  );
  const kept: T[] = [];
  for (const c of ordered) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}

export function collectCandidates(sentence: string): Candidate[] {
  return MATCHERS.flatMap((m) => m(sentence));
}

export function findTemporalExpressions(sentence: string, ctx: ResolveContext): TemporalExpression[] {
  const published = parseIsoDay(ctx.published);
  const anchor = ctx.anchor ? parseIsoDay(ctx.anchor) : published;
  const resolved: TemporalExpression[] = [];
  for (const c of collectCandidates(sentence)) {
    const expr: TemporalExpression = { text: c.text, index: c.index, kind: c.kind };
    if (c.resolve) {
      const marked = ctx.tense ?? markedTense(sentence, c.index, c.text.length);
      const tense = marked ?? tenseAround(sentence, c.index, c.text.length);
      const r = c.resolve({ published, anchor, tense, marked: marked !== undefined });
      if (!r) continue; // should have resolved: not a date after all
      expr.resolved = r;
    }
    resolved.push(expr);
  }
  return monthsOfTheYearBefore(sentence, selectLongest(resolved));
}

const WHEN_BETWEEN = /^\s*,?\s*when\b[^;.!?]*$/i;

/**
 * "since 2019, when workers stayed out for nine days in March": a month without a year in a
 * when-clause hung on a year is in that year, and the year only says which March; it dates nothing
 * of its own.
 */
function monthsOfTheYearBefore(sentence: string, found: TemporalExpression[]): TemporalExpression[] {
  const out = [...found];
  for (let i = 0; i + 1 < out.length; i++) {
    const [y, m] = [out[i]!, out[i + 1]!];
    if (y.resolved?.precision !== 'year' || !/\b\d{4}$/.test(y.text)) continue;
    // A month or a part of one ("in March", "late February"), named without a year.
    if (!m.resolved || m.resolved.start.slice(0, 7) !== m.resolved.end.slice(0, 7) || /\d/.test(m.text) || (m.kind !== 'absolute' && m.kind !== 'fuzzy')) continue;
    if (!WHEN_BETWEEN.test(sentence.slice(y.index + y.text.length, m.index))) continue;
    const year = y.resolved.start.slice(0, 4);
    const inYear = (iso: string) => {
      const day = `${year}${iso.slice(4)}`;
      // February's last day depends on the year.
      return iso.slice(5, 7) === '02' && iso.slice(8) >= '28' ? new Date(Date.UTC(Number(year), 2, 0)).toISOString().slice(0, 10) : day;
    };
    out[i + 1] = { ...m, resolved: { ...m.resolved, start: inYear(m.resolved.start), end: inYear(m.resolved.end) } };
    out.splice(i, 1);
  }
  return out;
}

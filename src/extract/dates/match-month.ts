/**
 * A month without a day: "in February", "February 2022", "Feb. 2022", "March of 2022",
 * "an October order", "February's", "last March", "next June".
 *
 * Without a year: past tense → the most recent such month up to the published month; future →
 * the next one from the published month. "last March" → strictly before the published month,
 * "next March" → strictly after, "this March" → in the published year.
 *
 * A bare month name needs a date-like word before it (a preposition, an article followed by a
 * lower-case noun, or another month as in "January and February") or a possessive: "April"
 * alone may be a person.
 */
import { monthForTense, monthRange, partsOf } from './calendar';
import { before, type Candidate, scan } from './candidate';
import { isCapitalised, MONTH_ANY, MONTH_FULL, monthNumber, YEAR } from './patterns';

const MONTH_YEAR = new RegExp(`\\b(?<m>${MONTH_ANY}),?\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d)`, 'gi');

function monthYear(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.m)) return undefined;
  const month = monthNumber(g.m!);
  const year = Number(g.y);
  return { kind: 'absolute', resolve: () => monthRange(year, month) };
}

const MONTH_ALONE = new RegExp(
  `\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+)?(?<m>${MONTH_FULL})(?<poss>['’]s)?(?![\\w-])`,
  'gi',
);

const PREPOSITION_BEFORE =
  /(?:\b(?:in|since|by|until|till|through|from|during|before|after|around|of|early|late|mid|every|each|for|last|next|between)\s+|\bmid-)$/i;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;
// "- August: The league publishes its schedule", "**August:** ...": the head of a chronology line,
// before its colon or dash.
const LINE_HEAD_BEFORE = /^\s*(?:(?:[-*•–—]|\d{1,2}[.)])\s+)?(?:\*\*|__)?$/;
const LINE_HEAD_AFTER = /^(?:\*\*|__)?\s*(?::|\s[-–—]\s|[–—])/;
const MONTH_LIST_BEFORE = new RegExp(`\\b${MONTH_FULL}(?:,|,?\\s+(?:and|or|to|through|until|till))\\s+$`);

function monthAlone(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.m)) return undefined;
  const prev = before(sentence, m.index);
  const next = sentence.slice(m.index + m[0].length);
  const ok =
    !!g.rel ||
    !!g.poss ||
    PREPOSITION_BEFORE.test(prev) ||
    MONTH_LIST_BEFORE.test(prev) ||
    (LINE_HEAD_BEFORE.test(prev) && LINE_HEAD_AFTER.test(next)) ||
    (ARTICLE_BEFORE.test(prev) && /^\s+[a-z]/.test(next));
  if (!ok) return undefined;
  const month = monthNumber(g.m!);
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
  return {
    kind: rel ? 'relative' : 'absolute',
    resolve: (env) => {
      const p = partsOf(env.published);
      if (rel === 'this') return monthRange(p.year, month);
      if (rel === 'last' || rel === 'this past') return monthRange(month < p.month ? p.year : p.year - 1, month);
      if (rel === 'next' || rel === 'this coming') return monthRange(month > p.month ? p.year : p.year + 1, month);
      const r = monthForTense(month, env.published, env.tense);
      return monthRange(r.year, r.month);
    },
  };
}

export function matchMonths(sentence: string): Candidate[] {
  return [
    ...scan(MONTH_YEAR, sentence, monthYear),
    ...scan(MONTH_ALONE, sentence, (m) => monthAlone(m, sentence)),
  ];
}

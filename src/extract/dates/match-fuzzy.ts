/**
 * Vague parts of periods (see parts.ts for the day spans):
 *   - of a named month: "early October", "mid-October", "late October 2024", "the end of
 *     October", "the beginning of November" (year as for a bare month: by tense);
 *   - of a year: "early 2024", "mid-2024", "late 2023", "the end of 2024";
 *   - of the current/previous/next week, month or year: "early this week", "earlier this week",
 *     "late last week", "later this week", "later this month", "early next year";
 *   - of "the week/month/year" (the anchor's): "the end of the month", "earlier in the week".
 */
import { dayOf, daysInMonth, monthForTense, partsOf, range, shiftMonth } from './calendar';
import { type Candidate, scan } from './candidate';
import { type Part, partOf, partOfMonth, partOfWeek, partOfYear } from './parts';
import { isCapitalised, MONTH_ANY, monthNumber, YEAR } from './patterns';

const QUALIFIER =
  '(?<q>early(?:\\s+in)?|earlier(?:\\s+in)?|late(?:\\s+in)?|later(?:\\s+in)?|mid|(?:the\\s+)?middle\\s+of|(?:the\\s+)?end\\s+of|(?:the\\s+)?(?:start|beginning)\\s+of|(?:the\\s+)?(?:first|second)\\s+half\\s+of)';

const PERIOD = new RegExp(`\\b${QUALIFIER}(?:\\s+|-)(?<rel>last|this|next|the)\\s+(?<unit>week|month|year)\\b`, 'gi');

function period(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const part = partOf(g.q!);
  if (!part) return undefined;
  const rel = g.rel!.toLowerCase();
  const unit = g.unit!.toLowerCase();
  const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  return {
    kind: rel === 'the' ? 'fuzzy' : 'relative',
    resolve: (env) => {
      const base = rel === 'the' ? env.anchor : env.published;
      const reference = n === 0 ? base : undefined;
      if (unit === 'week') return partOfWeek(base + 7 * n, part, reference);
      const p = partsOf(base);
      if (unit === 'month') {
        const s = shiftMonth(p.year, p.month, n);
        return partOfMonth(s.year, s.month, part, reference);
      }
      return partOfYear(p.year + n, part, reference);
    },
  };
}

const MONTH_PART = new RegExp(
  `\\b${QUALIFIER}(?:\\s+|-)(?<m>${MONTH_ANY})(?![\\w-])(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d))?`,
  'gi',
);

function monthPart(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const part = partOf(g.q!);
  if (!part || !isCapitalised(g.m)) return undefined;
  const month = monthNumber(g.m!);
  const year = g.y ? Number(g.y) : undefined;
  return {
    kind: 'fuzzy',
    resolve: (env) => {
      const y = year ?? monthForTense(month, env.published, env.tense).year;
      return partOfMonth(y, month, part, env.published);
    },
  };
}

const YEAR_PART = new RegExp(`\\b${QUALIFIER}(?:\\s+|-)(?<y>${YEAR})(?![\\w%]|[.,]\\d)`, 'gi');

function yearPart(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const part: Part | undefined = partOf(m.groups!.q!);
  if (!part) return undefined;
  const year = Number(m.groups!.y);
  return { kind: 'fuzzy', resolve: (env) => partOfYear(year, part, env.published) };
}

/** "the first week of October", "the last week of November 2024": explicit, not approximate. */
const WEEK_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(?<ord>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<m>${MONTH_ANY})(?![\\w-])(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d))?`,
  'gi',
);

const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function weekOfMonth(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.m)) return undefined;
  const month = monthNumber(g.m!);
  const nth = WEEK_ORDINALS[g.ord!.toLowerCase()];
  const year = g.y ? Number(g.y) : undefined;
  return {
    kind: 'fuzzy',
    resolve: (env) => {
      const y = year ?? monthForTense(month, env.published, env.tense).year;
      const last = daysInMonth(y, month);
      const first = nth === undefined ? last - 6 : (nth - 1) * 7 + 1;
      return range(dayOf(y, month, first), dayOf(y, month, nth === undefined ? last : first + 6), 'days');
    },
  };
}

export function matchFuzzy(sentence: string): Candidate[] {
  return [
    ...scan(WEEK_OF_MONTH, sentence, weekOfMonth),
    ...scan(PERIOD, sentence, period),
    ...scan(MONTH_PART, sentence, monthPart),
    ...scan(YEAR_PART, sentence, yearPart),
  ];
}

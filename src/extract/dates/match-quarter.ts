/**
 * Calendar quarters: "the third quarter of 2024", "Q3 2024", "the fourth quarter" (no year: past
 * tense → the latest such quarter that has begun by the published day, future → the first that
 * has not ended), "last quarter", "this quarter", "next quarter". Precision 'month'.
 * Fiscal years that do not follow the calendar are not known here.
 */
import type { ResolvedDate } from '../types';
import { type Day, dayOf, daysInMonth, partsOf, range } from './calendar';
import { type Candidate, scan } from './candidate';
import { YEAR } from './patterns';

function quarter(year: number, q: number): [Day, Day] {
  const m = (q - 1) * 3 + 1;
  return [dayOf(year, m, 1), dayOf(year, m + 2, daysInMonth(year, m + 2))];
}

const asRange = ([s, e]: [Day, Day]): ResolvedDate => range(s, e, 'month');

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const NAMED = new RegExp(
  `\\b(?:the\\s+)?(?<ord>first|1st|second|2nd|third|3rd|fourth|4th|final)[-\\s]quarter\\b(?:\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d))?`,
  'gi',
);
const SHORT = new RegExp(`\\bQ(?<q>[1-4])(?:\\s+|\\s*[-/]\\s*)?(?<y>${YEAR})?(?![\\w%])`, 'g');
const RELATIVE = /\b(?<rel>last|this|next)\s+quarter\b/gi;

function resolveQuarter(q: number, year: number | undefined) {
  return (env: { published: Day; tense: 'past' | 'future' }): ResolvedDate => {
    if (year !== undefined) return asRange(quarter(year, q));
    const y = partsOf(env.published).year;
    const options = [y - 1, y, y + 1].map((yy) => quarter(yy, q));
    if (env.tense === 'future') return asRange(options.find(([, e]) => e >= env.published)!);
    return asRange(options.filter(([s]) => s <= env.published).at(-1)!);
  };
}

export function matchQuarters(sentence: string): Candidate[] {
  return [
    ...scan(NAMED, sentence, (m) => {
      const q = ORDINALS[m.groups!.ord!.toLowerCase()]!;
      const year = m.groups!.y ? Number(m.groups!.y) : undefined;
      return { kind: year === undefined ? 'relative' : 'absolute', resolve: resolveQuarter(q, year) };
    }),
    ...scan(SHORT, sentence, (m) => {
      const year = m.groups!.y ? Number(m.groups!.y) : undefined;
      return { kind: year === undefined ? 'relative' : 'absolute', resolve: resolveQuarter(Number(m.groups!.q), year) };
    }),
    ...scan(RELATIVE, sentence, (m) => {
      const rel = m.groups!.rel!.toLowerCase();
      const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      return {
        kind: 'relative',
        resolve: (env) => {
          const p = partsOf(env.published);
          const index = p.year * 4 + Math.floor((p.month - 1) / 3) + step;
          return asRange(quarter(Math.floor(index / 4), (index % 4) + 1));
        },
      };
    }),
  ];
}

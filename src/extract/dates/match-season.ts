/**
 * Seasons, northern-hemisphere meteorological: spring = Mar–May, summer = Jun–Aug,
 * fall/autumn = Sep–Nov, winter = Dec–Feb. Precision 'month', approximate.
 *
 * "winter 2024" / "the winter of 2024" is the winter holding January–February 2024
 * (Dec 2023 – Feb 2024). Relative forms, from the published day:
 *   - "last summer"  → the latest instance that ended before the published day
 *   - "next summer"  → the first instance that starts after it
 *   - "this summer"  → the instance in the published year (winter: the one containing the
 *                      published day, else by tense)
 *   - "in the summer", "this past/coming summer" → by tense: the latest begun / first not ended.
 * A bare season word needs a date-like word before it ("in", "the", "this", …), and "the fall of
 * Kabul" (fall + "of" + not a year) is refused.
 */
import type { ResolvedDate } from '../types';
import { type Day, dayOf, daysInMonth, partsOf, range } from './calendar';
import { before, type Candidate, type Env, scan } from './candidate';
import { YEAR } from './patterns';

const SEASON_START: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** Instance `key`: the season that starts in month SEASON_START of year `key` (winter: of key-1). */
function bounds(season: string, key: number): [Day, Day] {
  const startMonth = SEASON_START[season]!;
  const startYear = season === 'winter' ? key - 1 : key;
  const endMonth = startMonth + 2 > 12 ? startMonth + 2 - 12 : startMonth + 2;
  const endYear = startMonth + 2 > 12 ? startYear + 1 : startYear;
  return [dayOf(startYear, startMonth, 1), dayOf(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

function asRange([s, e]: [Day, Day]): ResolvedDate {
  return range(s, e, 'month', true);
}

function resolveSeason(season: string, rel: string | undefined, year: number | undefined, env: Env): ResolvedDate {
  if (year !== undefined) return asRange(bounds(season, year));
  const pub = env.published;
  const y = partsOf(pub).year;
  const keys = [y - 2, y - 1, y, y + 1, y + 2];
  const all = keys.map((k) => bounds(season, k));
  const latestEnded = all.filter(([, e]) => e < pub).at(-1)!;
  const firstStarting = all.find(([s]) => s > pub)!;
  const latestBegun = all.filter(([s]) => s <= pub).at(-1)!;
  const firstNotEnded = all.find(([, e]) => e >= pub)!;
  switch (rel) {
    case 'last':
      return asRange(latestEnded);
    case 'next':
      return asRange(firstStarting);
    case 'this': {
      if (season !== 'winter') return asRange(bounds(season, y));
      const containing = all.find(([s, e]) => s <= pub && pub <= e);
      if (containing) return asRange(containing);
      return asRange(env.tense === 'future' ? firstNotEnded : latestBegun);
    }
    case 'this past':
      return asRange(latestBegun);
    case 'this coming':
      return asRange(firstNotEnded);
    default:
      return asRange(env.tense === 'future' ? firstNotEnded : latestBegun);
  }
}

const SEASON = new RegExp(
  `\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+)?(?<s>spring|summer|fall|autumn|winter)(?!\\w)` +
    `(?:(?:\\s+of)?\\s+(?<y>${YEAR})(?![\\w%]|[.,]\\d))?`,
  'gi',
);

const FALL_OK_BEFORE = /\b(?:(?:in|during|over|by|until|till|through|since)\s+the|early|late|mid)\s+$|\bmid-$/i;
const BARE_OK_BEFORE = /\b(?:in|during|over|by|until|till|through|since|this|the|early|late|mid)\s+$|\bmid-$/i;

function season(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const name = g.s!.toLowerCase();
  const year = g.y ? Number(g.y) : undefined;
  const rest = sentence.slice(m.index + m[0].length);
  if (year === undefined) {
    if (!g.rel && !BARE_OK_BEFORE.test(before(sentence, m.index))) return undefined;
    if (/^\s+of\b/i.test(rest)) return undefined; // "the fall of Kabul", "the spring of discontent"
    // "a spring tide", "a spring clean": a tide of the new or full moon, a kind of cleaning.
    if (name === 'spring' && /^\s+(?:tides?|clean(?:ing)?|water|mattress|onion)\b/i.test(rest)) return undefined;
    // "the fall" is often a decline ("the fall in prices"): ask for "in the fall" and the like.
    if (name === 'fall' && !g.rel && !FALL_OK_BEFORE.test(before(sentence, m.index))) return undefined;
  }
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
  return { kind: 'fuzzy', resolve: (env) => resolveSeason(name, rel, year, env) };
}

export function matchSeasons(sentence: string): Candidate[] {
  return scan(SEASON, sentence, (m) => season(m, sentence));
}

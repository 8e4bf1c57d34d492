/**
 * Temporal expressions: find them in a sentence and resolve them to ISO date spans.
 * A focused hand parser rather than chrono-node: see find.ts for why.
 */
import type { ResolveContext, ResolvedDate } from '../types';
import { findTemporalExpressions } from './find';

export { findTemporalExpressions, selectLongest } from './find';
export { detectTense, tenseAround, clauseBounds } from './tense';
export {
  type Day, parseIsoDay, isoOf, weekdayOf, weekStartOf, weekRange, monthRange, yearRange, nearestYear,
  monthForTense, nearestWeekendSaturday,
} from './calendar';
export { resolveWeekday, weekdayInWeekOf, type WeekdayMode } from './weekdays';
export {
  HOLIDAYS, easterSunday, nthWeekdayOfMonth, lastWeekdayOfMonth, lookupHoliday, nearestOccurrence, type HolidayDef,
} from './holidays';
export { partOfWeek, partOfMonth, partOfYear, type Part } from './parts';

/**
 * Resolve a phrase on its own ("last week", "the day after Thanksgiving", "Nov. 16"): the
 * longest expression found in it, or undefined when none resolves.
 */
export function resolveRelativeDate(phrase: string, ctx: ResolveContext): ResolvedDate | undefined {
  const found = findTemporalExpressions(phrase, ctx).filter((e) => e.resolved);
  found.sort((a, b) => b.text.length - a.text.length);
  return found[0]?.resolved;
}

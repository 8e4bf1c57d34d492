/**
 * Which calendar day a weekday name refers to.
 *
 *  - 'past'   → the most recent such weekday on or before the reference (same day allowed)
 *  - 'future' → the next such weekday on or after the reference (same day allowed)
 *  - 'last'   → strictly before ("last Tuesday")
 *  - 'next'   → strictly after ("next Tuesday")
 */
import { type Day, weekdayOf, weekStartOf } from './calendar';

export type WeekdayMode = 'past' | 'future' | 'last' | 'next';

export function resolveWeekday(reference: Day, weekday: number, mode: WeekdayMode): Day {
  const wd = weekdayOf(reference);
  const back = (wd - weekday + 7) % 7;
  const ahead = (weekday - wd + 7) % 7;
  switch (mode) {
    case 'past':
      return reference - back;
    case 'future':
      return reference + ahead;
    case 'last':
      return reference - (back || 7);
    case 'next':
      return reference + (ahead || 7);
  }
}

/** The given weekday inside the Sunday-to-Saturday week containing `day`. */
export function weekdayInWeekOf(day: Day, weekday: number): Day {
  return weekStartOf(day) + weekday;
}

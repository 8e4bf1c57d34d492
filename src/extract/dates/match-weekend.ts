/**
 * Weekends relative to the published day (Saturday–Sunday, precision 'days'):
 *
 *  - "last weekend"      → the latest weekend that ended before the published day and does not
 *                          contain it (published Monday → the day before yesterday and yesterday)
 *  - "this past weekend" → the latest weekend whose Saturday is before the published day
 *  - "this weekend"      → the one containing the published day; on Monday/Tuesday in past
 *                          tense the one just gone, otherwise the coming one
 *  - "next weekend"      → the first weekend starting after the published day (not the current)
 *  - "the weekend", "this coming weekend" → by tense: past → the latest that has started,
 *                          future → the first that has not ended
 */
import { type Day, weekdayOf, weekendFrom } from './calendar';
import { type Candidate, type Env, scan } from './candidate';

const WEEKEND = /\b(?<rel>last|next|this\s+past|this\s+coming|this|the)\s+weekend\b/gi;

function latestStarted(pub: Day): Day {
  return pub - ((weekdayOf(pub) + 1) % 7);
}

function firstNotEnded(pub: Day): Day {
  const wd = weekdayOf(pub);
  return wd === 0 ? pub - 1 : pub + (6 - wd);
}

export function weekendSaturday(rel: string, env: Env): Day {
  const pub = env.published;
  const wd = weekdayOf(pub);
  switch (rel) {
    case 'last':
      return pub - (wd || 7) - 1;
    case 'this past':
      return pub - ((wd - 6 + 7) % 7 || 7);
    case 'next':
      return pub + ((6 - wd + 7) % 7 || 7);
    case 'this coming':
      return firstNotEnded(pub);
    case 'this':
      if (wd === 6 || wd === 0) return latestStarted(pub);
      if (env.tense === 'past' && wd <= 2) return latestStarted(pub);
      return firstNotEnded(pub);
    default:
      return env.tense === 'future' ? firstNotEnded(pub) : latestStarted(pub);
  }
}

export function matchWeekends(sentence: string): Candidate[] {
  return scan(WEEKEND, sentence, (m) => {
    const rel = m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ');
    return { kind: 'relative', resolve: (env) => weekendFrom(weekendSaturday(rel, env)) };
  });
}

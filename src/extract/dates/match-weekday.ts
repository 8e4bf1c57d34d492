/**
 * Weekday names: "Tuesday", "Tuesday's", "Friday night", "early Saturday", "last Tuesday",
 * "next Monday", "Tuesday of last week", the British "Thursday week", and ranges "from Monday to Wednesday".
 *
 * A bare weekday is the most recent one on or before the published day in past tense, the next
 * one on or after it in future tense (same day allowed either way). "early/late Tuesday" and
 * "Tuesday night" speak of hours, not of vagueness about the day: not approximate.
 */
import { range, singleDay } from './calendar';
import { after, before, type Candidate, type Env, scan } from './candidate';
import { isCapitalised, PART_OF_DAY, WEEKDAY, weekdayNumber } from './patterns';
import { resolveWeekday, weekdayInWeekOf, type WeekdayMode } from './weekdays';

/** Named days that are not "the nearest such weekday". */
const NOT_PLAIN = '(?<!\\b(?:Super|Ash|Fat|Holy|Maundy|Palm|Bloody|Black|Good|Cyber|Easter|Whit)\\s)';

const SINGLE = new RegExp(
  `\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past)\\s+)?(?:(?<tod1>early|late)\\s+(?:on\\s+)?)?` +
    `${NOT_PLAIN}(?<wd>${WEEKDAY})(?!s\\b)(?<poss>['’]s)?(?:\\s+${PART_OF_DAY}\\b)?` +
    `(?:,?\\s+(?:of\\s+)?(?<wk>last|this|next)\\s+week\\b|\\s+(?<weekOn>week)\\b(?!['’]|\\s+(?:of|ending|beginning|starting)\\b))?(?![-\\w])`,
  'gi',
);

function modeFor(rel: string | undefined, env: Env): WeekdayMode {
  switch (rel?.toLowerCase().replace(/\s+/g, ' ')) {
    case 'last':
      return 'last';
    case 'this past':
    case 'past':
      return 'past';
    case 'next':
      return 'next';
    case 'this coming':
    case 'coming':
      return 'future';
    default:
      return env.tense;
  }
}

function single(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.wd)) return undefined;
  // "The Sunday Times", "the Monday Night Football": a name, not a day.
  if (!g.rel && /\bthe\s+$/i.test(before(sentence, m.index)) && /^\s+[A-Z]/.test(after(sentence, m))) return undefined;
  // "declared Monday a non-working day": the day named is what was declared, not when; the
  // declaring is dated by the sentence's other words or not at all.
  if (!g.rel && /^\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:holiday|day)\b/iu.test(after(sentence, m))) return undefined;
  const wd = weekdayNumber(g.wd!);
  const wk = g.wk?.toLowerCase();
  if (wk && g.rel) return undefined;
  // British "Thursday week": a week after the coming Thursday (a week today when said on a Thursday).
  if (g.weekOn) {
    if (g.rel || g.poss) return undefined;
    return { kind: 'weekday', resolve: (env) => singleDay(resolveWeekday(env.published, wd, 'future') + 7) };
  }
  return {
    kind: 'weekday',
    resolve: (env) => {
      if (wk) {
        const shift = wk === 'last' ? -7 : wk === 'next' ? 7 : 0;
        return singleDay(weekdayInWeekOf(env.published + shift, wd));
      }
      return singleDay(resolveWeekday(env.published, wd, modeFor(g.rel, env)));
    },
  };
}

const RANGE = new RegExp(
  `\\b(?:(?<pre>from|between)\\s+)?${NOT_PLAIN}(?<w1>${WEEKDAY})(?:\\s*(?<dash>[-–])\\s*|\\s+(?<conj>to|through|thru|until|till|and)\\s+)(?<w2>${WEEKDAY})\\b`,
  'gi',
);

function weekdayRange(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  if (!isCapitalised(g.w1) || !isCapitalised(g.w2)) return undefined;
  const conj = g.conj?.toLowerCase();
  const pre = g.pre?.toLowerCase();
  if (conj === 'and' && pre !== 'between') return undefined;
  const w1 = weekdayNumber(g.w1!);
  const w2 = weekdayNumber(g.w2!);
  if (w1 === w2) return undefined;
  return {
    kind: 'weekday',
    resolve: (env) => {
      const start = resolveWeekday(env.published, w1, env.tense);
      return range(start, resolveWeekday(start, w2, 'next'), 'days');
    },
  };
}

export function matchWeekdays(sentence: string): Candidate[] {
  return [...scan(SINGLE, sentence, (m) => single(m, sentence)), ...scan(RANGE, sentence, weekdayRange)];
}

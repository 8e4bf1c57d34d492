/**
 * Dates for the generated corpus: whole UTC days as integers, and the ways a reporter writes the
 * date of a happening relative to the article's publication ("on Tuesday", "last month", "Nov. 16",
 * "late October", "the weekend before Halloween", "in 2019", ...). Each phrase is only chosen when
 * it is true of the happening's day, as a careful reporter would write it.
 */
import type { Rng } from './prng';

const DAY_MS = 86_400_000;

export const toDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const partsOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay() };
};
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / DAY_MS);

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** News-agency abbreviations; March to July are written in full. */
const MONTHS_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** Sunday-start week, as the extractor counts weeks. */
const weekStart = (day: number) => day - partsOf(day).wd;

export interface DatePhrase {
  /** Ready to drop into a sentence after the verb phrase: "on Tuesday", "last month", "in late October". */
  text: string;
  /** Kind, for the corpus statistics. */
  kind: 'weekday' | 'relative' | 'absolute' | 'fuzzy' | 'holiday' | 'year' | 'month' | 'future' | 'anaphoric';
}

function holidayPhrases(day: number): DatePhrase[] {
  const { y } = partsOf(day);
  const out: DatePhrase[] = [];
  const halloween = dayOf(y, 9, 31);
  // The Saturday and Sunday of the weekend before Halloween.
  let sat = halloween - 1;
  while (partsOf(sat).wd !== 6) sat--;
  if (day === sat || day === sat + 1) out.push({ text: 'the weekend before Halloween', kind: 'holiday' });
  // Thanksgiving: fourth Thursday of November.
  let thanks = dayOf(y, 10, 1);
  while (partsOf(thanks).wd !== 4) thanks++;
  thanks += 21;
  if (day === thanks + 1) out.push({ text: 'the day after Thanksgiving', kind: 'holiday' });
  if (day === thanks) out.push({ text: 'on Thanksgiving', kind: 'holiday' });
  if (day === dayOf(y, 11, 24)) out.push({ text: 'on Christmas Eve', kind: 'holiday' });
  if (day === dayOf(y, 0, 1)) out.push({ text: "on New Year's Day", kind: 'holiday' });
  if (day === dayOf(y, 1, 14)) out.push({ text: "on Valentine's Day", kind: 'holiday' });
  return out;
}

/** Days of the year that holidays fall on, so the world can put a few happenings there. */
export function holidayDays(fromDay: number, toDay: number): number[] {
  const out: number[] = [];
  for (let d = fromDay; d <= toDay; d++) if (holidayPhrases(d).length) out.push(d);
  return out;
}

/**
 * Phrases that date a past (or same-day) happening on `day` for an article published on `published`.
 * `precise` asks for phrases naming the day itself (they can anchor "a week prior").
 */
export function pastPhrases(day: number, published: number): { precise: DatePhrase[]; vague: DatePhrase[] } {
  const delta = published - day;
  const p = partsOf(day);
  const pub = partsOf(published);
  const precise: DatePhrase[] = [];
  const vague: DatePhrase[] = [];
  if (delta < 0) return { precise, vague };
  if (delta <= 6) precise.push({ text: `on ${WEEKDAYS[p.wd]}`, kind: 'weekday' });
  if (delta === 1) precise.push({ text: 'yesterday', kind: 'relative' });
  if (delta >= 2 && delta <= 3) precise.push({ text: `${NUMBER_WORDS[delta]} days ago`, kind: 'relative' });
  // Without a year, a month and day is read as the nearest such date: only for recent days.
  if (delta >= 2 && delta < 120) precise.push({ text: `on ${MONTHS_ABBR[p.m]} ${p.d}`, kind: 'absolute' });
  if (delta >= 60 && delta < 400) precise.push({ text: `on ${MONTHS[p.m]} ${p.d}, ${p.y}`, kind: 'absolute' });
  for (const h of holidayPhrases(day)) if (delta >= 1 && delta <= 60) precise.push(h);
  if (delta >= 1 && weekStart(published) - 7 === weekStart(day)) vague.push({ text: 'last week', kind: 'relative' });
  if (delta >= 1 && weekStart(published) === weekStart(day) && p.wd <= 3 && pub.wd >= 4) vague.push({ text: 'earlier this week', kind: 'relative' });
  const monthsBack = (pub.y - p.y) * 12 + (pub.m - p.m);
  if (monthsBack === 1) vague.push({ text: 'last month', kind: 'relative' });
  if (monthsBack >= 1 && monthsBack <= 8) {
    const fuzzy = p.d <= 10 ? 'early' : p.d <= 20 ? 'mid-' : 'late';
    vague.push({ text: fuzzy === 'mid-' ? `in mid-${MONTHS[p.m]}` : `in ${fuzzy} ${MONTHS[p.m]}`, kind: 'fuzzy' });
    if (monthsBack <= 8 && p.y === pub.y) vague.push({ text: `in ${MONTHS[p.m]}`, kind: 'month' });
  }
  if (monthsBack >= 13) {
    vague.push({ text: `in ${p.y}`, kind: 'year' });
    vague.push({ text: `in ${MONTHS[p.m]} ${p.y}`, kind: 'month' });
    precise.push({ text: `on ${MONTHS[p.m]} ${p.d}, ${p.y}`, kind: 'absolute' });
  }
  return { precise, vague };
}

/** Phrases for a happening expected on `day`, after publication (one to ten days ahead). */
export function futurePhrases(day: number, published: number): DatePhrase[] {
  const delta = day - published;
  const p = partsOf(day);
  const out: DatePhrase[] = [];
  if (delta <= 0) return out;
  if (delta <= 6) out.push({ text: `on ${WEEKDAYS[p.wd]}`, kind: 'future' });
  if (delta === 1) out.push({ text: 'tomorrow', kind: 'future' });
  out.push({ text: `on ${MONTHS_ABBR[p.m]} ${p.d}`, kind: 'future' });
  if (weekStart(day) === weekStart(published) + 7) out.push({ text: 'next week', kind: 'future' });
  for (const h of holidayPhrases(day)) out.push({ ...h, kind: 'future' });
  return out;
}

/** "Nov 22" as a wire dateline writes it. */
export function datelineOf(day: number): string {
  const p = partsOf(day);
  return `${MONTHS[p.m]!.slice(0, 3)} ${p.d}`;
}

export function pickPhrase(rng: Rng, day: number, published: number, preferPrecise: boolean): DatePhrase | undefined {
  const { precise, vague } = pastPhrases(day, published);
  if (preferPrecise && precise.length) return rng.pick(precise);
  const all = [...precise, ...vague];
  return all.length ? rng.pick(all) : undefined;
}

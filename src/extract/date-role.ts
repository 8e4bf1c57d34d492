/**
 * What a date does in its sentence, from the words around it. Only some dates say when something
 * happened: "since 2019" starts a state that still holds ("has led the city since 2019"), "through
 * the end of the year" ends one, "have until Dec. 9 to apply" sets a deadline, and "the events of
 * June 24" refers to a day's happenings without telling any.
 */

export type DateRole = 'happening' | 'deadline' | 'duration' | 'reference';

const DEADLINE_BEFORE = /\b(?:by|before|no later than|deadline(?: of)?)\s+(?:the\s+)?$/i;
// "have until Dec. 9 to register": the time allowed to do something.
/** The verbs of "residents have until Dec. 9 to register": the time allowed to do something. */
export const ALLOWED_VERB = String.raw`(?:ha(?:ve|s|d)|(?:were|was|are|is|been)\s+given|given|gave|get|gets|got)`;
const ALLOWED_UNTIL = new RegExp(String.raw`\b${ALLOWED_VERB}\s+until\s+(?:the\s+)?$`, 'i');
const TO_VERB = /^\s*,?\s*to\s+\p{Ll}/u;
// "since 2019", "since early 2020": the start of what has held ever since, not a happening.
const SINCE = /\bsince\s+(?:(?:the|early|late|mid|at\s+least)\s+)?$/i;
// "the strongest storm since records began in 1851": the start of the record, a comparison.
const SINCE_RECORDS = /\bsince\s+(?:records?|record-keeping|recordkeeping)\s+(?:began|started|were\s+first\s+kept)\s+(?:in\s+)?$/i;
// "waive fees through the end of the year", "closed until Monday": how long a state lasts.
const UNTIL = /\b(?:until|till|through|thru)\s+(?:the\s+)?(?:\p{L}+\s+and\s+)?$/iu;
// "no new talks had been scheduled as of Tuesday", "as of Monday, 300 had been laid off": how
// things stood on a day, not what happened on it.
const AS_OF = /\bas\s+of\s+(?:the\s+)?$/i;

const WHEN_AFTER = /^\s*,?\s*when\b/i;
// "124 cases as of Tuesday, up from 90 on Friday", "compared with 2.1% in May": a figure's earlier value.
// "lower than on Friday", "higher than in 2019": the day the figure is measured against.
const COMPARED = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+[^,;:]{1,30}?\s+(?:on|in|at|during)\s+(?:the\s+)?$|\bthan\s+(?:on|in|at|during)\s+(?:the\s+)?$/i;
// "his assessment of the events of June 24": names what happened that day without telling it.
const EVENTS_OF = /\b(?:the\s+)?(?:events|developments|happenings)\s+of\s+$/i;
// "Tuesday marked the 10th anniversary of the attack": a day that is only an anniversary.
const ANNIVERSARY_AFTER = /^\s*(?:marked|marks|will\s+mark|is|was|will\s+be)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}anniversary\b/i;

/** "since 1939", "has not won since 2015": a date something is measured from (`dateText` may hold the "since"). */
export function measuredSince(before: string, dateText: string): boolean {
  return /^since\b/i.test(dateText) || SINCE.test(before);
}

// "for the third time this month": the period that counts times, not the day of one of them.
const TIMES_IN = /\btime\s+$/i;

/** The role of a date, given the text of its clause before it and after it (and the date's own words). */
export function dateRole(before: string, after: string, text = ''): DateRole {
  if (TIMES_IN.test(before) && /^this\s/i.test(text)) return 'reference';
  if (ALLOWED_UNTIL.test(before) && TO_VERB.test(after)) return 'deadline';
  if (DEADLINE_BEFORE.test(before)) return 'deadline';
  // "stalled since Monday, when negotiators walked out": the when-clause tells what happened then.
  if (WHEN_AFTER.test(after)) return 'happening';
  if (SINCE.test(before) || SINCE_RECORDS.test(before) || UNTIL.test(before) || AS_OF.test(before)) return 'duration';
  if (EVENTS_OF.test(before) || ANNIVERSARY_AFTER.test(after) || COMPARED.test(before)) return 'reference';
  return 'happening';
}

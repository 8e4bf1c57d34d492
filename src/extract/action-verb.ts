/**
 * A verb of action the happening lexicon does not list ("surveyed the wreckage on Friday", "Divers
 * on Wednesday recovered the bodies"): the lexicon names the kinds of happening the merge can tell
 * apart, but news tells of many more, and a clause dated to a day whose verb is an action in the
 * simple past reports that something happened that day.
 *
 * Kept narrow, since a wrong event costs as much as a missing one: only dates of a day (a month or
 * a year with an unlisted verb is more often a state or a figure: "sales grew in 2023"), only the
 * simple past in the date's own clause, never a state, a measure or a figure ("the port handled a
 * record 847,158 cars"), nor a verb in a relative clause or under a condition.
 */
import nlp from 'compromise';
import type { HappeningMatch } from './happenings';

// Verbs of being, having, measuring and thinking: how things stood, not what happened.
const STATE =
  /^(?:was|were|had|did|got|seemed|appeared|looked|sounded|felt|knew|thought|believed|wanted|needed|hoped|expected|planned|intended|meant|liked|loved|feared|remained|stayed|stood|sat|lay|lived|belonged|existed|owned|held|kept|carried|handled|hosted|housed|served|employed|included|contained|comprised|involved|totall?ed|numbered|averaged|amounted|accounted|measured|weighed|cost|lasted|ranked|rated|equall?ed|exceeded|reached|represented|estimated|projected|forecast|described|called|named|used|tried|continued|began|started|faced|saw|became|came|went|made|took|gave|let|put|said|told|asked|noted|added|declined|refused|failed|sought|attempted|waited|wished|preferred|managed|helped|allowed|spent|earned|paid|owed|charged|won|lost)$/i;
// A figure follows the verb: "handled a record 847,158 cars", "lost about $2 billion".
const FIGURE_AFTER = /^\s+(?:(?:a|an)\s+(?:record|total of|further|another)\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+|roughly\s+)?[$£€¥]?\d/i;
const PAST_PASSIVE = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?$/u;
// "The road was closed on Monday": a participle that also names a state the thing was in.
const STATIVE = /^(?:closed|opened|shut|blocked|damaged|destroyed|flooded|covered|locked|filled|crowded|packed|located|based|delayed|scheduled|set|due|required|allowed|expected|known|seen|considered|involved|affected|injured|hurt|stuck|stranded|trapped|gone|done|finished|empty|full)$/i;
// "who surveyed", "which carried", "that collapsed": a relative clause says who or which.
const RELATIVE = /\b(?:who|which|that|whom|whose)\s+(?:\p{Ll}+ly\s+)?$/u;
// "the flooded district": a participle after a determiner qualifies a noun.
const QUALIFIES = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:\p{Ll}+\s+)?$/iu;
// What a verb's object opens on: "The council offered a grant" is a verb, "the flooded district" no.
const OBJECT_AFTER = /^\s+(?:a|an|the|its|their|his|her|our|this|that|these|those|some|no|[$£€¥]?\d)\b/i;

/** Whether the participle at `at` qualifies the noun after it, rather than being a clause's verb with its object. */
function qualifies(clause: string, at: number, length: number): boolean {
  return QUALIFIES.test(clause.slice(0, at)) && !OBJECT_AFTER.test(clause.slice(at + length));
}
const CONDITION = /\b(?:if|unless|whether|once|until|when)\b[^,;:]*$/i;
// Between a date and a verb after it: only the subject's end ("Divers on Wednesday recovered").
// Or a chronology line's subject after its head ("- April 3: The first trains were loaded").
const DATE_THEN_VERB = /^(?:[\s,]*(?:\p{Ll}+ly\s+)?|\s*(?::|\s[-–—]|[–—])\s+(?:[\p{L}\d'’.-]+\s+){1,6}?(?:was\s+|were\s+)?)$/u;

/** How far before the date its verb may be, in characters ("refloated the container ship Dali on Monday"). */
const BEFORE = 90;

/** The simple-past verb of action that governs a day's date in `clause`, as a happening of kind 'other'. */
export function actionVerb(clause: string, dateAt: number, dateEnd: number): HappeningMatch | undefined {
  const verbs = (nlp(clause).match('#PastTense').json({ offset: true }) as Array<{ text: string; offset: { start: number }; terms: Array<{ text: string; tags: string[] }> }>)
    .filter((v) => v.terms.length === 1 && !v.terms[0]!.tags.includes('Auxiliary') && !v.terms[0]!.tags.includes('Copula'))
    // "The bodies were recovered on Saturday": a passive in the simple past is as much an act,
    // but not "is expected" nor "had been told" (only "was" or "were" before it).
    .filter((v) => !v.terms[0]!.tags.includes('Passive') || (PAST_PASSIVE.test(clause.slice(0, v.offset.start)) && !STATIVE.test(v.terms[0]!.text)))
    .map((v) => ({ text: v.terms[0]!.text, index: v.offset.start }))
    .filter((v) => clause.startsWith(v.text, v.index) && /^\p{Ll}+ed$|^\p{Ll}+$/u.test(v.text) && !STATE.test(v.text));
  const acts = verbs.filter((v) => !RELATIVE.test(clause.slice(0, v.index)) && !qualifies(clause, v.index, v.text.length) && !CONDITION.test(clause.slice(0, v.index)) && !FIGURE_AFTER.test(clause.slice(v.index + v.text.length)));
  const before = acts.filter((v) => v.index + v.text.length <= dateAt && dateAt - v.index <= BEFORE).pop();
  const after = acts.find((v) => v.index >= dateEnd && DATE_THEN_VERB.test(clause.slice(dateEnd, v.index)));
  const verb = before ?? after;
  return verb && { cls: 'other', index: verb.index, text: verb.text };
}

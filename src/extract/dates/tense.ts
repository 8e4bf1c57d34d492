/**
 * Grammatical tense around a temporal expression: does "on Monday" point back or ahead?
 *
 * Future markers: will/'ll/shall/won't, "is expected to", "plans to", "scheduled for",
 * "is due to/in", "set to", "slated for", "is to meet", could/may/might (not "… have"),
 * "upcoming", and "would" after a reporting verb ("said he would"). Everything else is past,
 * the default for news copy.
 *
 * For a position inside a sentence (`tenseAround`), the clause around the expression is cut at
 * punctuation; the nearest marker (future, or a clear past-tense verb such as "said", "met",
 * "was") before the expression decides, else the nearest after it ("Thursday's meeting will …"
 * prefers the one after). "The mayor said on Friday he would meet the union on Monday" → "said" governs
 * "Friday", "would" governs "Monday"; "told … on Tuesday it would sign" → "told". When the
 * clause holds no marker (a fronted "On Monday, …"), the whole sentence is searched the same way.
 */
import type { Tense } from './candidate';

const REPORTING =
  '(?:said|says|told|announced|added|stated|indicated|confirmed|signal(?:l)?ed|promised|pledged|vowed|expected|hoped|insisted|warned|predicted|noted|wrote|agreed|decided|suggested|thought|believed|planned|announced)';

const FUTURE_SOURCES: Array<[string, string]> = [
  ["\\b(?:will|shall|won['’]t)\\b|['’]ll\\b", 'i'],
  ['\\b(?:is|are|am|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?(?:expected|scheduled|set|slated|due|poised|going|planning|preparing|likely|unlikely|about)\\s+(?:to|for|in|at|on|back)\\b', 'i'],
  ['\\b(?:expected|scheduled|slated|poised|set)\\s+(?:to|for)\\b', 'i'],
  // "plan to" after a determiner is the noun ("gave the plan to Chile").
  ['(?<!\\b(?:the|a|an|this|that|its|his|her|their|our|your|peace|new)\\s+)\\b(?:plans?|planning|planned|intends?|intending|intended|aims?|aiming|aimed|hopes?|hoping|hoped|wants?|wanted|expects?|expecting|prepares?|preparing)\\s+to\\b', 'i'],
  ['\\b(?:planned|due)\\s+(?:for|in|at|back)\\b', 'i'],
  ['\\b(?:is|are)\\s+to\\s+(?:be|meet|visit|travel|hold|attend|sign|arrive|return|begin|start|take|make|speak|address|host|deliver|vote|decide|leave|fly|head|resume)\\b', 'i'],
  ['\\bgoing\\s+to\\b', 'i'],
  // "Analysts expect another increase at the May meeting": a forecast, in the present, of what is to come.
  ['\\b(?:expects?|expecting|forecasts?|forecasting|predicts?|predicting|anticipates?|anticipating)\\s+(?:a|an|another|further|more|the|one|two|three)\\b', 'i'],
  ['\\bupcoming\\b|\\bforthcoming\\b', 'i'],
  // Modal verbs: lower-case "may" only, so the month never counts.
  ['\\b(?:[Cc]ould|[Mm]ight|may)\\b(?!\\s+(?:not\\s+)?have\\b)', ''],
  [`(?<=\\b${REPORTING}\\b[^.;]*)\\bwould\\b(?!\\s+(?:not\\s+)?have\\b)`, 'i'],
];

const PAST_SOURCES: string[] = [
  '\\b(?:said|told|announced|reported|confirmed|added|noted|stated|wrote|explained|acknowledged|admitted|denied|claimed|argued|warned|urged|asked|replied|responded|declared|revealed|insisted)\\b',
  '\\b(?:was|were|had|did|met|took|came|went|held|began|left|spoke|gave|made|sent|flew|saw|brought|fell|rose|won|lost|struck|hit|led|ran|got|became|paid|sat|stood|wore|chose|drove|found|thought|knew|kept)\\b',
  '\\b(?:arrived|visited|signed|agreed|called|described|rejected|returned|traveled|travelled|attended|launched|killed|died|resigned|released|published|unveiled|presented|leaked|occurred|happened|hosted|discussed|participated|emerged|ended|started|opened|closed|fired|voted|passed|approved|issued|posted|ordered|arrested|charged|sentenced|elected|appointed|named|invaded|attacked|searched|raided|announced|completed|finished|delivered|received|offered|proposed|submitted|reached|joined|talked|spoke|walked|landed|crashed|collapsed|erupted|broke|struck)\\b',
  '\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?(?:been\\s+)?\\w+(?:ed|en|wn|ne|ght|ade|ld|id|ot|un)\\b',
  '\\b(?:he|she|they|we|I|it|who)\\s+\\w+ed\\b',
  // A verb in -ed with its object after it ("toured the waterfront") is a finite past verb.
  '\\b\\w{3,}ed(?=\\s+(?:the|a|an|his|her|their|its|our)\\s)',
  '\\bago\\b',
];

const PASSIVE_BEFORE = /\b(?:be|being|to|get)\s+(?:\w+ly\s+)?$/i;

const futureRes = FUTURE_SOURCES.map(([src, flags]) => new RegExp(src, `g${flags}`));
const pastRes = PAST_SOURCES.map((src) => new RegExp(src, 'gi'));

interface Marker {
  start: number;
  end: number;
  tense: Tense;
}

function spans(res: RegExp[], text: string, tense: Tense): Marker[] {
  const out: Marker[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, tense });
  }
  return out;
}

function markers(text: string): Marker[] {
  const future = spans(futureRes, text, 'future');
  // A past-looking word inside a future phrase ("was expected to") is not a past marker.
  // Nor is a participle after "be" ("will be held on Monday", "could be signed").
  const past = spans(pastRes, text, 'past').filter(
    (p) => !future.some((f) => p.start < f.end && f.start < p.end) && !PASSIVE_BEFORE.test(text.slice(0, p.start)),
  );
  return [...future, ...past];
}

/** Future when the clause holds a future marker, past otherwise. */
export function detectTense(clause: string): Tense {
  return markers(clause).some((m) => m.tense === 'future') ? 'future' : 'past';
}

// The comma of "410,000" separates digits, not clauses.
const CLAUSE_BREAK = /,(?!\d{3}(?!\d))|[;:()\[\]"“”—–]|\s-\s/g;

/** Start and end of the clause holding [start, end): cut at punctuation outside the span. */
export function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const i = m.index;
    if (i + m[0].length <= start) from = i + m[0].length;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/**
 * The governing marker: the nearest one on the preferred side of the expression (before it; after
 * it for a possessive such as "Monday's meeting will …", which heads the subject of the verb that
 * follows), else the nearest on the other side.
 */
function governing(list: Marker[], start: number, end: number, preferAfter: boolean): Marker | undefined {
  let before: Marker | undefined;
  let after: Marker | undefined;
  for (const m of list) {
    if (m.end <= start) {
      if (!before || m.end > before.end || (m.end === before.end && m.tense === 'future')) before = m;
    } else if (m.start >= end) {
      if (!after || m.start < after.start) after = m;
    }
  }
  return preferAfter ? (after ?? before) : (before ?? after);
}

/** Tense for the expression at sentence[index, index + length): past when nothing marks it. */
export function tenseAround(sentence: string, index: number, length: number): Tense {
  const preferAfter = /['’]s$/.test(sentence.slice(index, index + length));
  return markedTense(sentence, index, length) ?? governing(markers(sentence), index, index + length, preferAfter)?.tense ?? 'past';
}

/**
 * The tense a verb of the expression's own clause marks, or undefined when none does ("the
 * Dec. 4 talks"; ", setting a meeting for April 24", where "filed" before the comma is not
 * this clause's verb).
 */
export function markedTense(sentence: string, index: number, length: number): Tense | undefined {
  const end = index + length;
  const preferAfter = /['’]s$/.test(sentence.slice(index, end));
  const [from, to] = clauseBounds(sentence, index, end);
  const local = markers(sentence.slice(from, to)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  return governing(local, index, end, preferAfter)?.tense;
}

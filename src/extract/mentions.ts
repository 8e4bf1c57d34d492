/**
 * From sentences to mentions: a mention is one dated clause that reports a happening, with the
 * names and words that let it be matched against other articles' mentions of the same happening.
 */
import type { HappeningClass } from './happenings';
import { bySubject, DISTINCT, findHappenings, HABITUAL, happeningHead, happeningHeads, personalAct, type HappeningMatch } from './happenings';
import { actionVerb } from './action-verb';
import { stripAttribution } from './attribution';
import { referentEnd } from './referent';
import { dateRole, measuredSince } from './date-role';
import type { FoundName } from './names';
import type { LoadedSource, ResolvedDate, Sentence, TemporalExpression } from './types';
import { contentLemmas, nameWords } from './words';

export interface Mention {
  /** Stable: source id, sentence offset and expression offset. */
  key: string;
  source: string;
  derivedFrom?: string;
  published: string;
  sentence: Sentence;
  /** The part of the sentence this date belongs to (the whole sentence when it has one date). */
  segment: string;
  date?: ResolvedDate;
  dateText?: string;
  cls: HappeningClass;
  /** Canonical key of the first person or organisation before the happening word. */
  actor?: string;
  /** Canonical name keys in the whole sentence. */
  names: string[];
  /** Canonical keys of the people the clause names, its actor first. */
  people: string[];
  /** Canonical keys of places named where the happening is told (around its word and its date). */
  places: string[];
  /** The places among them that are venues (cities, buildings), not countries or regions. */
  venues: string[];
  /** The clause the date sits in: what the title is made from. */
  clause: string;
  /** Offset in `clause` of the happening word that governs the date. */
  happeningAt: number;
  /** The date was given by reference to the sentence before ("that evening", "the next day"). */
  anaphoric: boolean;
  /** Offset of the sentence before this one in the same paragraph, if any. */
  previousSentence?: number;
  /** Who "he" or "she" opening the clause is: the person the sentences before were about. */
  referent?: string;
  /** Who "he" or "she" opening the clause is, when the sentence before named them by a noun ("The man"). */
  referentNoun?: string;
  /** What "It" or "Its" opening the sentence is: what a sentence before was about (see `thingSubject`). */
  referentThing?: string;
  lemmas: string[];
  /** Lemmas of the words of the names in the segment: "the commission" is the "City Commission". */
  nameWords: string[];
  future: boolean;
  /** "a second call": never merged with another mention of its own article. */
  distinct: boolean;
  /** Worked out once where the mention is made (and kept with it in the cache): see `happeningHeads`. */
  heads?: string[];
  /** Whether it reports what only one person does (see `personalAct`). */
  personal?: boolean;
}

// "made landfall near Wrenport", "off the coast of": the place is nearby, not where it happened.
const VICINITY_BEFORE = /\b(?:near|off|outside|toward|towards|around|(?:north|south|east|west)\s+of)\b[^,;.]{0,25}$/i;

export function inVicinity(text: string, nameAt: number): boolean {
  return VICINITY_BEFORE.test(text.slice(0, nameAt));
}

export interface SentenceAnalysis {
  sentence: Sentence;
  expressions: TemporalExpression[];
  names: Array<FoundName & { canonical: string }>;
}

const FUTURE = /\b(?:will|would|is expected to|are expected to|is due to|are due to|plans? to|planned|scheduled|set to|is to|are to|going to)\b/i;
// The comma of "410,000" separates digits, not clauses.
// Nor is the colon of "6:20 a.m." a clause's end.
const CLAUSE_BREAK = /,(?!\d{3}(?!\d))|;|:(?!\d)|[()]|\s[-–—]{1,2}\s/g;
const SEGMENT_BREAK = /[,;:]\s|\s(?:and that|but|before|after|while|whereas|then|and then)\s|\sthat\s/gi;

/** Bounds of the comma-clause around [start, end), widened while it holds no happening word. */
function clauseAround(text: string, start: number, end: number, dateEnd?: number): [number, number] {
  const breaks = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0), text.length];
  let lo = 0;
  let hi = breaks.length - 1;
  for (let i = 0; i < breaks.length; i++) {
    if (breaks[i]! <= start) lo = i;
    if (breaks[i]! >= end) {
      hi = i;
      break;
    }
  }
  // A clause that is only the date ("On Nov. 16,", "The day after the storm,") belongs to the one
  // after it: the happening an offset counts from is part of the date.
  let a = breaks[lo]!;
  let b = breaks[hi]!;
  const outsideDate = (h: { index: number }) => a + h.index < start || a + h.index >= (dateEnd ?? end);
  while (!findHappenings(text.slice(a, b)).some(outsideDate) && (lo > 0 || hi < breaks.length - 1)) {
    if (hi < breaks.length - 1) b = breaks[++hi]!;
    else a = breaks[--lo]!;
  }
  return [a, b];
}

const RELATIVE_VERB = /^(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ed|began|begun|was|were|came|went|broke|struck|took|fell|rose|left|won|lost)\b/u;

// A verb that makes what follows "before" or "after" a clause ("before the commander called off the advance").
const FINITE_VERB = /\b(?:\p{Ll}+ed|was|were|is|are|had|has|have|did|does|will|would|made|took|went|came|gave|said|told|began|fell|rose|left|won|lost|met|ran|saw|sent|held|struck|broke|spoke|flew|led)\b/u;

/** Split a sentence with several dates so that each date keeps the words nearest to it. */
function segmentBounds(text: string, exprs: TemporalExpression[]): Array<[number, number]> {
  if (exprs.length === 1) return [[0, text.length]];
  const cuts = [0];
  for (let i = 1; i < exprs.length; i++) {
    const prevEnd = exprs[i - 1]!.index + exprs[i - 1]!.text.length;
    const nextStart = exprs[i]!.index;
    const between = text.slice(prevEnd, nextStart);
    // "..., ending a strike that began on Feb. 24": a relative "that" (a verb follows it) keeps the
    // noun it hangs on with its date; an earlier break cuts instead.
    const breaks = [...between.matchAll(SEGMENT_BREAK)];
    const relative = (b: RegExpMatchArray) => /^\s*that\s$/i.test(b[0]) && RELATIVE_VERB.test(between.slice((b.index ?? 0) + b[0].length));
    let brk = breaks.filter((b) => !relative(b)).pop() ?? breaks.pop();
    // "pleaded guilty in January and testified before a grand jury last month": "before" (or
    // "after") a noun phrase with no verb is a preposition, not a break; cutting there would leave
    // the next date's verb with the date before, so cut before that verb instead.
    const verb = findHappenings(between)[0];
    const rest = brk ? between.slice((brk.index ?? 0) + brk[0].length) : '';
    if (brk && verb && verb.index < (brk.index ?? 0) && /^\s(?:before|after)\s$/i.test(brk[0]) && !findHappenings(rest).length && !FINITE_VERB.test(rest)) {
      brk = breaks.filter((b) => (b.index ?? 0) + b[0].length <= verb.index).pop();
    }
    cuts.push(brk ? prevEnd + (brk.index ?? 0) + 1 : prevEnd);
  }
  cuts.push(text.length);
  return exprs.map((_, i) => [cuts[i]!, cuts[i + 1]!]);
}

export interface MentionOptions {
  canonicalPlace: (key: string) => boolean;
  canonicalPerson: (key: string) => boolean;
  /** A country or region: a place too broad to tell two happenings apart. */
  broadPlace: (key: string) => boolean;
  previousSentence?: number;
  /** The person the sentences just before had as subject (see `personSubject`). */
  lastSubject?: string;
  /** The person the sentence just before was about, named by a noun ("The man"). */
  lastNounSubject?: string;
  /** What a sentence just before was about, when not a person ("The ministry", "Quarrow Mining"): see `thingSubject`. */
  lastThing?: string;
}

// "Keller liaised ...", "During the first term, Keller liaised ...": a name at the sentence's
// start, or after one leading phrase set off by a comma.
const SUBJECT_BEFORE = /^(?:[^,]{0,80},\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** The person a sentence is about: its subject when that is a person (not a possessive), else undefined. */
export function personSubject(a: SentenceAnalysis, opts: Pick<MentionOptions, 'canonicalPerson'>): string | undefined {
  const text = a.sentence.text;
  const n = a.names.find((x) => SUBJECT_BEFORE.test(text.slice(0, x.index)) && !/^['’]s\b/.test(text.slice(x.index + x.text.length)));
  return n && (n.kind === 'person' || opts.canonicalPerson(n.canonical)) ? n.canonical : undefined;
}

// A word a subject's noun phrase is followed by when it is the subject: a verb, by its form or as
// one of the common irregular ones and auxiliaries.
const VERB_AFTER_SUBJECT = String.raw`(?:\p{Ll}+ed|\p{Ll}+s|is|was|has|had|will|would|can|could|may|might|must|should|did|does|cut|set|put|met|made|took|gave|held|began|broke|struck|fell|rose|left|won|lost|came|went|hit|sank|said|told|sold|bought|paid|kept|sent|spent|built|led|ran|shut|quit)`;
/** A noun phrase read as plural ("The inspectors", "The two men"): no "it" means it. */
const PLURAL_HEAD = /(?:[^su]s|men|people|police)$/i;
const NON_PERSON_NOUN_PHRASE = new RegExp(
  String.raw`^\s*(The\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+)\s+(?:(?:\p{Ll}+ly|also|still|never|often|already|again|now)\s+)?${VERB_AFTER_SUBJECT}\b`,
  'u',
);

/**
 * What a sentence is about when it is not a person, for an "It" or "Its" opening a sentence after it:
 * the organisation named at its start ("Quarrow Mining, long the town's largest employer, has shed"), or a
 * singular noun phrase opening on "The" and followed by a verb ("The ministry froze", "The agency is").
 */
export function thingSubject(a: SentenceAnalysis, opts: Pick<MentionOptions, 'canonicalPerson'>): string | undefined {
  const text = a.sentence.text;
  const n = a.names.find((x) => x.index === 0);
  if (n && n.kind === 'org' && !opts.canonicalPerson(n.canonical) && !/^['’]s\b/.test(text.slice(n.text.length))) return n.text;
  const m = NON_PERSON_NOUN_PHRASE.exec(text);
  if (!m || PLURAL_HEAD.test(m[1]!)) return undefined;
  // ("The man", "The woman": a person, whom "he" or "she" means.)
  return a.names.some((x) => x.kind === 'person' && x.index < m[1]!.length) ? undefined : m[1];
}

// "It is due to rule", "Its board agreed": the sentence opens on a pronoun for a thing. Not
// an "it" that stands for what follows ("It is unclear whether", "It took three days to").
const THING_PRONOUN = /^\s*(?:its\s+\p{Ll}|it\s+(?!(?:is|was|was\s+not|is\s+not|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained)\s+(?:\p{Ll}+\s+)?(?:that|whether|how|why|if|when|to\s+be|unclear|likely|possible|clear|time)\b)(?!took|takes|was\s+not\s+until|is\s+not\s+until)\p{Ll})/iu;

/** The thing "It" or "Its" opening the sentence is, when the clause is the sentence's start. */
function thingReferent(a: SentenceAnalysis, clauseAt: number, opts: MentionOptions): string | undefined {
  if (!opts.lastThing || clauseAt > 0 || !THING_PRONOUN.test(a.sentence.text)) return undefined;
  return opts.lastThing;
}

// "He met ...", "According to the inquiry, he met ...": a pronoun as the clause's subject.
const PRONOUN_SUBJECT = /^[\s,]*(?:according\s+to\s+[^,]{2,60},\s+)?(?:he|she)\s/i;

/** Who the pronoun opening a clause is, when no person (other than in a possessive) comes before it in the sentence. */
function pronounReferent(a: SentenceAnalysis, clauseAt: number, clause: string, opts: MentionOptions): string | undefined {
  if (!opts.lastSubject || !PRONOUN_SUBJECT.test(clause)) return undefined;
  const text = a.sentence.text;
  const personBefore = a.names.some(
    (n) => n.index < clauseAt && (n.kind === 'person' || opts.canonicalPerson(n.canonical)) && !/^['’]s\b/.test(text.slice(n.index + n.text.length)),
  );
  return personBefore ? undefined : opts.lastSubject;
}

/**
 * Whose act "his" or "her" before it names ("accepted his resignation"): the person the sentences
 * before were about, when the sentence names no person before it.
 */
function possessiveReferent(a: SentenceAnalysis, at: number, beforeVerb: string, opts: MentionOptions): string | undefined {
  if (!opts.lastSubject || !/\b(?:his|her)\s+(?:[\p{L}-]+\s+)?$/iu.test(beforeVerb)) return undefined;
  const personBefore = a.names.some((n) => n.index < at && (n.kind === 'person' || opts.canonicalPerson(n.canonical)));
  return personBefore ? undefined : opts.lastSubject;
}

const NEGATION = /\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|never|was not|wasn['’]t|were not|weren['’]t|no longer)\b/i;

// "A child who was not vaccinated died": a negation inside a relative clause says who, not whether.
const NEGATED_RELATIVE = /\b(?:who|which|that)\s+(?:was|were|is|are|had|has|have|did|does)(?:\s+not|n['’]t)\s+(?:been\s+)?\p{L}+\b/giu;

/** Whether the clause says its happening did not happen: a negation before the date or the happening's word. */
export function negated(clause: string, dateAt: number, governing: { index: number } | undefined): boolean {
  return NEGATION.test(clause.slice(0, Math.max(dateAt, governing?.index ?? 0)).replace(NEGATED_RELATIVE, ''));
}

// "hoped to open", "wants to sign", "would like to host": what someone wishes for has not been set.
const POSSIBLE = /\b(?:could|might|may)\s+(?:\p{Ll}+ly\s+)?(?!have\b)\p{Ll}/u;
const INTENDED = /\b(?:plans?|planned|planning|aims?|aimed|intends?|intended|hopes?|hoped|wants?|would)\s+(?:\p{Ll}+ly\s+)?(?:to\s+)?\p{Ll}/u;
const WISHED = /\b(?:hopes?|hoped|hoping|wants?|wanted|wanting|wish(?:es|ed)?|aspires?|aspired|would\s+like|dreams?\s+of)\s+(?:(?:\p{L}+ly|still|also)\s+)?(?:to\s+)?$/iu;

/** Whether the happening after `beforeVerb` is only wished for ("the council hoped to open"). */
export function wishedFor(beforeVerb: string): boolean {
  return WISHED.test(beforeVerb);
}

const COUNTERFACTUAL = /\b(?:should|could|would|might|must) have\b/i;

// "If you were told to leave, leave tonight": what an if-clause names has not happened; nor what
// "it is unclear whether" it will.
const IF_CLAUSE = /\b(?:if|unless|(?:unclear|uncertain|not\s+clear|not\s+known|unknown|doubtful)\s+(?:whether|if|when))\b[^,;:]*$/i;

export function isHypothetical(text: string, at: number): boolean {
  return IF_CLAUSE.test(text.slice(0, at));
}

// "Residents who evacuated began returning on Friday": the relative clause says who, the verb after it what.
const RELATIVE_BEFORE = /\b(?:who|which)\s+(?:(?:had|has|have)\s+)?$/i;

/** Happenings less those in a relative clause that a later happening before the date follows. */
export function mainHappenings<H extends { index: number; text: string }>(clause: string, dateAt: number, hs: H[]): H[] {
  // (Unless what follows is its object: "BMW, which cancelled a $2 billion order in June".)
  const objectOf = (h: H, k: H) => OBJECT_BETWEEN.test(clause.slice(h.index + h.text.length, k.index));
  return hs.filter((h) => !(RELATIVE_BEFORE.test(clause.slice(0, h.index)) && hs.some((k) => k.index > h.index && k.index < dateAt && !objectOf(h, k))));
}

// "filed its proxy statement", "gave an interview": a statement noun as object of a verb of happening.
const STATEMENT_NOUN = /^(?:statement|remarks|interview|speech|address)$/i;
const OBJECT_BETWEEN = /^\s+(?:(?:the|a|an|its|their|his|her|our)\s+)(?:[\p{L}\d$£€.,%-]+\s+){0,3}$/u;
const UNDOING = /^(?:cancell?ed|called off|postponed|delayed|suspended|halted|scrapped|scrubbed|rejected|abandoned|withdrew)$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;

/** "the agreement announced", "the talks collapsed": a noun after a determiner, and a past form right after it. */
function nounThenPast(clause: string, noun: { index: number; text: string }, past: { index: number; text: string }): boolean {
  return /ed$/i.test(past.text) && /^\s+$/.test(clause.slice(noun.index + noun.text.length, past.index)) && DETERMINER_BEFORE.test(clause.slice(0, noun.index));
}

/**
 * The happening that heads a phrase: the verb whose object is a statement noun, the noun that a
 * participle of saying qualifies.
 */
export function headOf<H extends { index: number; text: string; cls: string }>(hs: H[], h: H | undefined, clause: string): H | undefined {
  if (!h) return h;
  const prev = hs.filter((x) => x.index + x.text.length <= h.index).pop();
  if (!prev) return h;
  const between = clause.slice(prev.index + prev.text.length, h.index);
  if (STATEMENT_NOUN.test(h.text) && prev.cls !== 'statement' && OBJECT_BETWEEN.test(between)) return prev;
  // "cancelled a $2 billion order", "called off the meeting": what was undone is not what happened.
  if (UNDOING.test(prev.text) && OBJECT_BETWEEN.test(between)) return prev;
  // "the agreement announced on March 4": a participle of saying after a happening noun qualifies it.
  if (h.cls === 'statement' && nounThenPast(clause, prev, h)) return prev;
  return h;
}

/** "at Wednesday's commission meeting": a possessive date dates the noun it qualifies. */
export function possessedHappening<H extends { index: number }>(clause: string, dateAt: number, dateEnd: number, hs: H[]): H | undefined {
  if (!/['’]s$/.test(clause.slice(dateAt, dateEnd))) return undefined;
  return hs.find((h) => h.index >= dateEnd && h.index - dateEnd <= 25 && !/[,;:.]/.test(clause.slice(dateEnd, h.index)));
}

/**
 * The happenings of a clause, found with the part of the sentence before it in view: "A second
 * quake, of magnitude 7.5, hit the region": the clause "hit the region" strikes as its subject does.
 */
function happeningsIn(clause: string, context: string): HappeningMatch[] {
  if (!context) return findHappenings(clause);
  // A match that starts in the context ("Shares of Orbis, which ..., fell 4%") keeps its part in the clause.
  return findHappenings(context + clause)
    .filter((h) => h.index + h.text.length > context.length)
    .map((h) => {
      if (h.index >= context.length) return { ...h, index: h.index - context.length };
      const part = h.text.slice(context.length - h.index);
      const text = part.trimStart();
      return { ...h, index: part.length - text.length, text };
    });
}

// "at a special session", "during a press conference": a happening's noun as a place and time.
const SETTING_BEFORE = /\b(?:at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether a happening is only the setting of an earlier one in the clause, the date right after it
 * ("signed ... at a session on Friday"; not "at a summit that opened on Friday", which tells it).
 */
export function isSetting(clause: string, h: { index: number; text: string }, hs: readonly { index: number; cls: string }[], dateAt: number): boolean {
  if (!/^\s*(?:on|in|at|late|early)?\s*$/i.test(clause.slice(h.index + h.text.length, dateAt))) return false;
  return SETTING_BEFORE.test(clause.slice(0, h.index)) && hs.some((x) => x.index < h.index && x.cls !== 'statement');
}

/**
 * The happening word that governs a date: the nearest before it in its clause, else the first after.
 * A reporting verb far from the date ("he said he felt X should have cut a deal in February, when
 * the meeting devolved") yields to a happening right after the date.
 */
function governingHappening(clause: string, dateAt: number, dateEnd: number, context = '') {
  const hs = mainHappenings(clause, dateAt, happeningsIn(clause, context).filter((h) => !isHypothetical(clause, h.index)));
  const possessed = possessedHappening(clause, dateAt, dateEnd, hs);
  if (possessed) return possessed;
  // A specific word ("the stoppage began") names the happening better than a generic verb.
  const specific = (list: typeof hs) => (list.some((h) => h.cls !== 'other') ? list.filter((h) => h.cls !== 'other') : list);
  // "signed the treaty at a special session on Friday": a happening named as the setting
  // of another is where it happened, not what.
  const before = specific(hs.filter((h) => h.index < dateAt && !isSetting(clause, h, hs, dateAt)));
  const afterAll = specific(hs.filter((h) => h.index >= dateEnd));
  // "Jan. 9: The talks collapsed after ...": a happening's noun that is the subject of a happening
  // verb right after it is what happened to it; the verb tells the happening.
  // (Not a noun of people, "Negotiators announced", nor the happening an offset counts from, "The
  // day after the talks collapsed, ...", which dates nothing of its own.)
  const [noun, verb] = afterAll;
  const subjectVerb = !!verb && !/ed$/i.test(noun!.text) && nounThenPast(clause, noun!, verb) && !/\b(?:after|before|since)$/i.test(clause.slice(dateAt, dateEnd));
  const after = subjectVerb ? verb : noun;
  let last = headOf(hs, before[before.length - 1], clause);
  // "said it would close the port on Wednesday": the date is the reported happening's, not the saying's.
  const reported = last?.cls === 'statement' ? hs.filter((h) => h.index > last!.index && h.index < dateAt).pop() : undefined;
  if (reported) last = reported;
  // (Not a verb coordinated after the date: "closed the bank on Friday and appointed a receiver".)
  if (last?.cls === 'other' && after && after.cls !== 'other' && after.index - dateEnd < 60 && !/\band\b/i.test(clause.slice(dateEnd, after.index))) return after;
  const counterfactual = last && COUNTERFACTUAL.test(clause.slice(Math.max(0, last.index - 25), dateAt));
  if (last && (last.cls === 'statement' || counterfactual)) {
    const far = dateAt - (last.index + last.text.length) > 40;
    if ((far || counterfactual) && after && after.index - dateEnd < 80) return after;
  }
  return last ?? after;
}

// "..., the hurricane center said on Wednesday, and ...": who told of the happening before it, and when.
const ATTRIBUTION_ONLY = /^[\s,]*(?:[\p{L}.'’-]+\s+){0,8}?(?:said|says|told reporters|reported|announced)\s+(?:on\s+|late\s+|early\s+)?$/iu;

/** A clause that only attributes what the sentence told before it, with the day it was told. */
export function attributesOnly(clause: string, dateAt: number, dateEnd: number): boolean {
  return ATTRIBUTION_ONLY.test(clause.slice(0, dateAt)) && /^[\s,.;:]*$/.test(clause.slice(dateEnd));
}

/**
 * "Okafor, who toured the city on Sunday, returned on Thursday": a later clause that starts with
 * its verb has the name that opens the sentence (after capitalised titles only) as its subject.
 */
export function sentenceSubject<N extends FoundName & { canonical: string }>(text: string, names: N[], before: number, opts: Pick<MentionOptions, 'canonicalPlace'>): N | undefined {
  const first = names.find((n) => n.kind !== 'place' && !opts.canonicalPlace(n.canonical));
  if (!first || first.index >= before || !/^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(text.slice(0, first.index))) return undefined;
  return first;
}

/** "Final results will be announced on Thursday": what is said is made public, a happening of its own. */
export function passiveSaying(cls: HappeningClass, beforeVerb: string): HappeningClass {
  // ("a week after the merger was announced": what was made public happened, whatever it was.)
  return cls === 'statement' && /\b(?:be|been|being|was|were)\s+$/i.test(beforeVerb) ? 'other' : cls;
}

/**
 * "The company said it expected the wards to reopen early next week": a saying already made,
 * dated ahead of the article, dates what it foretold, a happening of some kind, not the saying.
 */
export function toldAhead(cls: HappeningClass, verb: string, ahead: boolean): HappeningClass {
  return cls === 'statement' && ahead && /^(?:said|told|\p{L}+ed)$/iu.test(verb) ? 'other' : cls;
}

// "A regional court on Wednesday suspended construction": what a court does is a court's happening.
const COURT_SUBJECT = /\b(?:court|judge|justices?|tribunal|magistrate)\b/i;

// "A judge approved the extradition", "the High Court rejected his appeal": a court's decision is a ruling.
const COURT_DECISION = /^(?:approved|rejected|dismissed|denied|refused|granted|allowed|blocked|accepted)$/i;

/** A generic verb, or a verb of deciding, whose subject is a court is a court's happening. */
export function byCourt(cls: HappeningClass, beforeVerb: string, verb = ''): HappeningClass {
  const decides = cls === 'other' || ((cls === 'agreement' || cls === 'statement') && COURT_DECISION.test(verb));
  return decides && COURT_SUBJECT.test(beforeVerb) ? 'court' : cls;
}

/**
 * "The attack comes two years after a similar attack shut down the network in 2024": an offset
 * whose referent carries its own date relates two happenings; that date, not the offset, dates one.
 */
export function relatesTwoDated(text: string, e: TemporalExpression, all: readonly TemporalExpression[]): boolean {
  if (e.kind !== 'anaphoric' || !/\b(?:after|before)$/i.test(e.text)) return false;
  const end = e.index + e.text.length;
  return all.some((x) => x !== e && x.resolved && x.kind !== 'anaphoric' && x.index >= end && x.index - end < 100 && !/[;.!?]/.test(text.slice(end, x.index)));
}

const PRESENT_SAYING = /^(?:says|say|tells|claims|alleges|argues|contends|maintains|insists)$/i;

const withReferent = (referent: string | undefined) => (referent ? { referent } : {});
const withThing = (referentThing: string | undefined) => (referentThing ? { referentThing } : {});

// "said attendance fell to 81% on Tuesday": a figure told, how things stood, not a happening.
const FIGURE_TOLD = /^\s+(?:that\s+)?(?:[\p{L}\d%'’-]+\s+){1,4}?(?:fell|rose|grew|dropped|declined|climbed|increased|decreased|slipped|jumped|stood|averaged|totall?ed|was|were)\b/u;
// "has said fares could rise next July": a possibility told, not a plan ("May" is a month).
const POSSIBILITY_TOLD = /\b(?:could|might|may)\b/;

/**
 * Whether a saying's date belongs to what it tells rather than to the saying, and what it tells is
 * no happening: a figure or a possibility (a happening told would have governed the date itself).
 */
export function tellsNoHappening(clause: string, sayingEnd: number, dateAt: number): boolean {
  const told = clause.slice(sayingEnd, dateAt);
  return FIGURE_TOLD.test(told) || POSSIBILITY_TOLD.test(told);
}

// What a saying tells after its date, when that is no act: an act not done ("that they had found no
// survivors", "that it had not decided") or a state of mind ("that she was “quite hopeful”").
const NO_ACT_TOLD = new RegExp(
  String.raw`^[\s,]*(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:(?:had|has|have)\s+(?:made|taken|reached|found|received|seen|heard)\s+no\b|(?:did|does|do|had|has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?\p{L}+|(?:was|were|is|are|felt|feels|remained|remains)\s+(?:(?:very|so|quite|still|\p{L}+ly)\s+)?["“]?(?:(?:very|so|quite|\p{L}+ly)\s+)?(?:confident|optimistic|hopeful|pleased|delighted|happy|proud|sure|certain|disappointed|concerned|worried|saddened|shocked|surprised)\b)`,
  'u',
);

/** Whether a saying dated before what it tells ("said on Monday that ...") tells no act (`NO_ACT_TOLD`). */
export function tellsNoAct(afterDate: string): boolean {
  return NO_ACT_TOLD.test(afterDate);
}

/**
 * Whether a condition governs the date's clause: the sentence opens on one ("If no deal is reached,
 * workers will strike next week"), or one follows the date in its clause ("will strike next week
 * unless ..."); not one in a clause of its own ("will vote on Dec. 4, and if they approve, ...").
 */
export function onCondition(text: string, dateAt: number, dateEnd: number): boolean {
  return /^\W*(?:if|unless)\b/i.test(text.slice(0, dateAt)) || /^[^,;:]*\b(?:if|unless)\b/i.test(text.slice(dateEnd));
}

// "The strike entered its second week on Tuesday": a count of time passing, not a happening.
const MILESTONE = /\b(?:entered|enters|entering|reached|reaches|marked|marks|hit|hits)\s+(?:its|their|the|a)\s+(?:\w+\s+)?(?:day|week|month|year)\b/i;

// What is left of a part of a sentence holding only a coordinated date: ", 2019", " and again in April."
const COORDINATED_ONLY = /^[\s,;.]*(?:(?:and|or|then|again|also|later)[\s,]+)*(?:(?:in|on|at|during)\s+)?(?:the\s+)?[\s,;.]*$/i;

// What is left of a part of a sentence holding a date and a figure only: " and another 300 in June".
const FIGURE = String.raw`(?:(?:another|a further|an additional|some|about|around|nearly|almost|more than|over)\s+)?[$£€]?\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|bn|m)\b)?(?:\s+more\b)?`;
const ELIDED_FIGURE = new RegExp(String.raw`^[\s,;]*(?:and|but|then|before|with)\s+(?:then\s+)?(${FIGURE})[\s,;.]*(?:(?:in|on|at|during)\s+)?(?:the\s+)?[\s,;.]*$`, 'i');
const FIGURE_IN_CLAUSE = /[$£€]?\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|bn|m)\b)?/g;

/**
 * The clause before, told again of the figure and the date of a part of the sentence that left
 * out its verb ("The company cut 500 jobs in March" → "The company cut another 300 jobs in June"):
 * undefined when the clause has no figure after its happening word, before its date.
 */
export function elidedRetold(before: Pick<Mention, 'clause' | 'dateText' | 'happeningAt'>, figure: string, dateText: string): { clause: string } | undefined {
  const dateAt = before.dateText ? before.clause.indexOf(before.dateText) : -1;
  if (dateAt < 0) return undefined;
  const fig = [...before.clause.matchAll(FIGURE_IN_CLAUSE)].find((m) => (m.index ?? 0) > before.happeningAt && (m.index ?? 0) < dateAt);
  if (!fig) return undefined;
  const at = fig.index ?? 0;
  const clause = before.clause.slice(0, at) + figure + before.clause.slice(at + fig[0].length, dateAt) + dateText + before.clause.slice(dateAt + before.dateText!.length);
  return { clause };
}

// "said on Thursday": a saying followed by its own date.
const SAYING_DATED = /\b(?:said|announced|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/i;
// ", and its board announced that ...": a second saying, by another speaker, joined by "and".
const JOINED_SAYING = /^[^,;]*,\s+and\s+((?:(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:announced|said|confirmed|disclosed)\s+(?:that\s+)?\S)/u;

// Who said it, in up to eight words before the saying verb.
const SPEAKER_SAID = String.raw`(?:[\p{L}.'’-]+\s+){0,8}?(?:said|says|told\s+\p{L}+|announced|confirmed)\b`;
// ", chief executive Ana Ruiz said on Monday": a saying that follows what it attributes.
const TRAILING_SAYING = new RegExp(`^[\\s,]*${SPEAKER_SAID}`, 'u');
// ", a UN official said": the same, set off by a comma and not a second verb of the subject ("and said").
const ATTRIBUTION_AFTER = new RegExp(`^\\s*,\\s+(?!(?:and|but|then|while)\\b)(?=\\S)${SPEAKER_SAID}`, 'u');

/**
 * "Orbis has hired Lind, Ruiz said on Monday": the date of a saying that follows what it
 * attributes dates the happening told in the perfect before it, whose kind the mention takes; so
 * does a saying of the last days before the article for a happening told in the passive past ("Two
 * ships were seized overnight, the coast guard told a press briefing on Sunday").
 */
export function perfectAttributed(segment: string, clauseAt: number, clause: string, governing: HappeningMatch, recent = false): HappeningClass | undefined {
  if (governing.cls !== 'statement' || clauseAt === 0 || !TRAILING_SAYING.test(clause)) return undefined;
  const before = segment.slice(0, clauseAt);
  const aux = recent ? /\b(?:has|have|was|were)\s+(?:\p{Ll}+ly\s+)?$/u : /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?$/u;
  const told = findHappenings(before).find((h) => h.cls !== 'statement' && aux.test(before.slice(0, h.index)));
  return told?.cls;
}

/** The span of an aside set off by commas around a date (", founded in 2015 as a lab,", ", which began in May,"). */
export function asideAround(text: string, at: number, end: number): [number, number] | undefined {
  const open = text.lastIndexOf(',', at);
  const close = text.indexOf(',', end);
  if (open < 0 || close < 0) return undefined;
  return /^\s*(?:(?:which|who)\s+|\p{Ll}+(?:ed|en)\s)/u.test(text.slice(open + 1, close)) ? [open, close] : undefined;
}

/** Whether `at` is inside a quotation in `text` (an odd number of quotation marks before it). */
export function quoted(text: string, at: number): boolean {
  // "... be ready by Friday," the coach said: the sentence goes on a quotation that an earlier
  // sentence opened, up to its first closing mark; the marks after it open and close as usual.
  const closing = continuedQuoteEnd(text);
  if (closing !== undefined) return at < closing || quotedFrom(text.slice(closing + 1), at - closing - 1);
  return quotedFrom(text, at);
}

function quotedFrom(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * Where a quotation opened in an earlier sentence closes in this one: a first quotation mark that
 * closes (after a word's last letter or a punctuation mark, before a space, a comma or the end),
 * with no opening mark before it.
 */
export function continuedQuoteEnd(text: string): number | undefined {
  const first = /["“”]/.exec(text);
  if (!first || first[0] === '“') return undefined;
  const at = first.index;
  const closes = first[0] === '”' || (/[\p{L}\d.,!?…]$/u.test(text.slice(0, at)) && /^(?:\s|,|$)/.test(text.slice(at + 1)) && at > 0);
  return closes ? at : undefined;
}

/** A date a quotation tells a done act by: past, and no deadline ("will be ready by Friday" is none). */
function toldAsDone(text: string, d: TemporalExpression, published: string): boolean {
  return !!d.resolved && d.resolved.start <= published && dateRole(text.slice(0, d.index), text.slice(d.index + d.text.length), d.text) === 'happening';
}

// The speaker of a quotation, after it: "..., the club's coach Mia Sorensen said", "said Varro".
const SPEAKER_AFTER_QUOTE = /^[\s,]*(?:[\p{L}.'’-]+\s+){0,8}$/u;

/**
 * Whether what is said before the saying at `sayingAt` is only a quotation ("“We will rebuild,”
 * the mayor said on Monday"): the sentence opens on it, or goes on one an earlier sentence opened.
 * Words quoted tell what someone said, not that anything happened.
 */
export function quotationOnly(text: string, sayingAt: number, dates: readonly { index: number }[] = []): boolean {
  const before = text.slice(0, sayingAt);
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
  if (close < 0 || !SPEAKER_AFTER_QUOTE.test(before.slice(close + 1))) return false;
  if (!/^\s*["“]/.test(text) && continuedQuoteEnd(text) !== close) return false;
  // ("“They rebuilt the school on Monday,” the mayor said": the words tell a dated act, or a happening.)
  return !dates.some((d) => d.index < close) && !findHappenings(before.slice(0, close)).some((h) => h.cls !== 'statement');
}

// "20 minutes later", "hours later": a count of the same day's hours.
const SAME_DAY_LATER = /^(?:\S+\s+)*(?:minutes|hours|moments)\s+(?:later|afterwards?)$/i;

/**
 * Whether a date only tells again the day of the date before it in its sentence: an apposition
 * ("on Sunday, the day after Christmas") or a count of minutes or hours from it ("docked on Sunday
 * and unloaded its cargo 40 minutes later"), which tells the same happening on.
 */
export function restatesDay(text: string, e: TemporalExpression, before: TemporalExpression | undefined): boolean {
  if (!before?.resolved || !e.resolved || before.resolved.precision !== 'day' || e.resolved.start !== before.resolved.start || e.resolved.end !== before.resolved.end) return false;
  return /^\s*,\s*$/.test(text.slice(before.index + before.text.length, e.index)) || (e.kind === 'anaphoric' && SAME_DAY_LATER.test(e.text));
}

/** Mentions in one analysed sentence. Dated clauses without a happening word yield nothing. */
export function mentionsInSentence(src: LoadedSource, a: SentenceAnalysis, opts: MentionOptions): Mention[] {
  const text = a.sentence.text;
  // A date that only starts or ends a state, or names a day's events, neither yields a mention nor splits the sentence.
  const dated = a.expressions.filter((e) => {
    const role = e.resolved && dateRole(text.slice(0, e.index), text.slice(e.index + e.text.length), e.text);
    return role && role !== 'duration' && role !== 'reference';
  }).reduce<TemporalExpression[]>((kept, e) => {
    // "on Sunday, the day after Christmas": one date in two wordings, worded whole.
    const before = kept[kept.length - 1];
    if (!restatesDay(text, e, before)) kept.push(e);
    else if (e.kind !== 'anaphoric' || !SAME_DAY_LATER.test(e.text)) kept[kept.length - 1] = { ...before!, text: text.slice(before!.index, e.index + e.text.length) };
    return kept;
  }, []);
  if (!dated.length || HABITUAL.test(text)) return [];
  const out: Mention[] = [];
  const bounds = segmentBounds(text, dated);
  dated.forEach((expr, i) => {
    // The offset still bounds its own part of the sentence, so the other date keeps its clause.
    if (relatesTwoDated(text, expr, a.expressions)) return;
    const [s, e] = bounds[i]!;
    const segment = text.slice(s, e);
    const date = expr.resolved!;
    // A date that covers today and more ("this year", "this month") dates no happening.
    const span = (Date.parse(date.end) - Date.parse(date.start)) / 86_400_000;
    if (span > 31 && date.start <= src.meta.published && date.end >= src.meta.published) return;
    // "raised $300 million between 2019 and 2023", "governed from 2009 to 2013": years of a
    // state or a sum of many acts, not one happening.
    if (span > 366 && (expr.text.match(/\b\d{4}\b|[-–]\d{2}\b/g) ?? []).length >= 2) return;
    const exprAt = expr.index - s;
    // "three days after the fire": the happening the offset names is part of the date, not what happened.
    const dateLength = Math.min((referentEnd(text, expr) ?? expr.index + expr.text.length) - expr.index, e - expr.index);
    let [ca, cb] = clauseAround(segment, exprAt, exprAt + expr.text.length, exprAt + dateLength);
    // "The meeting, held in Lisbon in late April": a generic verb leans on the clause before it.
    const generic = governingHappening(segment.slice(ca, cb), exprAt - ca, exprAt - ca + dateLength);
    if (generic?.cls === 'other' && ca > 0) {
      const prev = segment.slice(0, ca).search(/[^,;:]*[,;:]\s*$/);
      const wider = prev >= 0 ? prev : 0;
      const g = governingHappening(segment.slice(wider, cb), exprAt - wider, exprAt - wider + dateLength);
      if (g && g.cls !== 'other') ca = wider;
    }
    let clause = segment.slice(ca, cb);
    const dateInClause = exprAt - ca;
    const core = stripAttribution(clause) || clause;
    const role = dateRole(segment.slice(0, exprAt), segment.slice(exprAt + expr.text.length), expr.text);
    const deadline = role === 'deadline' && date.start > src.meta.published;
    // "By 2018 the company employed 4,000 people and had raised $6 billion": what had come about by
    // a past day, not what happened on it.
    // (Not the agent of a passive: "devastated by the Feb. 6 quake".)
    if (role === 'deadline' && date.end < src.meta.published && !/\p{L}+(?:ed|en)\s+by\s+(?:the\s+)?$/iu.test(segment.slice(0, exprAt))) return;
    let governing = governingHappening(clause, dateInClause, dateInClause + dateLength, segment.slice(0, ca));
    const dateEndInSegment = exprAt + expr.text.length;
    // "should have cut a deal in February, when the meeting devolved": what did happen follows.
    if (governing && COUNTERFACTUAL.test(clause.slice(Math.max(0, governing.index - 25), dateInClause))) {
      const next = findHappenings(segment.slice(dateEndInSegment)).find((h) => h.index < 80);
      if (!next) return;
      governing = { ...next, index: dateEndInSegment + next.index - ca };
      cb = Math.max(cb, dateEndInSegment + next.index + next.text.length);
      clause = segment.slice(ca, cb);
    }
    // "the strongest quake since 1939, when a quake of similar size killed 33,000 people": what is
    // measured since a date is a state; the clause right after it tells what happened then.
    const when = measuredSince(segment.slice(0, exprAt), expr.text) && /^\s*,\s*when\s+(?!(?:asked|contacted|reached)\b)(?:[^,;:.!?]|[,.](?=\d))*/i.exec(segment.slice(dateEndInSegment));
    const toldAt = when && findHappenings(when[0]).find((h) => h.cls !== 'statement');
    if (toldAt && !deadline) {
      governing = { ...toldAt, index: dateEndInSegment + toldAt.index - ca };
      cb = Math.max(cb, dateEndInSegment + when[0].length);
      clause = segment.slice(ca, cb);
    }
    // "surveyed the wreckage on Friday": a verb of action the lexicon does not list, for a day only
    // (or a day counted in hours, "some 70 hours after the blast", which is off by hours at most),
    // also before a saying that only attributes it ("crossed into Syria on Thursday, an official said").
    // Not in a quotation: "They saved lives last night," the governor said.
    const attributedOnly = governing?.cls === 'statement' && governing.index > dateInClause && ATTRIBUTION_AFTER.test(clause.slice(dateInClause + expr.text.length));
    // A weekend or a night ("over the weekend", two days) is as narrow; "a week ago" is a day's count.
    const narrow = date.precision === 'day' || (date.precision === 'days' && span <= 1);
    const unlisted =
      (!governing || attributedOnly) && !deadline && narrow && (!date.approximate || /\b(?:hours|ago)\b/i.test(expr.text)) && !quoted(text, expr.index)
        ? actionVerb(clause, dateInClause, dateInClause + dateLength)
        : undefined;
    if (unlisted) governing = unlisted;
    // "raised rates in January and again in April", "were held in 2014, 2019 and 2024": a date
    // that only follows another with a conjunction shares its happening, told again with its own date.
    const before = out[out.length - 1];
    if (!governing && !deadline && before?.dateText && before.clause.includes(before.dateText)) {
      const rest = segment.slice(0, exprAt) + segment.slice(exprAt + expr.text.length);
      // The mention before, told again with this date.
      const retold = (fields: Partial<Mention>): Mention => ({
        ...before,
        key: `${src.id}:${a.sentence.start}:${expr.index}`,
        date,
        dateText: expr.text,
        anaphoric: expr.kind === 'anaphoric',
        future: date.start > src.meta.published,
        ...fields,
      });
      // "cut 500 jobs in March and another 300 in June": the verb left out is the one before, done
      // again to another figure; a happening of its own, never one with the first.
      const elided = ELIDED_FIGURE.exec(rest);
      const told = elided && elidedRetold(before, elided[1]!, expr.text);
      if (told) {
        out.push(retold({ clause: told.clause, segment: told.clause, lemmas: contentLemmas(told.clause, a.names.map((n) => n.text)), distinct: true }));
        return;
      }
      if (COORDINATED_ONLY.test(rest)) {
        out.push(retold({ clause: before.clause.replace(before.dateText, expr.text), segment: before.segment.replace(before.dateText, expr.text) }));
      }
      return;
    }
    if (!governing && !deadline) return;
    if (MILESTONE.test(clause)) return;
    // "Orbis, founded in 2015 as a lab, has been valued ... in talks": an aside's date dates
    // only what the aside tells.
    const aside = asideAround(clause, dateInClause, dateInClause + expr.text.length);
    if (aside && governing && (governing.index < aside[0] || governing.index > aside[1])) return;
    // "If no deal is reached by Friday, workers will strike next week": what is to happen only on
    // a condition is not planned.
    if (date.start > src.meta.published && onCondition(text, expr.index, expr.index + expr.text.length)) return;
    // "did not establish ... in 2016": the clause says something did not happen.
    if (negated(clause, dateInClause, governing)) return;
    // "failed to reach the summit on Tuesday" tells a try that day; "failed to disclose the risks in
    // 2019" tells only what was not done.
    if (governing && /^failed$/i.test(governing.text) && /^\s+to\s/i.test(clause.slice(governing.index + governing.text.length)) && date.precision !== 'day') return;
    // "still hoped to open a second plant in May": a wish is no plan.
    if (governing && date.start > src.meta.published && wishedFor(clause.slice(0, governing.index))) return;
    // "Analysts said the merger could lift prices next year", "may close the plant in June": a possibility is no plan.
    if (date.start > src.meta.published && POSSIBLE.test(clause.slice(0, Math.max(dateInClause, governing?.index ?? 0)))) return;
    // "plans to build a stadium by 2032", "would reform the tax code before the autumn": an intention
    // held to a season or a year is no date a timeline can keep.
    if (deadline && span > 31 && INTENDED.test(clause.slice(0, dateInClause))) return;
    if (core !== clause && !happeningsIn(core, `${segment.slice(0, ca)} `).length && !deadline && !(unlisted && core.includes(unlisted.text))) return;
    const cls: HappeningClass = deadline
      ? 'deadline'
      : (perfectAttributed(segment, ca, clause, governing!, date.precision === 'day' && date.start <= src.meta.published && Date.parse(src.meta.published) - Date.parse(date.start) <= 3 * 86_400_000) ??
        toldAhead(
          passiveSaying(bySubject(byCourt(governing!.cls, clause.slice(0, governing!.index), governing!.text), governing!.text, segment.slice(0, ca + governing!.index)), clause.slice(0, governing!.index)),
          governing!.text,
          date.start > src.meta.published,
        ));
    // "“They rebuilt the school on Monday,” the mayor said": a date in the words quoted dates them, not the saying.
    if (governing?.cls === 'statement' && quoted(text, expr.index) && !quoted(text, s + ca + governing.index)) return;
    // "“We never saw this coming,” the mayor told reporters on Friday": words, no act.
    if (governing?.cls === 'statement' && quotationOnly(text, s + ca + governing.index, dated.filter((d) => toldAsDone(text, d, src.meta.published)))) return;
    if (governing?.cls === 'statement' && tellsNoHappening(clause, governing.index + governing.text.length, dateInClause)) return;
    if (governing?.cls === 'statement' && governing.index < dateInClause && tellsNoAct(text.slice(expr.index + expr.text.length))) return;
    if (cls === 'statement' && out.length && attributesOnly(clause, dateInClause, dateInClause + expr.text.length)) return;
    // "The suit says the company knew of complaints last summer": a saying in the present is not
    // dated by a past date, and nothing else in the clause happened then.
    if (cls === 'statement' && PRESENT_SAYING.test(governing!.text) && date.end < src.meta.published) return;
    // Where it happened: names between the happening word and the date, and just after both.
    const from = s + ca + Math.min(dateInClause, governing?.index ?? dateInClause);
    const to = s + ca + Math.max(dateInClause + expr.text.length, (governing?.index ?? 0) + (governing?.text.length ?? 0)) + 40;
    const near = a.names.filter((n) => n.index >= from && n.index < Math.min(to, s + cb));
    const placeNames = near.filter((n) => n.kind === 'place' || opts.canonicalPlace(n.canonical));
    const places = [...new Set(placeNames.map((n) => n.canonical))].sort();
    const surroundings = new Set(placeNames.filter((n) => inVicinity(text, n.index)).map((n) => n.canonical));
    const mainAt = s + ca + (governing?.index ?? dateInClause);
    // In a relative clause ("Okafor, who ... plans to step down") the actor is the name it hangs on.
    // A clause that starts with its verb ("..., an independent, texted the mayor") or a relative pronoun
    // ("Okafor, who ... plans to step down") has its actor in the name it hangs on.
    const actorName =
      a.names.find((n) => n.index >= s + ca && n.index < mainAt && n.kind !== 'place') ??
      (/^[\s,]*(?:who\b|whose\b|which\b|\p{Ll})/u.test(clause)
        ? (a.names.find((n) => n.index >= s && n.index < s + ca && n.kind !== 'place' && !opts.canonicalPlace(n.canonical)) ??
          sentenceSubject(text, a.names, s + ca, opts))
        : undefined);
    const clausePeople = a.names
      .filter((n) => n.index >= s + ca && n.index < s + cb && (n.kind === 'person' || opts.canonicalPerson(n.canonical)))
      .map((n) => n.canonical);
    const personal = !!governing && personalAct(cls, happeningHead(governing.text));
    // "The committee accepted his resignation": whose act it is, when the sentences before were about him.
    const owner = personal && governing ? possessiveReferent(a, s + ca + governing.index, clause.slice(0, governing.index), opts) : undefined;
    const people = [...new Set([...(actorName && opts.canonicalPerson(actorName.canonical) ? [actorName.canonical] : []), ...clausePeople, ...(owner ? [owner] : [])])];
    out.push({
      key: `${src.id}:${a.sentence.start}:${expr.index}`,
      source: src.id,
      ...(src.meta.derivedFrom ? { derivedFrom: src.meta.derivedFrom } : {}),
      published: src.meta.published,
      sentence: a.sentence,
      segment,
      clause,
      happeningAt: governing?.index ?? dateInClause,
      date,
      dateText: expr.text,
      anaphoric: expr.kind === 'anaphoric',
      ...(opts.previousSentence !== undefined ? { previousSentence: opts.previousSentence } : {}),
      ...withReferent(pronounReferent(a, s + ca, clause, opts) ?? owner),
      ...(!opts.lastSubject && opts.lastNounSubject && PRONOUN_SUBJECT.test(clause) ? { referentNoun: opts.lastNounSubject } : {}),
      ...withThing(thingReferent(a, s + ca, opts)),
      cls,
      ...(actorName ? { actor: actorName.canonical } : {}),
      names: [...new Set([...a.names.map((n) => n.canonical), ...(owner ? [owner] : [])])].sort(),
      people,
      places,
      // A journey's destination is its venue, even a whole country ("visiting India").
      venues: (cls === 'travel' ? places : places.filter((p) => !opts.broadPlace(p))).filter((p) => !surroundings.has(p)),
      lemmas: contentLemmas(segment, a.names.map((n) => n.text)),
      nameWords: nameWords(a.names.filter((n) => n.index >= s && n.index < e).map((n) => n.text)),
      future: date.start > src.meta.published,
      distinct: DISTINCT.test(segment),
      // "Orbis will cut 300 jobs, the company said on Thursday": a saying after what it attributes
      // tells of the happenings before it.
      heads: unlisted
        ? [...new Set([...happeningHeads(clause), unlisted.text.toLowerCase()])]
        : cls === 'statement' && ca > 0 && TRAILING_SAYING.test(clause)
          ? happeningHeads(segment.slice(0, cb))
          : happeningHeads(clause),
      personal,
    });
  });
  // "Orbis will cut 300 jobs, the company said on Thursday, and its board announced that Lind would
  // step down": a second saying joined to a dated one shares its day, and is a happening of its own.
  const said = out.find((m) => m.cls === 'statement' && !m.future && m.date?.precision === 'day' && m.dateText && SAYING_DATED.test(m.clause.slice(0, m.clause.indexOf(m.dateText))));
  const joined = said && JOINED_SAYING.exec(text.slice(said.sentence.text.indexOf(said.clause) + said.clause.indexOf(said.dateText!)));
  if (said && joined && !HABITUAL.test(text)) {
    const at = text.indexOf(joined[0], text.indexOf(said.clause)) + joined[0].length - joined[1]!.length;
    const clause = text.slice(at).replace(/[\s.]+$/, '');
    const told = findHappenings(clause).find((h) => h.cls !== 'statement');
    if (told && !negated(clause, told.index, told)) {
      const names = a.names.filter((n) => n.index >= at);
      out.push({
        ...said,
        key: `${said.key}:and`,
        segment: clause,
        clause,
        happeningAt: clause.search(/\b(?:announced|said|confirmed|disclosed)\b/),
        anaphoric: false,
        people: [...new Set(names.filter((n) => n.kind === 'person' || opts.canonicalPerson(n.canonical)).map((n) => n.canonical))],
        lemmas: contentLemmas(clause, a.names.map((n) => n.text)),
        nameWords: nameWords(names.map((n) => n.text)),
        heads: happeningHeads(clause),
        personal: false,
      });
      delete out[out.length - 1]!.actor;
    }
  }
  return out;
}

/** An undated sentence that reports a happening: it may still cite an event that others date. */
export function undatedMention(src: LoadedSource, a: SentenceAnalysis, opts: MentionOptions): Mention | undefined {
  if (a.expressions.some((e) => e.resolved) || HABITUAL.test(a.sentence.text)) return undefined;
  const core = stripAttribution(a.sentence.text);
  const happenings = findHappenings(core);
  if (!happenings.length) return undefined;
  const places = [...new Set(a.names.filter((n) => n.kind === 'place' || opts.canonicalPlace(n.canonical)).map((n) => n.canonical))].sort();
  // "He said the talks in Oslo lasted": the happening is the talks, not the saying.
  const main = happenings.find((h) => h.cls !== 'statement') ?? happenings[0]!;
  const actorName = a.names.find((n) => n.index < a.sentence.text.indexOf(happenings[0]!.text) && n.kind !== 'place');
  return {
    key: `${src.id}:${a.sentence.start}:-`,
    source: src.id,
    ...(src.meta.derivedFrom ? { derivedFrom: src.meta.derivedFrom } : {}),
    published: src.meta.published,
    sentence: a.sentence,
    segment: a.sentence.text,
    clause: a.sentence.text,
    happeningAt: a.sentence.text.indexOf(main.text),
    anaphoric: false,
    cls: main.cls,
    ...(actorName ? { actor: actorName.canonical } : {}),
    names: [...new Set(a.names.map((n) => n.canonical))].sort(),
    people: [],
    places,
    venues: places.filter((p) => !opts.broadPlace(p)),
    lemmas: contentLemmas(a.sentence.text, a.names.map((n) => n.text)),
    nameWords: nameWords(a.names.map((n) => n.text)),
    future: FUTURE.test(a.sentence.text),
    distinct: DISTINCT.test(a.sentence.text),
    heads: happeningHeads(a.sentence.text),
    personal: personalAct(main.cls, happeningHead(main.text)),
  };
}

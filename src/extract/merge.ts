/**
 * One event per happening. Every pair of mentions whose dates overlap is scored: shared names and
 * words, weighted by rarity over the corpus (so "Chile" in a Chile story counts for little
 * while a venue or a person named in two reports counts for much), agreeing happening classes,
 * the same venue. Pairs are then joined best first, and a join is refused when the group it makes
 * would no longer be one happening: dates with no day in common, two venues, two speakers, two
 * dates from one sentence. Order-independent, and deterministic.
 */
import { compareStrings as cmp } from '../lib/compare';
import { compatibleClasses, findHappenings, HAPPENING_CLASSES, happeningHead, happeningHeads, personalAct, type HappeningClass } from './happenings';
import type { Mention } from './mentions';
import { sumParts, type MentionId, type PairParts, type PairsMemo } from './merge-pairs';
import type { ResolvedDate } from './types';
import { lemma } from './words';

export interface Cluster {
  mentions: Mention[];
  /** The days every dated mention allows, worded as the most precise mention worded it. */
  date: ResolvedDate;
  dateText: string;
  cls: HappeningClass;
}

export interface MergeOptions {
  /** Rarity weight of a name key or lemma. */
  weight: (key: string) => number;
  /** Score two dated mentions need to be joined. */
  threshold?: number;
  /** Score an undated mention needs to cite a dated event. */
  undatedThreshold?: number;
  /**
   * The parts of pair scores kept by the last run, and each dated mention's identity (a hash of
   * its content; undefined for one whose pairs are neither served nor kept): the pairs of two
   * unchanged mentions are summed from their parts, not scored again (merge-pairs.ts).
   */
  pairs?: { memo: PairsMemo; idOf: (m: Mention) => MentionId | undefined };
}

const DAY = 86_400_000;
const spanDays = (d: ResolvedDate) => (Date.parse(d.end) - Date.parse(d.start)) / DAY;
const overlaps = (a: ResolvedDate, b: ResolvedDate) => a.start <= b.end && b.start <= a.end;

function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

// "five days after its board fired him": counted from the day of writing or the day before, a day either way.
const COUNTED_DAYS = /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+days?\s+(?:after|before|later|earlier)\b/i;

/**
 * The days a dated mention allows. A plan ("is expected to arrive on Monday") may slip by a day, so a
 * planned date is widened by one day each side when it meets a report of what did happen, and so is
 * a count of several days ("five days after"); a day counted approximately ("a week after" another) by two.
 */
function daysAllowed(m: Mention): ResolvedDate {
  const d = m.date!;
  const slack =
    d.approximate && d.precision === 'day' ? 2 : (m.future || COUNTED_DAYS.test(m.dateText ?? '')) && (d.precision === 'day' || d.precision === 'days') ? 1 : 0;
  return slack ? { ...d, start: shiftIso(d.start, -slack), end: shiftIso(d.end, slack) } : d;
}

const allowedDays = (m: Mention): ResolvedDate => facts(m).days;

/** Lemmas of the happening words of a mention's clause, saying left out (every report says). */
export function happeningLemmas(m: Mention): string[] {
  // Asked for both sides of every pair scored: scanning the clause once per mention is enough.
  if (m.heads) return m.heads;
  let lemmas = lemmasOf.get(m);
  if (!lemmas) lemmasOf.set(m, (lemmas = happeningHeads(m.clause)));
  return lemmas;
}
const lemmasOf = new WeakMap<Mention, string[]>();

/** Gives a mention the happening lemmas `happeningLemmas` found for it earlier (a cache keeps them). */
export function rememberHappeningLemmas(m: Mention, lemmas: string[]): void {
  // (A mention that carries them, as most do, is asked for its own: nothing to remember.)
  if (!m.heads) lemmasOf.set(m, lemmas);
}

const GENERIC = new Set<HappeningClass>(['statement', 'other']);

/**
 * What the merge asks of a mention in every pair it is scored in (a candidate pair, and each pair
 * a join checks), worked out once per mention: the days it allows, its lists, its happening
 * lemmas, and (only when first asked) whether it tells one person's act. The lists are searched
 * as they are (a handful of words each): sets made of them cost more to build, for the ~7,000
 * mentions of a re-run that scores few pairs, than they saved.
 */
interface Facts {
  /** The days it allows (`daysAllowed`); only dated mentions are asked for them. */
  days: ResolvedDate;
  names: readonly string[];
  lemmas: readonly string[];
  nameWords: readonly string[];
  venues: readonly string[];
  happening: readonly string[];
  personal?: boolean;
}
const factsOf = new WeakMap<Mention, Facts>();
function facts(m: Mention): Facts {
  let f = factsOf.get(m);
  if (!f) {
    f = {
      days: m.date ? daysAllowed(m) : (undefined as never),
      names: m.names,
      lemmas: m.lemmas,
      nameWords: m.nameWords,
      venues: m.venues,
      happening: happeningLemmas(m),
    };
    factsOf.set(m, f);
  }
  return f;
}

// The merge runs once per process, mostly before V8 optimises it: indexed loops, which allocate no
// iterators (for…of, some, destructuring do in unoptimised code, ~100 MB of garbage per run).
function meets<T>(a: readonly T[], b: readonly T[]): boolean {
  for (let k = 0; k < a.length; k++) if (b.includes(a[k]!)) return true;
  return false;
}

/** "The paper published the memo that evening": a sentence that continues the one before it. */
const continues = (x: Mention, y: Mention) => x.anaphoric && x.source === y.source && x.previousSentence === y.sentence.start;

/** "Shipping lines said on Friday that they were diverting vessels": a saying that tells the other's happening. */
const reports = (x: Mention, y: Mention) => x.cls === 'statement' && y.cls !== 'statement' && meets(happeningLemmas(x), facts(y).happening);

/** Whether two mentions could be one happening: nothing rules it out (the class is checked apart). */
function consistent(a: Mention, b: Mention, fa = facts(a), fb = facts(b)): boolean {
  // One sentence (source ids hold no colon, so this is the `source:start` key's equality).
  if (a.source === b.source && a.sentence.start === b.sentence.start) return false;
  if (a.date && b.date && !overlaps(fa.days, fb.days)) return false;
  // Two venues (a city, a building) are two happenings; two countries may be one story's backdrop.
  if (a.venues.length && b.venues.length && !meets(a.venues, fb.venues)) return false;
  if ((a.distinct || b.distinct) && a.source === b.source) return false;
  // Two statements are one only if one speaker made them.
  if (a.cls === 'statement' && b.cls === 'statement' && a.actor && b.actor && a.actor !== b.actor) return false;
  // "Okafor testified" and "the director is expected to testify": one person's act, done by another.
  if (personal(a, fa) && personal(b, fb)) {
    // Only people: "the board fired Lind" and "Lind was removed" are one act done to one person.
    const who = [a.actor, b.actor].filter((x): x is string => !!x && (a.people.includes(x) || b.people.includes(x)));
    if (who.length && !who.every((x) => a.names.includes(x) && b.names.includes(x))) return false;
  }
  return true;
}

/**
 * Two sentences of one article that share no name, no word and no happening, one of them told
 * by a generic verb: "pulled a baby from the rubble on Thursday" and "the aid convoy crossed into
 * Syria on Thursday" are two happenings, even when a third sentence shares a word with each.
 */
function unrelatedInOneArticle(a: Mention, b: Mention, fa: Facts, fb: Facts): boolean {
  if (a.source !== b.source || (a.cls !== 'other' && b.cls !== 'other')) return false;
  return !meets(a.names, fb.names) && !meets(a.lemmas, fb.lemmas) && !meets(happeningLemmas(a), fb.happening);
}

/** Whether a mention reports an act only one person does (its governing happening's). */
function personal(m: Mention, f: Facts): boolean {
  if (m.personal !== undefined) return m.personal;
  if (f.personal === undefined) {
    const h = findHappenings(m.clause).find((x) => x.index === m.happeningAt);
    f.personal = !!h && personalAct(m.cls, happeningHead(h.text));
  }
  return f.personal;
}

/**
 * Whether the classes, or the pair's sources, leave any way for two mentions to be compatible: a
 * quick test that rules out most candidate pairs before anything else is looked at (`compatible`
 * asks the same and more).
 */
const mayBeCompatible = (a: Mention, b: Mention) =>
  compatibleClasses(a.cls, b.cls) || compatibleClasses(b.cls, a.cls) || a.source === b.source || a.cls === 'statement' || b.cls === 'statement' || sameWord(a, b);

/**
 * "The city raised its bid on Tuesday ... The new bid was filed late on Tuesday": one
 * article telling one day's happening twice, once with a generic verb, in words they share.
 */
function retoldInArticle(a: Mention, b: Mention, fa: Facts, fb: Facts): boolean {
  if (a.source !== b.source || (a.cls !== 'other' && b.cls !== 'other') || a.cls === 'statement' || b.cls === 'statement') return false;
  if (!a.date || !b.date || a.date.precision !== 'day' || a.date.start !== b.date.start || b.date.precision !== 'day') return false;
  return meets(a.lemmas, fb.lemmas);
}

/**
 * "completed the purchase on Friday" and "the sale, completed on Friday": two reports that tell a
 * day's happening by the same verb, whatever kind each took it for.
 */
function sameWord(a: Mention, b: Mention): boolean {
  if (!a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day') return false;
  const ga = governingLemma(a);
  const gb = governingLemma(b);
  return (!!ga && toldLemmas(b).has(ga)) || (!!gb && toldLemmas(a).has(gb));
}

const governingLemmas = new WeakMap<Mention, string | null>();
/** The lemma of the happening word that governs a mention's date, if the lexicon lists it (and it is no saying). */
function governingLemma(m: Mention): string | undefined {
  let g = governingLemmas.get(m);
  if (g === undefined) {
    const h = findHappenings(m.clause).find((x) => x.index === m.happeningAt && x.cls !== 'statement');
    governingLemmas.set(m, (g = h ? lemma(happeningHead(h.text)) : null));
  }
  return g ?? undefined;
}

// "rose 3% on Monday after the ruling": a happening named to say when, not told.
const WHEN_BEFORE = /\b(?:after|before|since|following|until|ahead\s+of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const toldLemmasOf = new WeakMap<Mention, Set<string>>();
/** The lemmas of the happenings a mention's clause tells, not those it only dates by. */
function toldLemmas(m: Mention): Set<string> {
  let t = toldLemmasOf.get(m);
  if (!t) {
    const hs = findHappenings(m.clause).filter((h) => h.cls !== 'statement' && !WHEN_BEFORE.test(m.clause.slice(0, h.index)));
    t = new Set(hs.map((h) => lemma(happeningHead(h.text))));
    // "freed the two on Saturday, handing them to the mediators": a participle after the clause's
    // comma tells how the same happening was done.
    const at = m.segment.indexOf(m.clause);
    const participle = at < 0 ? undefined : m.segment.slice(at + m.clause.length).match(/^\s*,\s+(\p{Ll}+ing\b[^,;:.!?]*)/u)?.[1];
    if (participle) for (const h of findHappenings(participle)) if (h.cls !== 'statement' && h.index === 0) t.add(lemma(happeningHead(h.text)));
    toldLemmasOf.set(m, t);
  }
  return t;
}

/** Consistent, and telling of the same kind of happening (or one sentence continuing the other). */
function compatible(a: Mention, b: Mention, fa = facts(a), fb = facts(b)): boolean {
  if (!consistent(a, b, fa, fb)) return false;
  return (
    compatibleClasses(a.cls, b.cls) || compatibleClasses(b.cls, a.cls) || continues(a, b) || continues(b, a) || reports(a, b) || reports(b, a) || retoldInArticle(a, b, fa, fb) || sameWord(a, b)
  );
}

// A clause that hangs on something told before it: "the club, which sold the striker last month",
// "as the board urged when it approved the sale last week". Such clauses retell; they rarely break news.
const RETELLING_BEFORE = /\b(?:which|who|when|as|since|after)\s+(?:(?:it|they|he|she|we|had|has|have|was|were|first|also|then|later)\s+){0,2}$/i;
// "In closing arguments last week, ...": the happening named as the setting of what the sentence tells.
const SETTING_BEFORE = /^\s*(?:in|at|during)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * "the council, which endorsed the plan last month" and, in another report, "the council voted on
 * Tuesday to back the plan": a subordinate clause retelling, at a coarser date (a week, a month), a
 * happening another article dates to the day. Many things happen in a month, so only a clause that
 * hangs on what it retells (or names it as the sentence's setting), a done act of a kind that may
 * be the other's (no saying, no generic verb), on a day its span holds, from another source.
 */
function retells(coarse: Mention, fine: Mention): boolean {
  const c = coarse.date;
  const f = fine.date;
  if (!c || !f || (c.precision !== 'week' && c.precision !== 'month') || c.approximate || f.precision !== 'day') return false;
  if (coarse.source === fine.source || coarse.future || fine.future || f.start < c.start || f.end > c.end) return false;
  if (GENERIC.has(coarse.cls) || GENERIC.has(fine.cls)) return false;
  const before = coarse.clause.slice(0, coarse.happeningAt);
  return RETELLING_BEFORE.test(before) || SETTING_BEFORE.test(before);
}

const fulfils = (x: Mention, y: Mention) => x.future && !y.future && x.published < y.published;

/** How strongly two mentions tell of one happening; -Infinity when they cannot. */
export function pairScore(a: Mention, b: Mention, weight: (k: string) => number): number {
  return scoreOf(a, b, facts(a), facts(b), weight);
}

/** pairScore, given the two mentions' facts. */
function scoreOf(a: Mention, b: Mention, sa: Facts, sb: Facts, weight: (k: string) => number): number {
  const parts = partsOf(a, b, sa, sb);
  return parts ? sumParts(parts, weight) : -Infinity;
}

/** Adds the words of `a` that `b` holds, with `factor`, to `parts`, in `a`'s order. */
function addShared(parts: PairParts, a: readonly string[], b: readonly string[], factor: number): void {
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    if (b.includes(x)) {
      parts.words.push(x);
      parts.factors.push(factor);
    }
  }
}

/**
 * What the score of two mentions is made of, whatever the words' weights (undefined when they
 * cannot be one happening): the score is their sum (`sumParts`), in this order, which is part of it
 * (the order of a float sum is part of the score).
 */
function partsOf(a: Mention, b: Mention, sa: Facts, sb: Facts): PairParts | undefined {
  if (!compatible(a, b, sa, sb)) return undefined;
  // Shared names, then shared words at half weight, then words one names and the other says
  // ("the commission" in one, "the Wrenport City Commission" in the other).
  const parts: PairParts = { words: [], factors: [], adds: [] };
  addShared(parts, a.names, sb.names, 1);
  addShared(parts, a.lemmas, sb.lemmas, 0.5);
  addShared(parts, a.lemmas, sb.nameWords, 0.5);
  addShared(parts, b.lemmas, sa.nameWords, 0.5);
  const shared = parts.words.length;
  const add = parts.adds;
  if (meets(a.venues, sb.venues)) add.push(1);
  // "Ysolde formed ..." and "The storm formed ...": the same verb of happening in both.
  if (meets(happeningLemmas(a), sb.happening)) add.push(1);
  if (a.cls === b.cls) add.push(1);
  // Two reports that agree on the very day (not just an overlapping month) agree on much.
  if (a.date && b.date && !a.date.approximate && !b.date.approximate && a.date.start === b.date.start && a.date.end === b.date.end) {
    add.push(a.date.precision === 'day' ? 1.5 : a.date.precision === 'days' ? 1 : 0);
    // Two articles that put a walkout (a ruling, a landfall) on one day tell of one, whatever
    // words they use for it; saying and generic verbs are too common to count.
    if (a.date.precision === 'day' && a.cls === b.cls && a.source !== b.source && !GENERIC.has(a.cls)) add.push(0.5);
  }
  // One article rarely tells of two different happenings of one kind in one span of days.
  // Two sentences of one article, each with its own date and nothing else in common, tell of two.
  if (a.source === b.source && (a.cls === b.cls || shared > 0 || continues(a, b) || continues(b, a))) {
    add.push(a.cls === 'statement' || b.cls === 'statement' || a.cls !== b.cls ? 1 : 2);
  }
  if (continues(a, b) || continues(b, a)) add.push(4);
  // A plan ("talks scheduled for later this week") and a later report of it ("talks on Tuesday").
  if (a.cls === b.cls && (fulfils(a, b) || fulfils(b, a))) add.push(1);
  // (Only with a word in common: the kind and the span alone fit many happenings of a month.)
  if (shared > 0 && (retells(a, b) || retells(b, a))) add.push(1.5);
  // Two statements without one named speaker need much more to be one.
  if (a.cls === 'statement' && b.cls === 'statement' && !(a.actor && a.actor === b.actor)) add.push(-2);
  // A rewrite repeats its original: the same happening, not a second confirmation.
  if (a.derivedFrom === b.source || b.derivedFrom === a.source) add.push(2);
  return parts;
}

function intersect(dates: ResolvedDate[]): { start: string; end: string } | undefined {
  if (!dates.length) return undefined;
  let { start, end } = dates[0]!;
  for (const d of dates) {
    if (d.start > start) start = d.start;
    if (d.end < end) end = d.end;
  }
  return start <= end ? { start, end } : undefined;
}

function clusterOf(mentions: Mention[]): Cluster {
  // What happened outranks what was planned: the reported date wins over the expected one.
  const all = mentions.filter((m) => m.date);
  const dated = all.some((m) => !m.future) ? all.filter((m) => !m.future) : all;
  // Plans alone may meet only by their slip day ("late March" and "April"): then that day is common.
  const common = intersect(dated.map((m) => m.date!)) ?? intersect(dated.map(allowedDays))!;
  // The mention whose own date is nearest to the common days words the date best.
  const best = [...dated].sort(
    (x, y) =>
      spanDays(x.date!) - spanDays(y.date!) ||
      Number(x.date!.approximate) - Number(y.date!.approximate) ||
      // "Christmas Eve" words the day better than "11 days after" the day something else was told.
      Number(x.anaphoric) - Number(y.anaphoric) ||
      cmp(x.published, y.published) ||
      cmp(x.key, y.key),
  )[0]!;
  const exact = best.date!.start === common.start && best.date!.end === common.end;
  const date: ResolvedDate = exact
    ? best.date!
    : { start: common.start, end: common.end, precision: common.start === common.end ? 'day' : 'days', approximate: true };
  // The class most mentions agree on, the best-dated mention's on a tie.
  const votes = new Map<HappeningClass, number>();
  // Saying it counts for less than the happening said: the event is what was told.
  for (const m of dated) votes.set(m.cls, (votes.get(m.cls) ?? 0) + (m === best ? 1.5 : 1) * (m.cls === 'statement' ? 0.5 : 1));
  const cls = [...votes.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]![0];
  // (A chronology line's second sentence is dated by words of no length: its line's head words it.)
  return { mentions, date, dateText: best.dateText || best.sentence.datedBy || best.date!.start, cls };
}

/** Each class's number, and for each two numbers whether `mayBeCompatible` lets their classes meet. */
const CLASS_INDEX = new Map<string, number>(HAPPENING_CLASSES.map((c, i) => [c, i]));
const CLASSES_MEET = HAPPENING_CLASSES.map((a) => HAPPENING_CLASSES.map((b) => compatibleClasses(a, b) || compatibleClasses(b, a) || a === 'statement' || b === 'statement'));

/** Whether every mention of one group is consistent with every mention of the other. */
/** Whether two groups may become one: every pair across them consistent, and none unrelated in one article. */
function mayJoin(mi: readonly number[], mj: readonly number[], ordered: readonly Mention[], known: readonly Facts[]): boolean {
  for (let x = 0; x < mi.length; x++) {
    const a = ordered[mi[x]!]!;
    const fa = known[mi[x]!]!;
    for (let y = 0; y < mj.length; y++) {
      const b = ordered[mj[y]!]!;
      const fb = known[mj[y]!]!;
      if (!consistent(a, b, fa, fb) || unrelatedInOneArticle(a, b, fa, fb)) return false;
    }
  }
  return true;
}

/** Each mention's identity for the pairs memo; undefined (no memo) when two mentions have the same. */
function usableIds(ordered: readonly Mention[], idOf: (m: Mention) => MentionId | undefined): { ids: Array<MentionId | undefined> } | undefined {
  const ids = ordered.map(idOf);
  const seen = new Map<string, Set<number>>();
  for (const id of ids) {
    if (id === undefined) continue;
    let places = seen.get(id[0]);
    if (!places) seen.set(id[0], (places = new Set()));
    if (places.has(id[1])) return undefined;
    places.add(id[1]);
  }
  return { ids };
}

export function mergeMentions(dated: Mention[], undated: Mention[], opts: MergeOptions): Cluster[] {
  const threshold = opts.threshold ?? 3;
  const undatedThreshold = opts.undatedThreshold ?? 5;
  // By the first day each allows, then key (a stable sort of the mentions with their facts at hand:
  // the same order as sorting the mentions themselves, without a lookup per comparison).
  const byStart = dated.map((m) => ({ m, f: facts(m) })).sort((x, y) => cmp(x.f.days.start, y.f.days.start) || cmp(x.m.key, y.m.key));
  const ordered = byStart.map((x) => x.m);
  const known = byStart.map((x) => x.f);
  // `mayBeCompatible`, asked of ~240,000 candidate pairs, by numbers: each mention's class and
  // source (a class outside the list is left to `mayBeCompatible` itself).
  const sourceIds = new Map<string, number>();
  const classOf = ordered.map((m) => CLASS_INDEX.get(m.cls) ?? -1);
  const sourceOf = ordered.map((m) => {
    let id = sourceIds.get(m.source);
    if (id === undefined) sourceIds.set(m.source, (id = sourceIds.size));
    return id;
  });
  const starts = known.map((f) => f.days.start);
  // The pairs kept by the last run (merge-pairs.ts): those of two mentions it listed are summed
  // from their parts below, not scored in the sweep. `listedAt`: each mention's place in that memo, or -1.
  const memo = opts.pairs && usableIds(ordered, opts.pairs.idOf);
  const listedAt = new Int32Array(ordered.length).fill(-1);
  if (memo) memo.ids.forEach((id, i) => id !== undefined && (listedAt[i] = opts.pairs!.memo.indexOf(id)));
  const scored = (i: number, j: number): number => {
    const parts = partsOf(ordered[i]!, ordered[j]!, known[i]!, known[j]!);
    if (!parts) return -Infinity;
    if (memo && memo.ids[i] !== undefined && memo.ids[j] !== undefined) opts.pairs!.memo.keep(memo.ids[i]!, memo.ids[j]!, parts);
    return sumParts(parts, opts.weight);
  };
  // Candidate pairs: a sweep over start dates compares only mentions whose dates overlap. With the
  // memo, only the pairs with a mention it does not list: for a listed one, those after it that are not.
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  const unlisted: number[] = [];
  if (memo) listedAt.forEach((at, i) => at < 0 && unlisted.push(i));
  let nextUnlisted = 0;
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    const fa = known[i]!;
    const end = fa.days.end;
    const ca = classOf[i]!;
    const sa = sourceOf[i]!;
    const meet = ca >= 0 ? CLASSES_MEET[ca]! : undefined;
    const candidate = (j: number) => {
      const cb = classOf[j]!;
      // (The class table leaves out what mayBeCompatible asks last: the same governing verb.)
      if (!(meet && cb >= 0 ? meet[cb] || sa === sourceOf[j] || sameWord(a, ordered[j]!) : mayBeCompatible(a, ordered[j]!))) return;
      const score = memo ? scored(i, j) : scoreOf(a, ordered[j]!, fa, known[j]!, opts.weight);
      if (score >= threshold) pairs.push({ i, j, score });
    };
    while (nextUnlisted < unlisted.length && unlisted[nextUnlisted]! <= i) nextUnlisted++;
    if (memo && listedAt[i]! >= 0) {
      for (let u = nextUnlisted; u < unlisted.length && starts[unlisted[u]!]! <= end; u++) candidate(unlisted[u]!);
    } else {
      for (let j = i + 1; j < ordered.length && starts[j]! <= end; j++) candidate(j);
    }
  }
  if (memo) {
    const positionOf = new Int32Array(opts.pairs!.memo.size).fill(-1);
    listedAt.forEach((at, i) => at >= 0 && (positionOf[at] = i));
    opts.pairs!.memo.replay(
      positionOf,
      opts.weight,
      (i, j, score) => score >= threshold && pairs.push({ i, j, score }),
      (i, j) => {
        const score = scored(i, j);
        if (score >= threshold) pairs.push({ i, j, score });
      },
    );
    opts.pairs!.memo.listed(memo.ids);
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const groupOf = ordered.map((_, i) => i);
  // Each group's mentions by index, and the days all of them allow (kept as groups join).
  const members = new Map<number, number[]>(ordered.map((_, i) => [i, [i]]));
  const days = ordered.map((_, i) => ({ start: known[i]!.days.start, end: known[i]!.days.end }));
  for (let p = 0; p < pairs.length; p++) {
    const { i, j } = pairs[p]!;
    // (A pair twice, as a memo written wrong could give it, is asked once: the two are next to each other.)
    if (p > 0 && pairs[p - 1]!.i === i && pairs[p - 1]!.j === j) continue;
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    // Still one happening: a day every mention allows, and no pair that rules the union out.
    const di = days[gi]!;
    const dj = days[gj]!;
    const start = di.start > dj.start ? di.start : dj.start;
    const end = di.end < dj.end ? di.end : dj.end;
    if (start > end) continue;
    const mi = members.get(gi)!;
    const mj = members.get(gj)!;
    if (!mayJoin(mi, mj, ordered, known)) continue;
    days[gi] = { start, end };
    for (const k of mj) groupOf[k] = gi;
    mi.push(...mj);
    members.delete(gj);
  }
  const clusters = [...members.keys()].sort((a, b) => a - b).map((k) => clusterOf(members.get(k)!.map((x) => ordered[x]!)));
  // Undated reports of a dated happening add their citation; they never make an event alone.
  // Without a date, only the venue where it happened ties a sentence to a happening: so only the
  // clusters with a mention at one of its venues, and one of its class, are looked at (indexes,
  // not a scan of them all: ~60,000 cluster–venue matches, ~800 of the class), in cluster order as
  // a scan would.
  const byVenue = new Map<string, Set<number>>();
  const classes = clusters.map(() => new Set<string>());
  const index = (k: number, m: Mention) => {
    classes[k]!.add(m.cls);
    for (let i = 0; i < m.venues.length; i++) {
      let at = byVenue.get(m.venues[i]!);
      if (!at) byVenue.set(m.venues[i]!, (at = new Set()));
      at.add(k);
    }
  };
  clusters.forEach((c, k) => c.mentions.forEach((x) => index(k, x)));
  for (const m of [...undated].sort((a, b) => cmp(a.key, b.key))) {
    if (!m.venues.length) continue;
    const near: number[] = [];
    for (const v of m.venues) for (const k of byVenue.get(v) ?? []) if (classes[k]!.has(m.cls) && !near.includes(k)) near.push(k);
    let best: number | undefined;
    let bestScore = undatedThreshold;
    for (const k of near.sort((a, b) => a - b)) {
      const c = clusters[k]!;
      if (c.date.start > m.published) continue;
      if (m.cls === 'statement' && !(m.actor && c.mentions.some((x) => x.actor === m.actor))) continue;
      if (!c.mentions.every((x) => compatible(x, m))) continue;
      const score = Math.max(...c.mentions.map((x) => pairScore(x, m, opts.weight)));
      if (score >= bestScore) [best, bestScore] = [k, score];
    }
    if (best !== undefined) {
      clusters[best]!.mentions.push(m);
      index(best, m);
    }
  }
  return clusters;
}

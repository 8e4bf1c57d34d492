/**
 * The extraction, end to end and free of I/O: loaded sources in, events and a report out.
 * sources → clean paragraphs → sentences → dates and names → mentions → merged events.
 */
import type { TimelineEvent } from '../schema';
import { compareStrings as cmp } from '../lib/compare';
import { Answers, contentHash, hashDeps, memoized, namesFor, NotRecordable, recall, RecordingSet, type CorpusPrints, type Memo, type SentenceEntry, type SourceCache, type SourceEntry } from './cache';
import { chronologyHead, inSimplePast, listItem } from './chronology';
import { cleanArticle } from './clean';
import { findTemporalExpressions } from './dates';
import { MONTH_FULL, WEEKDAY } from './dates/patterns';
import { assignUniqueIds, clusterToEvent } from './events';
import { keepIds, type IdMemory } from './keep-ids';
import type { Mention, SentenceAnalysis } from './mentions';
import { mentionsInSentence, personSubject, thingSubject, undatedMention } from './mentions';
import { happeningLemmas, mergeMentions, rememberHappeningLemmas, type Cluster } from './merge';
import type { MentionId } from './merge-pairs';
import { findNames, NameRegistryBuilder, rememberWordAnswers, type FoundName, type NameRegistry } from './names';
import { clauseReferentVerb, namedReferent, referentDay, sameDayOffset, type Told } from './referent';
import { splitSentences } from './segment';
import type { LoadedSource, TemporalExpression } from './types';

export interface ExtractionReport {
  sources: number;
  sentences: number;
  expressions: { found: number; resolved: number; unresolved: number };
  mentions: number;
  events: number;
  warnings: string[];
}

export interface Extraction {
  events: TimelineEvent[];
  report: ExtractionReport;
}

function resolveSentence(text: string, published: string, anchor: string | undefined, earlier: readonly Told[] = [], anchorText = '', dated: () => readonly Told[] = () => []): TemporalExpression[] {
  // Offsets counted from a happening the article dates ("the day after the talks collapsed"): kept, not mirrored on this sentence's other dates.
  const counted = new Set<TemporalExpression>();
  let found = findTemporalExpressions(text, { published, ...(anchor ? { anchor } : {}) }).map((e) => fromReferent(text, e, published, earlier, dated, counted));
  // "arrived on Nov. 19 ... the next day": an anaphor after a date in its own sentence refers to it,
  // the nearest before it when there are several ("appointed on Wednesday, and met on Thursday,
  // three days after the walkout began" counts from Thursday). (Resolved against that date below;
  // the resolver only knows the article's anchor.)
  const days = found.filter((e) => e.kind !== 'anaphoric' && e.resolved?.precision === 'day');
  const dayBefore = (e: TemporalExpression) => days.filter((d) => d.index < e.index).pop();
  const again = new Map<string, TemporalExpression[]>();
  found = found.map((e) => {
    const day = e.kind === 'anaphoric' ? dayBefore(e)?.resolved!.start : undefined;
    if (!day || day === anchor) return e;
    if (!again.has(day)) again.set(day, findTemporalExpressions(text, { published, anchor: day }));
    return again.get(day)!.find((x) => x.index === e.index) ?? e;
  });
  return found.map((e) => (counted.has(e) ? e : mirrorRelativeClause(text, e, published, anchor, found, anchorText)));
}

// Capitalised words that name nothing in particular.
const NOT_A_NAME = new RegExp(`^(?:The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|After|Before|But|And|${WEEKDAY}|${MONTH_FULL})$`);

/** Whether two sentences name someone or something in common (a capitalised word). */
function shareAName(a: string, b: string): boolean {
  const names = (t: string) => new Set([...t.matchAll(/(?<=^|\s)\p{Lu}[\p{L}'’-]{2,}/gu)].map((m) => m[0].replace(/['’]s$/, '')).filter((w) => !NOT_A_NAME.test(w)));
  const other = names(b);
  return [...names(a)].some((w) => other.has(w));
}

/**
 * "the day before landfall": resolved against the day the article gave the landfall; an offset
 * counted from a clause's happening ("the day after the talks collapsed") is added to `counted`.
 */
function fromReferent(text: string, e: TemporalExpression, published: string, earlier: readonly Told[], dated: () => readonly Told[], counted: Set<TemporalExpression>): TemporalExpression {
  const word = namedReferent(text, e);
  // "The day after the talks collapsed": the day the article gives the collapse, before or after.
  const verb = word ? undefined : clauseReferentVerb(text, e);
  const day = word ? referentDay(word, earlier) : verb && (referentDay(verb, earlier) ?? referentDay(verb, dated()));
  if (!day) return e;
  // "Hours after the verdict": on the verdict's day.
  if (sameDayOffset(e)) return { ...e, kind: 'anaphoric', resolved: { start: day, end: day, precision: 'day', approximate: false } };
  const x = findTemporalExpressions(text, { published, anchor: day }).find((y) => y.index === e.index);
  if (x && verb) counted.add(x);
  return x ?? e;
}

const DAY_MS = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * "ended on Wednesday, a day after they struck a deal": the offset dates the clause that follows
 * it, which lies on the other side of the anchor. The resolver reads "a day after" as anchor + 1;
 * the deal is anchor − 1.
 */
function mirrorRelativeClause(text: string, e: TemporalExpression, published: string, anchor: string | undefined, all: TemporalExpression[], anchorText: string): TemporalExpression {
  if (e.kind !== 'anaphoric' || !e.resolved || !/\b(?:after|before)$/i.test(e.text) || namedReferent(text, e)) return e;
  if (!/^\s+\p{L}/u.test(text.slice(e.index + e.text.length))) return e;
  const inSentence = all.filter((x) => x !== e && x.index < e.index && x.resolved?.precision === 'day' && x.kind !== 'anaphoric').pop();
  // Without a day of its own, the sentence's happening is taken to be the one the article last
  // dated only when the two share a name ("Marsh told lawmakers on Tuesday ... Marsh appeared
  // a week after the bank raised"); "Three months after the invasion, the government collapsed"
  // counts from a day the article never gave.
  // ("The day after the talks collapsed, the envoy flew ...": an offset that opens the sentence
  // counts from a happening of its own, which a shared name does not make the one last dated.)
  const opens = /^\W*$/.test(text.slice(0, e.index));
  if (!inSentence && !all.some((x) => x !== e && x.resolved) && (opens || !shareAName(text, anchorText))) {
    const { resolved: _unknown, ...unresolved } = e;
    return unresolved;
  }
  const base = inSentence?.resolved!.start ?? anchor ?? published;
  const offset = (Date.parse(e.resolved.start) - Date.parse(`${base}T00:00:00Z`)) / DAY_MS;
  if (!offset) return e;
  const start = shift(base, -offset);
  return { ...e, resolved: { ...e.resolved, start, end: shift(start, (Date.parse(e.resolved.end) - Date.parse(e.resolved.start)) / DAY_MS) } };
}

/** Dates and names of every sentence of one source, in reading order. */
function analyseSource(src: LoadedSource): Array<{ sentence: SentenceAnalysis['sentence']; expressions: TemporalExpression[] }> {
  const paragraphs = cleanArticle(src.body, { title: src.meta.title });
  const sentences = splitSentences(src.body, paragraphs);
  const published = src.meta.published;
  let anchor: string | undefined;
  let anchorText = '';
  const earlier: Told[] = [];
  // The article's sentences with the dates they give by themselves (a chronology line's "March 3"),
  // read only when an offset counts from a happening the sentences before it do not date.
  let datedOnce: Told[] | undefined;
  // (As written: a present verb, "The deal collapses", has the lemma of its past.)
  const dated = () => (datedOnce ??= sentences.map((s) => ({ text: s.text, expressions: findTemporalExpressions(s.text, { published }) })));
  // The date at the head of the chronology line being read, and its paragraph.
  let line: { paragraph: number; head: TemporalExpression } | undefined;
  return sentences.map((written) => {
    let sentence = written;
    let expressions = resolveSentence(sentence.text, published, anchor, earlier, anchorText, dated);
    const head = chronologyHead(sentence.text, expressions);
    if (head || line?.paragraph !== sentence.paragraph) line = undefined;
    const past = head || line ? inSimplePast(sentence.text, head ? head.index + head.text.length : 0) : sentence.text;
    // A dated head opens a chronology line when the line is a list item or tells in the present; a
    // dateline ("May 2 - Firefighters contained the blaze ...") does neither, and dates no sentence after it.
    if (head && (listItem(sentence.text) || past !== sentence.text)) line = { paragraph: sentence.paragraph, head };
    if (line) {
      // A chronology line tells in the present what happened on its head's day; read in the past.
      if (past !== sentence.text) {
        sentence = { ...sentence, text: past, verbatim: written.text };
        expressions = resolveSentence(past, published, anchor, earlier, anchorText, dated);
      }
      // "- May 4: The council approves the budget. The mayor signs it.": the second
      // sentence, undated, is on the line's day (a date of no words at its start).
      if (!head && !expressions.some((e) => e.resolved)) {
        expressions = [{ ...line.head, kind: 'anaphoric', text: '', index: 0 }, ...expressions];
        sentence = { ...sentence, datedBy: line.head.text };
      }
    }
    earlier.push({ text: sentence.text, expressions });
    // Later anaphors ("a week prior", "that weekend") refer to the last day this article told of,
    // and never to one it only expects: "had met ... a week prior" looks back from a known past.
    for (const e of expressions) {
      const r = e.resolved;
      if (r && (r.precision === 'day' || r.precision === 'days') && !r.approximate && r.start <= published) [anchor, anchorText] = [r.start, sentence.text];
    }
    return { sentence, expressions };
  });
}

const dateSpans = (exprs: TemporalExpression[]): Array<[number, number]> => exprs.map((e) => [e.index, e.index + e.text.length]);

/**
 * The per-source half of the extraction, which a cache can keep: sentences, their dates, and their
 * names as the first pass finds them (no word known as a name elsewhere). What the second pass will
 * ask of the corpus-wide known names is recorded with the answers' outcome (see cache.ts).
 */
function analyseWithNames(src: LoadedSource): SourceEntry {
  return analyseSource(src).map(({ sentence, expressions }) => {
    const spans = dateSpans(expressions);
    const entry: SentenceEntry = { sentence, expressions, names: [] };
    try {
      const none = new RecordingSet(false);
      entry.names = findNames(sentence.text, spans, none.asSet());
      entry.asked = [...none.asked];
      if (none.asked.size) {
        const all = new RecordingSet(true);
        entry.ifKnown = { names: findNames(sentence.text, spans, all.asSet()), asked: [...all.asked] };
      }
    } catch (e) {
      if (!(e instanceof NotRecordable)) throw e;
      return { sentence, expressions, names: findNames(sentence.text, spans) };
    }
    return entry;
  });
}

function keyAndSurname(f: FoundName): string[] {
  const surname = f.kind === 'person' && f.key.includes(' ') ? f.key.split(' ').pop()! : undefined;
  return surname && surname.length > 2 ? [f.key, surname] : [f.key];
}

/** The name keys a source makes known to the others: its names found mid-sentence, and their surnames. */
const knownFrom = (sentences: SourceEntry) => [...new Set(sentences.flatMap((s) => s.names).filter((f) => f.index > 0).flatMap(keyAndSurname))];

/** Each sentence's names, for the corpus-wide set of known names. */
const namesWith = (sentences: SourceEntry, known: ReadonlySet<string>): FoundName[][] =>
  sentences.map((s) => namesFor(s, known) ?? findNames(s.sentence.text, dateSpans(s.expressions), known));

/** The registry's functions, to be recorded; `known`, a set, cannot be, so using it is refused. */
const registryCalls = (r: NameRegistry) => ({ canonical: r.canonical, canonicalKey: r.canonicalKey, display: r.display, kind: r.kind, broad: r.broad });
const recordedRegistry = (o: ReturnType<typeof registryCalls>): NameRegistry => ({
  ...o,
  get known(): never {
    throw new NotRecordable();
  },
});

// "The woman, who was not named, ...", "A 40-year-old man was": a sentence about a person it does not name.
const PERSON_NOUN_SUBJECT =
  /^\s*((?:The|A|An)\s+(?:[\p{L}\d-]+\s+)?(?:man|woman|boy|girl|suspect|victim|driver|teenager|child|officer|soldier|worker|pilot|passenger|gunman|defendant))\b/u;

/** A hash of a value's JSON: a fingerprint of what the memos ask of the corpus (cache.ts `CorpusPrints`). */
const fingerprint = (value: unknown): string => hashDeps(JSON.stringify(value));

/** A source's mentions and counts, which the merge and the report gather from every source. */
interface SourceMentions {
  dated: Mention[];
  /** Undated mentions at a venue: only those can cite a dated event (mergeMentions). */
  undated: Mention[];
  /** Each name key and lemma with the number of sentences that hold it, for the rarity weights. */
  terms: Array<[string, number]>;
  /** The happening lemmas of each dated, then undated, mention: the merge asks for them all. */
  happenings: string[][];
  sentences: number;
  found: number;
  resolved: number;
}

/** The registry's answers that mentions are made of. */
type MentionRegistry = Pick<NameRegistry, 'canonicalKey' | 'kind' | 'broad'>;

function sourceMentions(src: LoadedSource, sentences: SourceEntry, names: FoundName[][], registry: MentionRegistry): SourceMentions {
  const out: SourceMentions = { dated: [], undated: [], terms: [], happenings: [], sentences: sentences.length, found: 0, resolved: 0 };
  const terms = new Map<string, number>();
  const opts = { canonicalPlace: (k: string) => registry.kind(k) === 'place', canonicalPerson: (k: string) => registry.kind(k) === 'person', broadPlace: (k: string) => registry.broad(k) };
  // The person recent sentences were about, for a "he" or "she" that opens a clause; forgotten
  // after two sentences about no one in particular.
  let lastSubject: string | undefined;
  let sinceSubject = 0;
  // "The woman, who was not named, was charged ... She is due in court": a person the
  // sentence names by a noun, whom a "he" after it means.
  let lastNounSubject: string | undefined;
  // "The ministry froze the fund in 2018. Its new head starts in May": what "It" or "Its" means.
  let lastThing: string | undefined;
  let sinceThing = 0;
  sentences.forEach((s, i) => {
    const previous = sentences[i - 1];
    const previousSentence = previous && previous.sentence.paragraph === s.sentence.paragraph ? previous.sentence.start : undefined;
    out.found += s.expressions.length;
    out.resolved += s.expressions.filter((e) => e.resolved).length;
    const analysis: SentenceAnalysis = { sentence: s.sentence, expressions: s.expressions, names: names[i]!.map((f) => ({ ...f, canonical: registry.canonicalKey(f.key) })) };
    const o = {
      ...opts,
      ...(previousSentence !== undefined ? { previousSentence } : {}),
      ...(lastSubject ? { lastSubject } : {}),
      ...(lastNounSubject ? { lastNounSubject } : {}),
      ...(lastThing ? { lastThing } : {}),
    };
    const ms = mentionsInSentence(src, analysis, o);
    const u = undatedMention(src, analysis, o);
    const subject = personSubject(analysis, opts);
    const nounSubject = PERSON_NOUN_SUBJECT.exec(s.sentence.text)?.[1];
    const thing = nounSubject ? undefined : thingSubject(analysis, opts);
    if (thing) [lastThing, sinceThing] = [thing, 0];
    else if (++sinceThing > 2) lastThing = undefined;
    if (subject) [lastSubject, sinceSubject, lastNounSubject] = [subject, 0, undefined];
    else if (nounSubject) [lastSubject, lastNounSubject] = [undefined, nounSubject];
    else if (!/^\s*(?:he|she)\s/i.test(s.sentence.text) && ++sinceSubject > 2) [lastSubject, lastNounSubject] = [undefined, undefined];
    out.dated.push(...ms);
    if (u?.venues.length) out.undated.push(u);
    for (const t of new Set([...analysis.names.map((n) => n.canonical), ...(ms[0]?.lemmas ?? u?.lemmas ?? [])])) terms.set(t, (terms.get(t) ?? 0) + 1);
  });
  out.terms = [...terms];
  out.happenings = [...out.dated, ...out.undated].map(happeningLemmas);
  return out;
}

export interface ExtractOptions {
  /** Serves and keeps each source's analysis and its result of the corpus-wide steps by content hash (see cache.ts). */
  cache?: SourceCache;
  /** The last run's ids and their citations: an event keeps its id when its title changes (keep-ids.ts). */
  previousIds?: IdMemory;
}

export function extractEvents(sources: LoadedSource[], options: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  const { cache } = options;
  // compromise's answers about words, from the last run: what tagging a new article mostly asks again.
  const wordAnswers = rememberWordAnswers(cache?.words?.());
  // A source's analysis is needed only when its result cannot be served whole (see cache.ts).
  const perSource = sources.map((src) => {
    const key = cache ? cache.keyOf(src) : '';
    let analysed: SourceEntry | undefined;
    const analysis = (): SourceEntry => {
      analysed ??= cache?.get(key);
      if (!analysed) {
        analysed = analyseWithNames(src);
        cache?.set(key, analysed);
      }
      return analysed;
    };
    return { src, key, stored: cache?.result(key), analysis };
  });
  // Names: a first pass to learn which words are names anywhere, then the sentence-level finds.
  // A person's surname alone ("Okafor, who toured ...") opens sentences once the full name is known.
  // A stored result's parts are parsed where they are used and not held (result-store.ts): what
  // outlives its step is only what was computed anew (a few sources) and, below, the mentions.
  const knownMade = new Map<number, string[]>();
  const known = new Set<string>();
  perSource.forEach((p, i) => {
    let keys = p.stored?.known();
    if (!keys) knownMade.set(i, (keys = knownFrom(p.analysis())));
    for (let k = 0; k < keys.length; k++) known.add(keys[k]!);
  });
  const knownOf = (i: number) => knownMade.get(i) ?? perSource[i]!.stored!.known()!;
  // Every source's memos ask the same known set, then the same registry: each answer once per run.
  const [knownAnswers, registryAnswers, eventAnswers] = [new Answers(), new Answers(), new Answers()];
  // What the last run checked its memos against (cache.ts `Corpus`): while the known set (the
  // registry, the publication dates) is the same, a memo it checked or made holds as it did then,
  // and is served without replaying what it asked.
  const corpus = cache?.corpus?.();
  const prints: CorpusPrints = { known: fingerprint([...known].sort()), registry: '', published: fingerprint(sources.map((s) => [s.id, s.meta.published])) };
  const checked = (key: string) => !!corpus && corpus.sources.has(key);
  const sameKnown = corpus?.known === prints.known;
  const names = new NameRegistryBuilder();
  const named = perSource.map((p): { hit: boolean; memo?: Memo; value?: FoundName[][] } => {
    if (!cache) {
      const value = namesWith(p.analysis(), known);
      names.add(value);
      return { hit: false, value };
    }
    const held = sameKnown && checked(p.key) ? (p.stored?.namesValue() as FoundName[][] | undefined) : undefined;
    if (held) {
      names.add(held);
      return { hit: true };
    }
    const r = recall(
      p.stored?.names(),
      '',
      { known: (k: string) => known.has(k) },
      (o) => namesWith(p.analysis(), new RecordingSet(o.known).asSet()),
      () => namesWith(p.analysis(), known),
      knownAnswers,
    );
    names.add(r.value);
    // Names served from the cache are read again if needed (below), not held.
    return r.hit ? { hit: true } : { hit: false, ...(r.memo ? { memo: r.memo } : {}), value: r.value };
  });
  const registry = names.build();
  prints.registry = registry.fingerprint!();
  const sameRegistry = corpus?.registry === prints.registry;
  /** The sources whose results held or were made in this run: checked against its corpus. */
  const held: string[] = [];
  const namesMemo = (i: number) => named[i]!.memo ?? perSource[i]!.stored!.names()!;
  const namesOf = (i: number) => named[i]!.value ?? (namesMemo(i).value as FoundName[][]);

  const dated: Mention[] = [];
  const undated: Mention[] = [];
  const docFreq = new Map<string, number>();
  let sentenceCount = 0;
  let found = 0;
  let resolved = 0;
  // Each mention's identity: its source's mentions' hash and its place among them (the dated ones
  // first), for the merge's pairs memo and the clusters' memos, which need not write out the mentions.
  const mentionIds = new Map<Mention, MentionId>();
  perSource.forEach(({ src, key, stored, analysis }, i) => {
    const { hit } = named[i]!;
    const direct = () => sourceMentions(src, analysis(), namesOf(i), registry);
    let m: SourceMentions;
    if (!cache) m = direct();
    else {
      // Served from the cache when the names are as recorded and the registry answers as it did.
      const deps = JSON.stringify([src.id, src.file, src.meta]);
      const asked = { canonicalKey: registry.canonicalKey, kind: registry.kind, broad: registry.broad };
      const trusted = hit && sameRegistry && checked(key) ? stored?.mentionsValue() : undefined;
      const r = trusted && trusted.deps === hashDeps(deps) ? { value: trusted.value as SourceMentions, hit: true, memo: undefined } : recall(hit ? stored?.mentions() : undefined, deps, asked, (o) => sourceMentions(src, analysis(), namesOf(i), o), direct, registryAnswers);
      m = r.value;
      const renewed = !hit || !r.hit;
      let id = renewed ? undefined : stored?.mentionsId();
      if (!renewed) held.push(key);
      else if (r.memo && (hit || named[i]!.memo)) {
        cache.keepResult(key, { known: knownOf(i), names: namesMemo(i), mentions: r.memo, mentionsId: (id = contentHash(m)) });
        held.push(key);
      }
      if (id !== undefined) {
        for (let k = 0; k < m.dated.length; k++) mentionIds.set(m.dated[k]!, [id, k]);
        for (let k = 0; k < m.undated.length; k++) mentionIds.set(m.undated[k]!, [id, m.dated.length + k]);
      }
    }
    sentenceCount += m.sentences;
    found += m.found;
    resolved += m.resolved;
    dated.push(...m.dated);
    undated.push(...m.undated);
    // Indexed loops: this runs once per source, before V8 optimises it, and iterators would be garbage.
    for (let k = 0; k < m.dated.length; k++) rememberHappeningLemmas(m.dated[k]!, m.happenings[k]!);
    for (let k = 0; k < m.undated.length; k++) rememberHappeningLemmas(m.undated[k]!, m.happenings[m.dated.length + k]!);
    for (let k = 0; k < m.terms.length; k++) docFreq.set(m.terms[k]![0], (docFreq.get(m.terms[k]![0]) ?? 0) + m.terms[k]![1]);
    if (!m.dated.length) warnings.push(`${src.file}: no dated event found in this article`);
  });
  // Asked for every word of every pair scored: worked out once per word.
  const weights = new Map<string, number>();
  const weight = (key: string) => {
    let w = weights.get(key);
    // A figure (`#500`, see contentLemmas) counts as a name does, not at a word's half weight.
    if (w === undefined) weights.set(key, (w = Math.log((sentenceCount + 1) / ((docFreq.get(key) ?? 0) + 1)) * (key.startsWith('#') ? 2 : 1)));
    return w;
  };
  const pairs = cache?.pairs?.();
  const clusters = mergeMentions(dated, undated, { weight, ...(pairs ? { pairs: { memo: pairs, idOf: (m: Mention) => mentionIds.get(m) } } : {}) });
  const publishedOf = new Map(sources.map((s) => [s.id, s.meta.published]));
  const published = (id: string) => publishedOf.get(id) ?? '';
  // With a cache, a cluster's event is kept by what the cluster is made of (see cache.ts): its
  // mentions by their identities (a mention without one written out whole).
  const trustEvents = sameRegistry && corpus?.published === prints.published ? (key: string) => corpus.memos.has(key) : undefined;
  const clusterDeps = ({ mentions, ...rest }: Cluster) => JSON.stringify([rest, mentions.map((m) => mentionIds.get(m) ?? m)]);
  const toEvent = (c: Cluster) =>
    cache
      ? memoized(
          cache,
          clusterDeps(c),
          { ...registryCalls(registry), published },
          (o) => clusterToEvent(c, recordedRegistry(o), o.published),
          () => clusterToEvent(c, registry, published),
          eventAnswers,
          trustEvents,
        )
      : clusterToEvent(c, registry, published);
  // Code-unit order (not localeCompare, which follows the machine's locale): same ids everywhere.
  const inTimeOrder = (a: TimelineEvent, b: TimelineEvent) => cmp(a.start, b.start) || cmp(a.end ?? a.start, b.end ?? b.start) || cmp(a.id, b.id);
  const events = keepIds(assignUniqueIds(clusters.map(toEvent).sort(inTimeOrder)), options.previousIds ?? {}).sort(inTimeOrder);
  cache?.keepWords?.(wordAnswers());
  cache?.keepCorpus?.(prints, held);
  return {
    events,
    report: {
      sources: sources.length,
      sentences: sentenceCount,
      expressions: { found, resolved, unresolved: found - resolved },
      mentions: dated.length,
      events: events.length,
      warnings,
    },
  };
}


/**
 * The extraction, end to end and free of I/O: loaded sources in, events and a report out.
 * sources → clean paragraphs → sentences → dates and names → mentions → merged events.
 */
import type { TimelineEvent } from '../schema';
import { compareStrings as cmp } from '../lib/compare';
import { memoized, mentionsFromEntry, namesFor, NotRecordable, RecordingSet, type SentenceEntry, type SourceCache, type SourceEntry } from './cache';
import { cleanArticle } from './clean';
import { findTemporalExpressions } from './dates';
import { assignUniqueIds, clusterToEvent } from './events';
import { keepIds, type IdMemory } from './keep-ids';
import type { Mention, SentenceAnalysis } from './mentions';
import { mentionsInSentence, undatedMention } from './mentions';
import { mergeMentions, type Cluster } from './merge';
import { buildNameRegistry, findNames, type FoundName, type NameRegistry } from './names';
import { namedReferent, referentDay, type Told } from './referent';
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

function resolveSentence(text: string, published: string, anchor: string | undefined, earlier: readonly Told[] = []): TemporalExpression[] {
  let found = findTemporalExpressions(text, { published, ...(anchor ? { anchor } : {}) }).map((e) => fromReferent(text, e, published, earlier));
  // "arrived on Nov. 19 ... the next day": an anaphor after a date in its own sentence refers to it.
  // (Resolved against that date below; the resolver only knows the article's anchor.)
  const firstDay = found.find((e) => e.kind !== 'anaphoric' && e.resolved?.precision === 'day');
  const anaphorAfter = firstDay && found.some((e) => e.kind === 'anaphoric' && e.index > firstDay.index);
  if (anaphorAfter && firstDay.resolved!.start !== anchor) {
    const again = findTemporalExpressions(text, { published, anchor: firstDay.resolved!.start });
    found = found.map((e) => (e.kind === 'anaphoric' && e.index > firstDay.index ? again.find((x) => x.index === e.index) ?? e : e));
  }
  return found.map((e) => mirrorRelativeClause(text, e, published, anchor, found));
}

/** "the day before landfall": resolved against the day the article gave the landfall. */
function fromReferent(text: string, e: TemporalExpression, published: string, earlier: readonly Told[]): TemporalExpression {
  const word = namedReferent(text, e);
  const day = word && referentDay(word, earlier);
  if (!day) return e;
  return findTemporalExpressions(text, { published, anchor: day }).find((x) => x.index === e.index) ?? e;
}

const DAY_MS = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * "ended on Wednesday, a day after they struck a deal": the offset dates the clause that follows
 * it, which lies on the other side of the anchor. The resolver reads "a day after" as anchor + 1;
 * the deal is anchor − 1.
 */
function mirrorRelativeClause(text: string, e: TemporalExpression, published: string, anchor: string | undefined, all: TemporalExpression[]): TemporalExpression {
  if (e.kind !== 'anaphoric' || !e.resolved || !/\b(?:after|before)$/i.test(e.text) || namedReferent(text, e)) return e;
  if (!/^\s+\p{L}/u.test(text.slice(e.index + e.text.length))) return e;
  const inSentence = all.filter((x) => x !== e && x.index < e.index && x.resolved?.precision === 'day' && x.kind !== 'anaphoric').pop();
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
  const earlier: Told[] = [];
  return sentences.map((sentence) => {
    const expressions = resolveSentence(sentence.text, published, anchor, earlier);
    earlier.push({ text: sentence.text, expressions });
    // Later anaphors ("a week prior", "that weekend") refer to the last day this article told of,
    // and never to one it only expects: "had met ... a week prior" looks back from a known past.
    for (const e of expressions) {
      const r = e.resolved;
      if (r && (r.precision === 'day' || r.precision === 'days') && !r.approximate && r.start <= published) anchor = r.start;
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

/** The registry's functions, to be recorded; `known`, a set, cannot be, so using it is refused. */
const registryCalls = (r: NameRegistry) => ({ canonical: r.canonical, display: r.display, kind: r.kind, broad: r.broad });
const recordedRegistry = (o: ReturnType<typeof registryCalls>): NameRegistry => ({
  ...o,
  get known(): never {
    throw new NotRecordable();
  },
});

export interface ExtractOptions {
  /** Serves and keeps each source's sentences, dates and names by content hash (see cache.ts). */
  cache?: SourceCache;
  /** The last run's ids and their citations: an event keeps its id when its title changes (keep-ids.ts). */
  previousIds?: IdMemory;
}

export function extractEvents(sources: LoadedSource[], options: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  const { cache } = options;
  const analysed = sources.map((src) => {
    if (!cache) return { src, key: '', sentences: analyseWithNames(src) };
    const key = cache.keyOf(src);
    let sentences = cache.get(key);
    if (!sentences) cache.set(key, (sentences = analyseWithNames(src)));
    return { src, key, sentences };
  });
  // Names: a first pass to learn which words are names anywhere, then the sentence-level finds.
  // A person's surname alone ("Okafor, who toured ...") opens sentences once the full name is known.
  const known = new Set(analysed.flatMap(({ sentences }) => sentences.flatMap((s) => s.names)).filter((f) => f.index > 0).flatMap(keyAndSurname));
  const perSentence = analysed.map(({ src, key, sentences }) => ({
    src,
    key,
    sentences: sentences.map((s) => ({
      sentence: s.sentence,
      expressions: s.expressions,
      found: namesFor(s, known) ?? findNames(s.sentence.text, dateSpans(s.expressions), known),
      entry: s,
    })),
  }));
  const registry = buildNameRegistry(perSentence.flatMap((p) => p.sentences.flatMap((s) => s.found)));
  const withCanonical = (found: FoundName[]) => found.map((f) => ({ ...f, canonical: registry.canonical(f) }));

  const dated: Mention[] = [];
  const undated: Mention[] = [];
  const docFreq = new Map<string, number>();
  let sentenceCount = 0;
  let found = 0;
  let resolved = 0;
  const isPlace = (key: string) => registry.kind(key) === 'place';
  const broadPlace = (key: string) => registry.broad(key);
  for (const { src, key, sentences } of perSentence) {
    let datedHere = 0;
    let previous: (typeof sentences)[number] | undefined;
    for (const s of sentences) {
      sentenceCount++;
      const previousSentence = previous && previous.sentence.paragraph === s.sentence.paragraph ? previous.sentence.start : undefined;
      previous = s;
      const opts = { canonicalPlace: isPlace, canonicalPerson: (k: string) => registry.kind(k) === 'person', broadPlace, ...(previousSentence !== undefined ? { previousSentence } : {}) };
      found += s.expressions.length;
      resolved += s.expressions.filter((e) => e.resolved).length;
      const analysis: SentenceAnalysis = { sentence: s.sentence, expressions: s.expressions, names: withCanonical(s.found) };
      const mentionsOf = (o: typeof opts): { ms: Mention[]; u?: Mention } => {
        const ms = mentionsInSentence(src, analysis, o);
        const u = undatedMention(src, analysis, o);
        return { ms, ...(u ? { u } : {}) };
      };
      let ms: Mention[];
      let u: Mention | undefined;
      if (!cache) ({ ms, u } = mentionsOf(opts));
      else {
        // Served from the cache when nothing they were made from changed (see cache.ts).
        const deps = JSON.stringify([src.id, src.file, src.meta, previousSentence ?? null, analysis.names]);
        const r = mentionsFromEntry(s.entry, deps, opts, mentionsOf);
        ({ ms, u } = r);
        if (r.computed) cache.touch(key);
      }
      datedHere += ms.length;
      dated.push(...ms);
      if (u) undated.push(u);
      const terms = new Set([...analysis.names.map((n) => n.canonical), ...(ms[0]?.lemmas ?? u?.lemmas ?? [])]);
      for (const t of terms) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    }
    if (!datedHere) warnings.push(`${src.file}: no dated event found in this article`);
  }
  const weight = (key: string) => Math.log((sentenceCount + 1) / ((docFreq.get(key) ?? 0) + 1));
  const clusters = mergeMentions(dated, undated, { weight });
  const publishedOf = new Map(sources.map((s) => [s.id, s.meta.published]));
  const published = (id: string) => publishedOf.get(id) ?? '';
  // With a cache, a cluster's event is kept by what the cluster is made of (see cache.ts).
  const toEvent = (c: Cluster) =>
    cache
      ? memoized(
          cache,
          JSON.stringify(c),
          { ...registryCalls(registry), published },
          (o) => clusterToEvent(c, recordedRegistry(o), o.published),
          () => clusterToEvent(c, registry, published),
        )
      : clusterToEvent(c, registry, published);
  // Code-unit order (not localeCompare, which follows the machine's locale): same ids everywhere.
  const inTimeOrder = (a: TimelineEvent, b: TimelineEvent) => cmp(a.start, b.start) || cmp(a.end ?? a.start, b.end ?? b.start) || cmp(a.id, b.id);
  const events = keepIds(assignUniqueIds(clusters.map(toEvent).sort(inTimeOrder)), options.previousIds ?? {}).sort(inTimeOrder);
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


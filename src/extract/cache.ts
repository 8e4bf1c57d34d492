/**
 * A cache of the extraction, so that a rebuild after one article changed does again only what that
 * change reaches. Each layer is served only when what it was made from is unchanged, so the events
 * are byte-identical with or without the cache (src/extract/cache.test.ts):
 *
 * 1. Per source, keyed by content hash, its analysis (`SourceEntry`): the cleaned sentences, their
 *    dates, and the names found in each sentence, with what that finding asked of the corpus-wide
 *    set of known names (`namesFor`). Needed only when the source's result below cannot be served,
 *    so it is kept in a file of its own and read only then.
 * 2. Per source, its share of the corpus-wide steps (`SourceResult`): the names it makes known, its
 *    names once the known set is applied, and its mentions and word counts, each with every answer
 *    the known set and the name registry gave while making them (`recall`). A source whose answers
 *    still hold costs their replay, not its sentences'. All sources' results are kept in one file,
 *    read as bytes and parsed part by part when the pipeline needs each (result-store.ts).
 * 3. Per cluster of merged mentions: its event, by the hash of the cluster (its mentions named by
 *    their identities) and the registry's answers (`memoized`), kept in the cache's own serialised
 *    form. Merging itself spans the corpus and always runs, but the parts of the scores of pairs of
 *    unchanged mentions are kept (merge-pairs.ts).
 *
 * With them, among the per-source files: compromise's answers about words (names.ts `WordAnswers`),
 * and the fingerprints of what the memos asked of the last run's corpus, with the memos checked
 * against them (`Corpus`): while the known names, the registry's answers and the publication dates
 * are the same, those memos are served without replaying their questions.
 *
 * Pure helpers, no I/O: the caller reads the serialised form, the results' file and the per-source
 * files (by name, through `EntryFiles`) and writes what `serialize()`, `resultsToWrite()`,
 * `files()` and `corpusToWrite()` give (`npm run events` keeps them in .cache/extract.json, .cache/extract-results.txt and
 * .cache/extract/).
 *
 * The source key is the sha256 of what the per-source analysis reads (the article body, its title
 * and its publication date) with a version: PIPELINE_VERSION, the version of compromise (whose
 * lexicon the name finding uses) and, from the caller, a fingerprint of the extraction code
 * (`codeFingerprint`), so that editing src/extract never serves results of the old code. A result
 * is reused only if everything it read was recorded: `RecordingSet` and the recorded registry (pipeline.ts) refuse
 * (NotRecordable) what cannot be, and the result is then computed without the cache.
 */
import { createHash, hash } from 'node:crypto';
import nlp from 'compromise';
import type { FoundName, WordAnswers } from './names';
import type { LoadedSource, Sentence, TemporalExpression } from './types';
import { mayAppend } from './append-lines';
import { PairsMemo } from './merge-pairs';
import { ResultStore, type StoredResult } from './result-store';

/** Bump when the shape of an entry changes. */
export const PIPELINE_VERSION = 'extract-cache-5';

/** One sentence of a source, analysed. */
export interface SentenceEntry {
  sentence: Sentence;
  expressions: TemporalExpression[];
  /**
   * Names found while every word counts as unknown elsewhere (the first pass), and the name keys
   * whose being known elsewhere that run asked about (`findNames`' `known` argument).
   */
  names: FoundName[];
  asked?: string[];
  /** Names found while every word counts as known elsewhere, and the keys that run asked about. */
  ifKnown?: { names: FoundName[]; asked: string[] };
}

/** A result with its inputs beyond the cache key: `deps`, and the calls it made to its options. */
export interface Memo<T = unknown> {
  /** sha256 of the dependencies' JSON. */
  deps: string;
  /** [option name, arguments as JSON, answer as JSON]. */
  asked: Array<[string, string, string]>;
  value: T;
}

export type SourceEntry = SentenceEntry[];

/** A source's share of the corpus-wide steps, each part with what it asked of the corpus. */
export interface SourceResult {
  /** The name keys this source makes known to every other (from its analysis alone). */
  known: string[];
  /** Its sentences' names, once the corpus-wide known set is applied. */
  names: Memo;
  /** Its mentions and word counts, given those names and the name registry. */
  mentions: Memo;
  /** A hash of the mentions' value (`contentHash`): their identity for the merge's pairs memo (merge-pairs.ts). */
  mentionsId?: string;
}

/** What the pipeline needs of a cache. */
export interface SourceCache {
  /** A source's analysis (read when first asked for). */
  get(key: string): SourceEntry | undefined;
  set(key: string, entry: SourceEntry): void;
  /** A source's result of the corpus-wide steps (each part read when asked for), and a new one to keep. */
  result(key: string): StoredResult | undefined;
  keepResult(key: string, result: SourceResult): void;
  /** A memo of a corpus-wide result (the event a cluster makes), by the hash of what it is made of. */
  memo(key: string): Memo | undefined;
  keepMemo(key: string, memo: Memo): void;
  /** The key of a source's entry; the entries of the sources asked for are the ones kept. */
  keyOf(src: LoadedSource): string;
  /** The merge's pairs memo of the last run, to be kept with what this run adds (merge-pairs.ts). */
  pairs?(): PairsMemo;
  /** compromise's answers about words an earlier run asked (names.ts `WordAnswers`), and those of this run, to keep. */
  words?(): WordAnswers | undefined;
  keepWords?(answers: WordAnswers): void;
  /** What the last run's memos were checked against (`Corpus`), and this run's, with the sources whose results held or were made. */
  corpus?(): Corpus | undefined;
  keepCorpus?(prints: CorpusPrints, sources: readonly string[]): void;
  /** A memo (`memoized`) held in this run, or was made in it: checked against this run's corpus. */
  memoHeld?(key: string): void;
}

/**
 * Fingerprints of what the memos ask of the corpus: the known names (names memos), the name
 * registry's answers (mentions' and events' memos) and the sources' publication dates (events').
 */
export interface CorpusPrints {
  known: string;
  registry: string;
  published: string;
}

/**
 * The last run's fingerprints, with the sources whose results and the events' memos whose lines
 * it checked against them (replayed, or made): while a fingerprint is the same, those memos hold
 * without replaying what they asked (pipeline.ts).
 */
export interface Corpus extends CorpusPrints {
  sources: ReadonlySet<string>;
  memos: ReadonlySet<string>;
}

/** Where the per-source files are read from, by name; undefined when there is none. */
export interface EntryFiles {
  read(name: string): string | undefined;
  /** A file's bytes (the pairs memo's form is binary). */
  readBytes?(name: string): Uint8Array | undefined;
}

/**
 * The serialised form: a first line `{"version": ...}`, then one line per memo (`["m", key, memo]`),
 * sorted by key. One line each, so that a run that changed one article writes again the lines it
 * read for everything else instead of serialising them all, or only appends its new lines
 * (`appendix`); a key on two lines has the last one's memo, and a line cut short is skipped.
 */
type Line = ['m', string, Memo];

/** The key of a memo's line, read from its start (`head`) without parsing the line; undefined when it is not one. */
function lineKey(head: string, line: LineText): string | undefined {
  if (!head.startsWith('["m","')) return undefined;
  const end = head.indexOf('"', 6);
  const key = end < 0 ? '' : head.slice(6, end);
  if (key && !key.includes('\\')) return key;
  // An escape in the key, or a long one: read it properly.
  try {
    const k = (JSON.parse(line()) as Line)[1];
    return typeof k === 'string' ? k : undefined;
  } catch {
    return undefined;
  }
}

/** The memo a line holds for `key`, or undefined when it is cut short or not one. */
function memoOf(line: string, key: string): Memo | undefined {
  try {
    const [kind, k, v] = JSON.parse(line) as Line;
    return kind === 'm' && k === key && v && typeof v.deps === 'string' && Array.isArray(v.asked) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A line of the memos' form, decoded when called. */
type LineText = () => string;

/** The lines of the memos' form: the `k`th line's text (its first `max` characters), whether it is empty, and whether the form ends with a whole line. */
interface Lines {
  count: number;
  whole: boolean;
  empty(k: number): boolean;
  text(k: number, max?: number): string;
  line(k: number): LineText;
}

function textLines(text: string): Lines {
  const lines = text.split('\n');
  return { count: lines.length, whole: text.endsWith('\n'), empty: (k) => !lines[k], text: (k, max) => (max ? lines[k]!.slice(0, max) : lines[k]!), line: (k) => () => lines[k]! };
}

const decoder = new TextDecoder();
function byteLines(bytes: Uint8Array): Lines {
  const starts = [0];
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  const end = (k: number) => (k + 1 < starts.length ? starts[k + 1]! - 1 : bytes.length);
  const text = (k: number, max = Infinity) => decoder.decode(bytes.subarray(starts[k]!, Math.min(end(k), starts[k]! + max)));
  return { count: starts.length, whole: bytes[bytes.length - 1] === 10, empty: (k) => end(k) === starts[k], text, line: (k) => () => text(k) };
}

/** sha256 of the extraction code: pass every src/extract/*.ts file (path and text), in any order. */
export function codeFingerprint(files: ReadonlyArray<readonly [path: string, text: string]>): string {
  const h = createHash('sha256');
  for (const [path, text] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    h.update(path).update('\0').update(text).update('\0');
  }
  return h.digest('hex');
}

/** The key of a source's entry: sha256 of the version and of what the per-source analysis reads. */
export function sourceKey(src: LoadedSource, version: string): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(src.meta.published)
    .update('\0')
    .update(src.meta.title)
    .update('\0')
    .update(src.body)
    .digest('hex');
}

/** The name of a source's file: its analysis. */
export const entryFile = (key: string) => `${key}.sentences.json`;
/** The file of the merge's pairs memo, among the per-source files. */
export const PAIRS_FILE = 'merge-pairs.bin';
/** The file of compromise's answers about words (names.ts `WordAnswers`), among the per-source files. */
export const WORDS_FILE = 'words.json';
/**
 * The file of the last run's `Corpus`, among the per-source files: written last, after every other
 * file of the cache (and removed before them), so that it never names lines another run wrote.
 */
export const CORPUS_FILE = 'corpus.json';

/** A short hash of a value's JSON, as an identity of what it holds. */
export const contentHash = (value: unknown): string => hash('sha256', JSON.stringify(value), 'base64url').slice(0, 24);

/**
 * An in-memory cache, optionally filled from its serialised form and its per-source files (a file
 * that is missing, corrupt or written by another version counts as absent). `serialize()` keeps
 * only the memos used since it was created and `files()` names the per-source files of the sources
 * asked for, so those of deleted or edited articles do not pile up.
 */
export class ExtractCache implements SourceCache {
  readonly version: string;
  private readonly entries = new Map<string, SourceEntry | null>();
  private readonly results: ResultStore;
  /** Per-source files made in this run, to be written. */
  private readonly added = new Map<string, string>();
  /** Keys of the sources of this run. */
  private readonly live = new Set<string>();
  private readonly keys = new WeakMap<LoadedSource, string>();
  /** Sources analysed (not served from the cache) since creation. */
  misses = 0;
  private readonly memos = new Map<string, Memo>();
  private readonly memosUsed = new Set<string>();
  private memosAdded = false;
  /** The lines read, by key, while what they hold is unchanged (each parsed when its memo is asked for). */
  private readonly lines = new Map<string, LineText>();
  /** The merge's pairs memo, read when first asked for, and the bytes it was read from. */
  private pairsMemo?: PairsMemo;
  private pairsBytes?: Uint8Array;
  /** compromise's answers about words, as read (when first asked for), and as this run keeps them. */
  private wordsText?: string;
  private wordsKept?: string;
  private corpusKept?: { prints: CorpusPrints; sources: readonly string[] };
  private readonly memosHeld = new Set<string>();
  /** Memo lines in the serialised form read (any of them unreadable or superseded), and whether it ends with a whole line. */
  private fileLines = 0;
  private appendable = false;

  constructor(
    codeVersion = '',
    private readonly store: EntryFiles = { read: () => undefined },
    results?: Uint8Array,
  ) {
    this.version = `${PIPELINE_VERSION}:${nlp.version ?? ''}:${codeVersion}`;
    this.results = ResultStore.parse(results, this.version);
  }

  /**
   * The cache kept in `serialized` (the memos: text, or its bytes, whose lines are then decoded
   * only when their memo is asked for), `results` (the results' file) and `store` (the per-source files).
   */
  static parse(serialized: string | Uint8Array | undefined, codeVersion = '', store?: EntryFiles, results?: Uint8Array): ExtractCache {
    const cache = new ExtractCache(codeVersion, store, results);
    if (!serialized?.length) return cache;
    try {
      const lines = typeof serialized === 'string' ? textLines(serialized) : byteLines(serialized);
      if ((JSON.parse(lines.text(0)) as { version?: unknown } | null)?.version !== cache.version) return cache;
      cache.appendable = lines.whole;
      for (let i = 1; i < lines.count; i++) {
        if (lines.empty(i)) continue;
        cache.fileLines++;
        // Each memo is parsed when asked for (`memo`), and not held: here only its key is read.
        const key = lineKey(lines.text(i, 200), lines.line(i));
        if (key !== undefined) cache.lines.set(key, lines.line(i));
      }
    } catch {
      // Unreadable: start empty.
      return new ExtractCache(codeVersion, store, results);
    }
    return cache;
  }

  keyOf(src: LoadedSource): string {
    let key = this.keys.get(src);
    if (key === undefined) this.keys.set(src, (key = sourceKey(src, this.version)));
    this.live.add(key);
    return key;
  }

  /** The key of `src`, known from an earlier run of this version (it hashes the article's text, which need not then be read). */
  knowKey(src: LoadedSource, key: string): void {
    this.keys.set(src, key);
  }

  /** A per-source file of this version, parsed; null when missing or not valid. */
  private readFile<T>(name: string, valid: (v: unknown) => boolean): T | null {
    try {
      const text = this.store.read(name);
      if (text === undefined) return null;
      const { version, value } = JSON.parse(text) as { version?: unknown; value?: unknown };
      return version === this.version && valid(value) ? (value as T) : null;
    } catch {
      return null;
    }
  }

  private keepFile(name: string, value: unknown): void {
    this.added.set(name, JSON.stringify({ version: this.version, value }));
  }

  get(key: string): SourceEntry | undefined {
    if (!this.entries.has(key)) this.entries.set(key, this.readFile<SourceEntry>(entryFile(key), Array.isArray));
    return this.entries.get(key) ?? undefined;
  }

  set(key: string, entry: SourceEntry): void {
    this.misses++;
    this.entries.set(key, entry);
    this.keepFile(entryFile(key), entry);
  }

  result(key: string): StoredResult | undefined {
    return this.results.get(key);
  }

  keepResult(key: string, result: SourceResult): void {
    this.results.keep(key, result);
  }

  pairs(): PairsMemo {
    if (!this.pairsMemo) {
      this.pairsBytes = this.store.readBytes?.(PAIRS_FILE);
      this.pairsMemo = PairsMemo.parse(this.pairsBytes, this.version);
    } else if (this.pairsMemo.used) {
      // A second run with the same cache (in memory) starts from what the first one kept.
      this.pairsMemo = PairsMemo.parse(this.pairsMemo.serialize(), this.version);
    }
    return this.pairsMemo;
  }

  words(): WordAnswers | undefined {
    this.wordsText ??= this.store.read(WORDS_FILE) ?? '';
    try {
      const { version, answers } = JSON.parse(this.wordsText) as { version?: unknown; answers?: Partial<WordAnswers> };
      const isRecord = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
      if (version === this.version && answers && isRecord(answers.tags) && isRecord(answers.place) && isRecord(answers.broad)) return answers as WordAnswers;
    } catch {
      // None, or unreadable: compromise is asked again.
    }
    return undefined;
  }

  corpus(): Corpus | undefined {
    try {
      const c = JSON.parse(this.store.read(CORPUS_FILE) ?? 'null') as (CorpusPrints & { version?: unknown; sources?: unknown; memos?: unknown }) | null;
      const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((k) => typeof k === 'string');
      if (!c || c.version !== this.version || ![c.known, c.registry, c.published].every((x) => typeof x === 'string') || !strings(c.sources) || !strings(c.memos)) return undefined;
      return { known: c.known, registry: c.registry, published: c.published, sources: new Set(c.sources), memos: new Set(c.memos) };
    } catch {
      return undefined;
    }
  }

  keepCorpus(prints: CorpusPrints, sources: readonly string[]): void {
    this.corpusKept = { prints, sources };
  }

  memoHeld(key: string): void {
    this.memosHeld.add(key);
  }

  /** The `Corpus` of this run to keep (undefined: none was given), to be written after every other file. */
  corpusToWrite(): string | undefined {
    if (!this.corpusKept) return undefined;
    const { prints, sources } = this.corpusKept;
    return JSON.stringify({ version: this.version, ...prints, sources: [...sources].sort(), memos: [...this.memosHeld].sort() });
  }

  keepWords(answers: WordAnswers): void {
    this.wordsKept = JSON.stringify({ version: this.version, answers });
  }

  /** Sources of this run served without analysing them again. */
  get hits(): number {
    return this.live.size - this.misses;
  }

  memo(key: string): Memo | undefined {
    let m = this.memos.get(key);
    if (!m) {
      const line = this.lines.get(key);
      m = line === undefined ? undefined : memoOf(line(), key);
    }
    if (m) this.memosUsed.add(key);
    return m;
  }

  keepMemo(key: string, memo: Memo): void {
    this.memos.set(key, memo);
    this.lines.delete(key);
    this.memosUsed.add(key);
    this.memosAdded = true;
  }

  /** Whether serialising would write something other than what was read. */
  get changed(): boolean {
    if (this.memosAdded) return true;
    // A memo read and not used would be dropped (a line that holds none is dropped anyway).
    for (const [key, line] of this.lines) if (!this.memosUsed.has(key) && memoOf(line(), key)) return true;
    return false;
  }

  serialize(): string {
    const out = [JSON.stringify({ version: this.version })];
    for (const k of [...this.memosUsed].sort()) out.push(this.lines.get(k)?.() ?? JSON.stringify(['m', k, this.memos.get(k)!]));
    return `${out.join('\n')}\n`;
  }

  /**
   * What to append to the serialised form read so that it holds what `serialize()` would (the memos
   * used, each key's last line winning): the lines of memos made in this run, '' when there are none.
   * Undefined when it must be written whole: no whole serialised form was read, or the lines of
   * memos not used in this run (or superseded) would be more than a third of it.
   */
  appendix(): string | undefined {
    if (!this.appendable) return undefined;
    const fresh = [...this.memosUsed].filter((k) => !this.lines.has(k));
    if (!mayAppend(this.fileLines, this.memosUsed.size - fresh.length, fresh.length)) return undefined;
    return fresh
      .sort()
      .map((k) => `${JSON.stringify(['m', k, this.memos.get(k)!])}\n`)
      .join('');
  }

  /**
   * What to write of the results' file: lines to append to the one read, the whole file, or
   * nothing when it holds this run's results already.
   */
  resultsToWrite(): { append: Uint8Array } | { whole: Uint8Array } | undefined {
    for (const key of this.live) this.results.using(key);
    if (!this.results.changed) return undefined;
    const append = this.results.appendix();
    if (append) return append.length ? { append } : undefined;
    return { whole: this.results.serialize() };
  }

  /** The per-source files to write (name and content), and the names of every file still in use. */
  files(): { write: Array<[name: string, data: string | Uint8Array]>; live: Set<string> } {
    const live = new Set([...this.live].map(entryFile));
    const write: Array<[string, string | Uint8Array]> = [...this.added].filter(([name]) => live.has(name));
    // The pairs memo is written again when the merge used it and it changed; the words' answers when other than read.
    live.add(PAIRS_FILE);
    live.add(WORDS_FILE);
    live.add(CORPUS_FILE);
    if (this.wordsKept !== undefined && this.wordsKept !== this.wordsText) write.push([WORDS_FILE, this.wordsKept]);
    const pairs = this.pairsMemo?.used ? this.pairsMemo.serialize() : undefined;
    if (pairs !== undefined && !(this.pairsBytes && Buffer.from(pairs).equals(this.pairsBytes))) write.push([PAIRS_FILE, pairs]);
    return { write, live };
  }
}

/**
 * A stand-in for `findNames`' `known` set that answers every question with `answer` (the same
 * answer for every key, or a function's) and remembers what was asked, so that a result computed
 * once can be reused for any set that would have given the same answers. Anything but `has`
 * cannot be answered that way and throws.
 */
export class RecordingSet {
  readonly asked = new Set<string>();
  constructor(private readonly answer: boolean | ((key: string) => boolean)) {}
  has(key: string): boolean {
    this.asked.add(key);
    return typeof this.answer === 'boolean' ? this.answer : this.answer(key);
  }
  get size(): number {
    throw new NotRecordable();
  }
  forEach(): void {
    throw new NotRecordable();
  }
  keys(): never {
    throw new NotRecordable();
  }
  values(): never {
    throw new NotRecordable();
  }
  entries(): never {
    throw new NotRecordable();
  }
  [Symbol.iterator](): never {
    throw new NotRecordable();
  }
  /** For `findNames(text, spans, known)`: only `has` works. */
  asSet(): ReadonlySet<string> {
    return this as unknown as ReadonlySet<string>;
  }
}

export class NotRecordable extends Error {
  constructor() {
    super('only has() can be recorded');
  }
}

/**
 * The names of a sentence for the corpus-wide set of known names, from its entry: the recorded run
 * whose every answer `known` would have given, or undefined when neither did (then find them anew).
 */
export function namesFor(entry: SentenceEntry, known: ReadonlySet<string>): FoundName[] | undefined {
  if (entry.asked && entry.asked.every((k) => !known.has(k))) return entry.names;
  if (entry.ifKnown && entry.ifKnown.asked.every((k) => known.has(k))) return entry.ifKnown.names;
  return undefined;
}

/** Dependencies already hashed (`hashDeps`), for a caller that needs the hash itself too. */
export interface HashedDeps {
  readonly sha256: string;
}

/** The hash a memo keeps of its dependencies' JSON (`Memo.deps`). */
export const hashDeps = (dependencies: string): string => hash('sha256', dependencies, 'base64');

/**
 * `compute(opts)`, or the value `stored` holds when it was computed from the same `deps` and every
 * call it made to a function of `opts` gives the same answer now. The functions of `opts` are
 * wrapped to record those calls; its other values belong in `deps` (JSON). Arguments and answers
 * must be JSON (they are compared as JSON).
 */
export function recallOrCompute<O extends object, T>(
  stored: Memo | undefined,
  dependencies: string | HashedDeps,
  opts: O,
  compute: (opts: O) => T,
  answers?: Answers,
): { value: T; memo: Memo; hit: boolean } {
  const fns = opts as Record<string, unknown>;
  const deps = typeof dependencies === 'string' ? hashDeps(dependencies) : dependencies.sha256;
  if (stored && stored.deps === deps) {
    const answer = (name: string, args: string): string | undefined => {
      const f = fns[name];
      return typeof f === 'function' ? JSON.stringify(f(...(JSON.parse(args) as unknown[])) ?? null) : undefined;
    };
    // An indexed loop: replayed ~60,000 times a run, mostly before V8 optimises it.
    let same = true;
    for (let k = 0; k < stored.asked.length && same; k++) {
      const q = stored.asked[k]!;
      same = (answers ? answers.get(q[0], q[1], answer) : answer(q[0], q[1])) === q[2];
    }
    if (same) return { value: stored.value as T, memo: stored, hit: true };
  }
  const asked = new Map<string, [string, string, string]>();
  const recording: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(fns)) {
    recording[name] =
      typeof v === 'function'
        ? (...args: unknown[]) => {
            const answer: unknown = v(...args);
            const a = JSON.stringify(args);
            asked.set(`${name}\0${a}`, [name, a, JSON.stringify(answer ?? null)]);
            return answer;
          }
        : v;
  }
  const value = compute(recording as O);
  return { value, memo: { deps, asked: [...asked.values()], value }, hit: false };
}

/**
 * The answers the functions of one set of options gave, as JSON by function name and arguments
 * (JSON), for replaying many memos against the same options: thousands of memos ask the same few
 * questions ("is this name a place?"), and each answer is then worked out once per run instead of
 * once per memo. Only for options whose functions answer the same for the same arguments for as
 * long as the Answers are in use (the pipeline's known names and name registry, fixed for a run).
 */
export class Answers {
  private readonly given = new Map<string, string | undefined>();
  get(name: string, args: string, answer: (name: string, args: string) => string | undefined): string | undefined {
    const key = `${name}\0${args}`;
    if (this.given.has(key)) return this.given.get(key);
    const a = answer(name, args);
    this.given.set(key, a);
    return a;
  }
}

/**
 * `compute(opts)`, recalled from `stored` as recallOrCompute does, with the memo to keep when it was
 * computed. When `compute` reaches for something that cannot be recorded (NotRecordable), `direct()`
 * gives the result without a memo.
 */
export function recall<O extends object, T>(
  stored: Memo | undefined,
  deps: string | HashedDeps,
  opts: O,
  compute: (opts: O) => T,
  direct: () => T,
  answers?: Answers,
): { value: T; memo?: Memo; hit: boolean } {
  try {
    return recallOrCompute(stored, deps, opts, compute, answers);
  } catch (e) {
    if (!(e instanceof NotRecordable)) throw e;
    return { value: direct(), hit: false };
  }
}

/**
 * `compute(opts)` through a memo the cache keeps by the hash of `deps` (see `recall`); a memo
 * `trusted` (its answers known to hold, pipeline.ts) is served without replaying them.
 */
export function memoized<O extends object, T>(
  cache: SourceCache,
  deps: string,
  opts: O,
  compute: (opts: O) => T,
  direct: () => T,
  answers?: Answers,
  trusted?: (key: string) => boolean,
): T {
  // The memo's key is the hash its `deps` field holds: hashed once (a cluster's JSON is large).
  const key = hashDeps(deps);
  const stored = cache.memo(key);
  if (stored && stored.deps === key && trusted?.(key)) {
    cache.memoHeld?.(key);
    return stored.value as T;
  }
  const r = recall(stored, { sha256: key }, opts, compute, direct, answers);
  if (r.memo && !r.hit) cache.keepMemo(key, r.memo);
  if (r.memo) cache.memoHeld?.(key);
  return r.value;
}

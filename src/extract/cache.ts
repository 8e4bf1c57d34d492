/**
 * A cache of the extraction, so that a rebuild after one article changed does again only what that
 * change reaches. Each layer is served only when what it was made from is unchanged, so the events
 * are byte-identical with or without the cache (src/extract/cache.test.ts):
 *
 * 1. Per source, keyed by content hash, its analysis (`SourceEntry`): the cleaned sentences, their
 *    dates, and the names found in each sentence, with what that finding asked of the corpus-wide
 *    set of known names (`namesFor`). Needed only when the source's result below cannot be served,
 *    so it is kept in a file of its own and read only then.
 * 2. Per source, in a second file, its share of the corpus-wide steps (`SourceResult`): the names it
 *    makes known, its names once the known set is applied, and its mentions and word counts, each
 *    with every answer the known set and the name registry gave while making them (`recall`). A
 *    source whose answers still hold costs their replay, not its sentences'.
 * 3. Per cluster of merged mentions: its event, by the hash of the cluster and the registry's
 *    answers (`memoized`), kept in the cache's own serialised form. Merging itself spans the corpus
 *    and always runs.
 *
 * Pure helpers, no I/O: the caller reads the serialised form and the per-source files (by name,
 * through `EntryFiles`) and writes what `serialize()` and `files()` give (`npm run events` keeps
 * them in .cache/extract.json and .cache/extract/).
 *
 * The source key is the sha256 of what the per-source analysis reads (the article body, its title
 * and its publication date) with a version: PIPELINE_VERSION, the version of compromise (whose
 * lexicon the name finding uses) and, from the caller, a fingerprint of the extraction code
 * (`codeFingerprint`), so that editing src/extract never serves results of the old code. A result
 * is reused only if everything it read was recorded: `RecordingSet` and the recorded registry (pipeline.ts) refuse
 * (NotRecordable) what cannot be, and the result is then computed without the cache.
 */
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import type { FoundName } from './names';
import type { LoadedSource, Sentence, TemporalExpression } from './types';
import { mayAppend } from './append-lines';

/** Bump when the shape of an entry changes. */
export const PIPELINE_VERSION = 'extract-cache-4';

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
}

/** What the pipeline needs of a cache. */
export interface SourceCache {
  /** A source's analysis (read when first asked for). */
  get(key: string): SourceEntry | undefined;
  set(key: string, entry: SourceEntry): void;
  /** A source's result of the corpus-wide steps, and a new one to keep. */
  result(key: string): SourceResult | undefined;
  keepResult(key: string, result: SourceResult): void;
  /** A memo of a corpus-wide result (the event a cluster makes), by the hash of what it is made of. */
  memo(key: string): Memo | undefined;
  keepMemo(key: string, memo: Memo): void;
  /** The key of a source's entry; the entries of the sources asked for are the ones kept. */
  keyOf(src: LoadedSource): string;
}

/** Where the per-source files are read from, by name; undefined when there is none. */
export interface EntryFiles {
  read(name: string): string | undefined;
}

/**
 * The serialised form: a first line `{"version": ...}`, then one line per memo (`["m", key, memo]`),
 * sorted by key. One line each, so that a run that changed one article writes again the lines it
 * read for everything else instead of serialising them all, or only appends its new lines
 * (`appendix`); a key on two lines has the last one's memo, and a line cut short is skipped.
 */
type Line = ['m', string, Memo];

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

/** The names of a source's two files: its analysis, and its result. */
export const entryFile = (key: string) => `${key}.sentences.json`;
export const resultFile = (key: string) => `${key}.result.json`;

/**
 * An in-memory cache, optionally filled from its serialised form and its per-source files (a file
 * that is missing, corrupt or written by another version counts as absent). `serialize()` keeps
 * only the memos used since it was created and `files()` names the per-source files of the sources
 * asked for, so those of deleted or edited articles do not pile up.
 */
export class ExtractCache implements SourceCache {
  readonly version: string;
  private readonly entries = new Map<string, SourceEntry | null>();
  private readonly results = new Map<string, SourceResult | null>();
  /** Per-source files made in this run, to be written. */
  private readonly added = new Map<string, string>();
  /** Keys of the sources of this run. */
  private readonly live = new Set<string>();
  /** Sources analysed (not served from the cache) since creation. */
  misses = 0;
  private readonly memos = new Map<string, Memo>();
  private readonly memosUsed = new Set<string>();
  private memosAdded = false;
  /** The lines read, by key, while what they hold is unchanged. */
  private readonly lines = new Map<string, string>();
  /** Memo lines in the serialised form read (any of them unreadable or superseded), and whether it ends with a whole line. */
  private fileLines = 0;
  private appendable = false;

  constructor(
    codeVersion = '',
    private readonly store: EntryFiles = { read: () => undefined },
  ) {
    this.version = `${PIPELINE_VERSION}:${nlp.version ?? ''}:${codeVersion}`;
  }

  static parse(serialized: string | undefined, codeVersion = '', store?: EntryFiles): ExtractCache {
    const cache = new ExtractCache(codeVersion, store);
    if (!serialized) return cache;
    try {
      const lines = serialized.split('\n');
      if ((JSON.parse(lines[0]!) as { version?: unknown } | null)?.version !== cache.version) return cache;
      cache.appendable = serialized.endsWith('\n');
      for (let i = 1; i < lines.length; i++) {
        if (!lines[i]) continue;
        cache.fileLines++;
        let line: Line;
        try {
          line = JSON.parse(lines[i]!) as Line;
        } catch {
          // Cut short (a run stopped while appending): this line only.
          continue;
        }
        const [kind, k, v] = Array.isArray(line) ? line : [];
        if (kind !== 'm' || typeof k !== 'string' || !v || typeof v.deps !== 'string' || !Array.isArray(v.asked)) continue;
        cache.memos.set(k, v);
        cache.lines.set(k, lines[i]!);
      }
    } catch {
      // Unreadable: start empty.
      return new ExtractCache(codeVersion, store);
    }
    return cache;
  }

  keyOf(src: LoadedSource): string {
    const key = sourceKey(src, this.version);
    this.live.add(key);
    return key;
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

  result(key: string): SourceResult | undefined {
    if (!this.results.has(key)) {
      const isMemo = (m: unknown) => typeof (m as Memo | undefined)?.deps === 'string' && Array.isArray((m as Memo).asked);
      this.results.set(key, this.readFile<SourceResult>(resultFile(key), (v) => {
        const r = v as SourceResult | undefined;
        return Array.isArray(r?.known) && isMemo(r.names) && isMemo(r.mentions);
      }));
    }
    return this.results.get(key) ?? undefined;
  }

  keepResult(key: string, result: SourceResult): void {
    this.results.set(key, result);
    this.keepFile(resultFile(key), result);
  }

  /** Sources of this run served without analysing them again. */
  get hits(): number {
    return this.live.size - this.misses;
  }

  memo(key: string): Memo | undefined {
    const m = this.memos.get(key);
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
    return this.memosAdded || this.memosUsed.size !== this.memos.size;
  }

  serialize(): string {
    const out = [JSON.stringify({ version: this.version })];
    for (const k of [...this.memosUsed].sort()) out.push(this.lines.get(k) ?? JSON.stringify(['m', k, this.memos.get(k)!]));
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

  /** The per-source files to write (name and text), and the names of every file still in use. */
  files(): { write: Array<[name: string, text: string]>; live: Set<string> } {
    const live = new Set([...this.live].flatMap((k) => [entryFile(k), resultFile(k)]));
    return { write: [...this.added].filter(([name]) => live.has(name)), live };
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
export const hashDeps = (dependencies: string): string => createHash('sha256').update(dependencies).digest('base64');

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

/** `compute(opts)` through a memo the cache keeps by the hash of `deps` (see `recall`). */
export function memoized<O extends object, T>(cache: SourceCache, deps: string, opts: O, compute: (opts: O) => T, direct: () => T, answers?: Answers): T {
  // The memo's key is the hash its `deps` field holds: hashed once (a cluster's JSON is large).
  const key = hashDeps(deps);
  const r = recall(cache.memo(key), { sha256: key }, opts, compute, direct, answers);
  if (r.memo && !r.hit) cache.keepMemo(key, r.memo);
  return r.value;
}

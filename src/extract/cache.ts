/**
 * A cache of the extraction, so that a rebuild after one article changed does again only what that
 * change reaches. Three layers, each served only when what it was made from is unchanged, so the
 * events are byte-identical with or without the cache (src/extract/cache.test.ts):
 *
 * 1. Per source, keyed by content hash: the cleaned sentences, their dates, and the names found in
 *    each sentence, with what that finding asked of the corpus-wide set of known names (`namesFor`).
 * 2. Per sentence, in the same entry: its mentions, with what they were made from beyond the
 *    sentence (the source's metadata, the names' canonical forms, the options) and every answer the
 *    name registry gave while making them (`recallOrCompute`, `mentionsFromEntry`).
 * 3. Per cluster of merged mentions: its event, by the hash of the cluster and the registry's
 *    answers (`memoized`). Merging itself spans the corpus and always runs.
 *
 * Pure helpers, no I/O: the caller reads and writes the serialised form (`npm run events` keeps it
 * in .cache/extract.json).
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

/** Bump when the shape of an entry changes. */
export const PIPELINE_VERSION = 'extract-cache-3';

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
  /** The sentence's mentions, with what they depended on. */
  mentions?: Memo;
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

/** What the pipeline needs of a cache. */
export interface SourceCache {
  get(key: string): SourceEntry | undefined;
  set(key: string, entry: SourceEntry): void;
  /** An entry served by `get` was added to (its mentions were recomputed). */
  touch(key: string): void;
  /** A memo of a corpus-wide result (the event a cluster makes), by the hash of what it is made of. */
  memo(key: string): Memo | undefined;
  keepMemo(key: string, memo: Memo): void;
  /** The key of a source's entry. */
  keyOf(src: LoadedSource): string;
}

/**
 * The serialised form: a first line `{"version": ...}`, then one line per entry (`["e", key, entry]`)
 * and per memo (`["m", key, memo]`), each sorted by key. One line each, so that a run that changed
 * one article writes again the lines it read for everything else instead of serialising them all.
 */
type Line = ['e', string, SourceEntry] | ['m', string, Memo];
const NEWLINE = 0x0a;

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

/**
 * An in-memory cache, optionally filled from its serialised form (a file that is missing, corrupt
 * or written by another version gives an empty cache). `serialize()` keeps only the entries used
 * since it was created, so entries of deleted or edited articles do not pile up.
 */
export class ExtractCache implements SourceCache {
  readonly version: string;
  private readonly entries = new Map<string, SourceEntry>();
  private readonly used = new Set<string>();
  /** Entries served from the cache and computed afresh since creation. */
  hits = 0;
  misses = 0;
  private touched = false;
  private readonly memos = new Map<string, Memo>();
  private readonly memosUsed = new Set<string>();
  private memosAdded = false;
  /**
   * The lines read, by kind and key, while what they hold is unchanged: as the bytes read, so that
   * writing the cache again copies them instead of serialising and encoding ~30 MB anew.
   */
  private readonly lines = new Map<string, Uint8Array>();

  constructor(codeVersion = '') {
    this.version = `${PIPELINE_VERSION}:${nlp.version ?? ''}:${codeVersion}`;
  }

  static parse(serialized: string | Uint8Array | undefined, codeVersion = ''): ExtractCache {
    const cache = new ExtractCache(codeVersion);
    if (!serialized) return cache;
    const bytes = typeof serialized === 'string' ? Buffer.from(serialized) : Buffer.from(serialized.buffer, serialized.byteOffset, serialized.byteLength);
    try {
      let first = true;
      for (let start = 0, end = 0; start < bytes.length; start = end + 1) {
        end = bytes.indexOf(NEWLINE, start);
        if (end < 0) end = bytes.length;
        if (end === start) continue;
        const text = bytes.toString('utf8', start, end);
        if (first) {
          if ((JSON.parse(text) as { version?: unknown } | null)?.version !== cache.version) return cache;
          first = false;
          continue;
        }
        const [kind, k, v] = JSON.parse(text) as Line;
        if (kind === 'e' && Array.isArray(v)) cache.entries.set(k, v);
        else if (kind === 'm' && v && typeof v.deps === 'string' && Array.isArray(v.asked)) cache.memos.set(k, v);
        else continue;
        cache.lines.set(`${kind}\0${k}`, bytes.subarray(start, end));
      }
    } catch {
      // Unreadable: start empty.
      return new ExtractCache(codeVersion);
    }
    return cache;
  }

  keyOf(src: LoadedSource): string {
    return sourceKey(src, this.version);
  }

  get(key: string): SourceEntry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.hits++;
      this.used.add(key);
    } else this.misses++;
    return e;
  }

  set(key: string, entry: SourceEntry): void {
    this.entries.set(key, entry);
    this.used.add(key);
    this.lines.delete(`e\0${key}`);
  }

  touch(key: string): void {
    if (this.entries.has(key)) this.touched = true;
    this.lines.delete(`e\0${key}`);
  }

  memo(key: string): Memo | undefined {
    const m = this.memos.get(key);
    if (m) this.memosUsed.add(key);
    return m;
  }

  keepMemo(key: string, memo: Memo): void {
    this.memos.set(key, memo);
    this.lines.delete(`m\0${key}`);
    this.memosUsed.add(key);
    this.memosAdded = true;
  }

  /** Whether serialising would write something other than what was read. */
  get changed(): boolean {
    return this.misses > 0 || this.touched || this.used.size !== this.entries.size || this.memosAdded || this.memosUsed.size !== this.memos.size;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The serialised form, as UTF-8 bytes. */
  serialize(): Buffer {
    const newline = Buffer.from('\n');
    const out: Uint8Array[] = [Buffer.from(JSON.stringify({ version: this.version }))];
    const line = (kind: 'e' | 'm', k: string, v: SourceEntry | Memo) => this.lines.get(`${kind}\0${k}`) ?? Buffer.from(JSON.stringify([kind, k, v]));
    for (const k of [...this.used].sort()) out.push(newline, line('e', k, this.entries.get(k)!));
    for (const k of [...this.memosUsed].sort()) out.push(newline, line('m', k, this.memos.get(k)!));
    out.push(newline);
    return Buffer.concat(out);
  }
}

/**
 * A stand-in for `findNames`' `known` set that answers every question the same way and remembers
 * what was asked, so that a result computed once can be reused for any set that would have given
 * the same answers. Anything but `has` cannot be answered that way and throws.
 */
export class RecordingSet {
  readonly asked = new Set<string>();
  constructor(private readonly answer: boolean) {}
  has(key: string): boolean {
    this.asked.add(key);
    return this.answer;
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

/** How a value is kept in a memo (e.g. without what the caller can restore). */
export interface Codec<T> {
  pack(value: T): unknown;
  unpack(stored: unknown): T;
}

/**
 * `compute(opts)`, or the value `stored` holds when it was computed from the same `deps` and every
 * call it made to a function of `opts` gives the same answer now. The functions of `opts` are
 * wrapped to record those calls; its other values belong in `deps` (JSON). Arguments and answers
 * must be JSON (they are compared as JSON).
 */
export function recallOrCompute<O extends object, T>(
  stored: Memo | undefined,
  dependencies: string,
  opts: O,
  compute: (opts: O) => T,
  codec?: Codec<T>,
): { value: T; memo: Memo; hit: boolean } {
  const fns = opts as Record<string, unknown>;
  const deps = createHash('sha256').update(dependencies).digest('base64');
  if (stored && stored.deps === deps) {
    const same = stored.asked.every(([name, args, answer]) => {
      const f = fns[name];
      return typeof f === 'function' && JSON.stringify(f(...(JSON.parse(args) as unknown[])) ?? null) === answer;
    });
    if (same) return { value: codec ? codec.unpack(stored.value) : (stored.value as T), memo: stored, hit: true };
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
  return { value, memo: { deps, asked: [...asked.values()], value: codec ? codec.pack(value) : value }, hit: false };
}

/**
 * A sentence's mentions (`ms`, and `u`, the undated one) from its entry when what they were made
 * from is unchanged, else computed and kept in the entry (`computed`: the entry changed). They are
 * kept without their sentence, which is the entry's own, and given it back when served.
 */
export function mentionsFromEntry<O extends object, M extends { sentence: Sentence }>(
  entry: SentenceEntry,
  deps: string,
  opts: O,
  compute: (opts: O) => { ms: M[]; u?: M },
): { ms: M[]; u?: M; computed: boolean } {
  // null, not left out: the key keeps its place, so a served mention is the same JSON as a new one.
  const own = (m: M): M => (m.sentence === null ? { ...m, sentence: entry.sentence } : m);
  const bare = (m: M) => (m.sentence === entry.sentence ? { ...m, sentence: null } : m);
  const r = recallOrCompute(entry.mentions, deps, opts, compute, {
    pack: (v) => ({ ms: v.ms.map(bare), ...(v.u ? { u: bare(v.u) } : {}) }),
    unpack: (stored) => {
      const { ms, u } = stored as { ms: M[]; u?: M };
      return { ms: ms.map(own), ...(u ? { u: own(u) } : {}) };
    },
  });
  if (!r.hit) entry.mentions = r.memo;
  return { ...r.value, computed: !r.hit };
}

/**
 * `compute(opts)` through a memo the cache keeps by the hash of `deps` (see recallOrCompute). When
 * `compute` reaches for something that cannot be recorded (NotRecordable), `direct()` gives the
 * result without a memo.
 */
export function memoized<O extends object, T>(cache: SourceCache, deps: string, opts: O, compute: (opts: O) => T, direct: () => T): T {
  const key = createHash('sha256').update(deps).digest('base64');
  try {
    const r = recallOrCompute(cache.memo(key), deps, opts, compute);
    if (!r.hit) cache.keepMemo(key, r.memo);
    return r.value;
  } catch (e) {
    if (!(e instanceof NotRecordable)) throw e;
    return direct();
  }
}

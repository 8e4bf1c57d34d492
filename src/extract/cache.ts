/**
 * A cache of the per-source half of the extraction, keyed by content hash, so that a rebuild after
 * one article changed analyses only that article: cleaning, sentences, dates and the names found in
 * each sentence. Everything after that (the name registry, mentions, merging, titles) spans the
 * whole corpus and is always recomputed, so the events are the same with or without the cache.
 *
 * Pure helpers, no I/O: the caller reads and writes the serialised form (`npm run events` keeps it
 * in .cache/extract.json).
 *
 * The key is the sha256 of everything the per-source analysis reads (the article body, its title and
 * its publication date) together with a version: PIPELINE_VERSION, the version of compromise (whose
 * lexicon the name finding uses) and, from the caller, a fingerprint of the extraction code
 * (`codeFingerprint`), so that editing src/extract never serves results of the old code.
 */
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import type { FoundName } from './names';
import type { LoadedSource, Sentence, TemporalExpression } from './types';

/** Bump when the shape of an entry changes. */
export const PIPELINE_VERSION = 'extract-cache-1';

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

export type SourceEntry = SentenceEntry[];

/** What the pipeline needs of a cache. */
export interface SourceCache {
  get(key: string): SourceEntry | undefined;
  set(key: string, entry: SourceEntry): void;
  /** The key of a source's entry. */
  keyOf(src: LoadedSource): string;
}

interface CacheFile {
  version: string;
  entries: Record<string, SourceEntry>;
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

  constructor(codeVersion = '') {
    this.version = `${PIPELINE_VERSION}:${nlp.version ?? ''}:${codeVersion}`;
  }

  static parse(serialized: string | undefined, codeVersion = ''): ExtractCache {
    const cache = new ExtractCache(codeVersion);
    if (!serialized) return cache;
    try {
      const data = JSON.parse(serialized) as Partial<CacheFile>;
      if (data?.version === cache.version && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries)) if (Array.isArray(v)) cache.entries.set(k, v);
      }
    } catch {
      /* unreadable: start empty */
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
  }

  /** Whether serialising would write something other than what was read. */
  get changed(): boolean {
    return this.misses > 0 || this.used.size !== this.entries.size;
  }

  get size(): number {
    return this.entries.size;
  }

  serialize(): string {
    const entries: Record<string, SourceEntry> = {};
    for (const k of [...this.used].sort()) entries[k] = this.entries.get(k)!;
    return JSON.stringify({ version: this.version, entries } satisfies CacheFile);
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

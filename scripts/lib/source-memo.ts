/**
 * What a run of `npm run events` learned of each article file, kept in a file of .cache/ by the
 * file's stats (scripts/lib/stat-memo.ts, as scripts/lib/file-hashes.ts does for the event files):
 * its front matter as validated, whether it began with a byte-order mark, and its key in the
 * extraction's cache (src/extract/cache.ts).
 *
 * A re-run after one article changed then reads and parses that one file: the 999 others are known
 * by one `lstat` each, and their text is read only if the pipeline asks for it (it does not when it
 * serves their results from the cache).
 *
 * Entries are valid only for the code they were made with (`version`: the front matter's schema
 * and parser, and for the key the extraction's version). The memo is a speed-up only: missing,
 * unreadable or cut short, it counts as empty.
 */
import type { SourceFrontmatter } from '../../src/schema';
import { StatMemo } from './stat-memo';

export interface KnownSource {
  meta: SourceFrontmatter;
  hadBom: boolean;
  /** The source's key in the extraction's cache, for the extraction version `keyVersion`. */
  key?: string;
}

function decode([meta, hadBom, key]: unknown[]): KnownSource | undefined {
  if (typeof meta !== 'object' || meta === null || typeof hadBom !== 'boolean') return undefined;
  return { meta: meta as SourceFrontmatter, hadBom, ...(typeof key === 'string' ? { key } : {}) };
}

export class SourceMemo {
  private keyVersion: string | undefined;

  private constructor(private readonly memo: StatMemo<KnownSource>) {
    const kept = memo.read?.keyVersion;
    if (typeof kept === 'string') this.keyVersion = kept;
  }

  /** The memo kept in `file` for `version`; missing, unreadable or of another version, it starts empty. */
  static open(file: string, version: string): SourceMemo {
    return new SourceMemo(new StatMemo(file, { format: 1, version }, decode));
  }

  /** What was recorded of `path` when `stat` is its recorded stat; the key only if made for `keyVersion`. */
  lookup(path: string, stat: string, keyVersion: string): KnownSource | undefined {
    const found = this.memo.lookup(path, stat);
    if (!found) return undefined;
    const { key, ...rest } = found;
    return key !== undefined && this.keyVersion === keyVersion ? { ...rest, key } : rest;
  }

  /** Records what this run found of `path` (whose stat was `stat` when it was read), its key made for `keyVersion`. */
  record(path: string, stat: string, entry: KnownSource, keyVersion: string): void {
    this.memo.record(path, stat, entry);
    this.keyVersion = keyVersion;
  }

  /** Keeps what this run found (files it was not told of are dropped), when other than what was read. */
  save(): void {
    this.memo.save(
      (e) => [e.meta, e.hadBom, ...(e.key !== undefined ? [e.key] : [])],
      { keyVersion: this.keyVersion },
      (a, b) => a.key === b.key,
    );
  }
}

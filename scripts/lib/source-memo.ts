/**
 * What a run of `npm run events` learned of each article file, kept in a file of .cache/ by what
 * `lstat` says of the file (its device, inode, size, modification and change times, as
 * scripts/lib/file-hashes.ts does for the event files): its front matter as validated, whether it
 * began with a byte-order mark, and its key in the extraction's cache (src/extract/cache.ts).
 *
 * A re-run after one article changed then reads and parses that one file: the 999 others are known
 * by one `lstat` each, and their text is read only if the pipeline asks for it (it does not when it
 * serves their results from the cache). A file whose stat is the recorded one holds what it held
 * then (any write changes its ctime, which no editor or tool can set back).
 *
 * Entries are valid only for the code they were made with (`version`: the front matter's schema
 * and parser, and for the key the extraction's version). The memo is a speed-up only: missing,
 * unreadable or cut short, it counts as empty.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { SourceFrontmatter } from '../../src/schema';
import { writeAtomic } from './atomic';

const FORMAT = 1;

export interface KnownSource {
  meta: SourceFrontmatter;
  hadBom: boolean;
  /** The source's key in the extraction's cache, for the extraction version `keyVersion`. */
  key?: string;
}

/** What identifies a version of a file. */
export function statKey(file: string): string {
  const s = lstatSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

export class SourceMemo {
  private readonly known = new Map<string, { stat: string; entry: KnownSource }>();
  private readonly seen = new Map<string, { stat: string; entry: KnownSource }>();
  private keyVersion: string | undefined;

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** The memo kept in `file` for `version`; missing, unreadable or of another version, it starts empty. */
  static open(file: string, version: string): SourceMemo {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* none yet */
    }
    return SourceMemo.parse(text, file, version);
  }

  static parse(text: string | undefined, file: string, version: string): SourceMemo {
    const memo = new SourceMemo(file, version);
    if (text === undefined) return memo;
    try {
      const v = JSON.parse(text) as { format?: unknown; version?: unknown; keyVersion?: unknown; files?: unknown };
      if (v.format !== FORMAT || v.version !== version || typeof v.files !== 'object' || v.files === null) return memo;
      if (typeof v.keyVersion === 'string') memo.keyVersion = v.keyVersion;
      for (const [path, e] of Object.entries(v.files)) {
        const [stat, meta, hadBom, key] = Array.isArray(e) ? (e as unknown[]) : [];
        if (typeof stat !== 'string' || typeof meta !== 'object' || meta === null || typeof hadBom !== 'boolean') continue;
        memo.known.set(path, { stat, entry: { meta: meta as SourceFrontmatter, hadBom, ...(typeof key === 'string' ? { key } : {}) } });
      }
    } catch {
      return new SourceMemo(file, version);
    }
    return memo;
  }

  /** What was recorded of `path` when `stat` is its recorded stat; the key only if made for `keyVersion`. */
  lookup(path: string, stat: string, keyVersion: string): KnownSource | undefined {
    const k = this.known.get(path);
    if (!k || k.stat !== stat) return undefined;
    const { key, ...rest } = k.entry;
    return key !== undefined && this.keyVersion === keyVersion ? { ...rest, key } : rest;
  }

  /** Records what this run found of `path` (whose stat was `stat` when it was read), its key made for `keyVersion`. */
  record(path: string, stat: string, entry: KnownSource, keyVersion: string): void {
    this.seen.set(path, { stat, entry });
    this.keyVersion = keyVersion;
  }

  /** Keeps what this run found (files it was not told of are dropped), when other than what was read. */
  save(): void {
    const same =
      this.seen.size === this.known.size &&
      [...this.seen].every(([p, s]) => {
        const k = this.known.get(p);
        return k && k.stat === s.stat && k.entry.key === s.entry.key;
      });
    if (same) return;
    const files = Object.fromEntries(
      [...this.seen]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([p, { stat, entry }]) => [p, [stat, entry.meta, entry.hadBom, ...(entry.key !== undefined ? [entry.key] : [])]]),
    );
    writeAtomic(this.file, `${JSON.stringify({ format: FORMAT, version: this.version, keyVersion: this.keyVersion, files })}\n`);
  }
}

/**
 * The sha256 of files, kept between runs of `npm run events` in a file of .cache/ by what `lstat`
 * says of each file: its device, inode, size, modification and change times. A file whose stat is
 * the one recorded has the content it had then, so a re-run learns the hashes of the ~3,000 event
 * files it compares with what it generates from one `lstat` each, instead of reading them all.
 *
 * Any write to a file changes its change time (ctime), which no editor or tool can set back, and a
 * rename or a new file gives another inode (the same reasoning as the shortcut of an unchanged run,
 * scripts/lib/last-run.ts). The files a run writes itself are recorded with the hash of what it
 * wrote, so that the next run reads none of them either.
 *
 * The memo is a speed-up only: missing, unreadable or cut short, it counts as empty.
 */
import { hash } from 'node:crypto';
import { lstatSync, readFileSync, type BigIntStats } from 'node:fs';
import { writeAtomic } from './atomic';

const FORMAT = 1;
/** What identifies a version of a file. */
const keyOf = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

export class FileHashes {
  /** File → [stat key, sha256], as read. */
  private readonly known = new Map<string, [string, string]>();
  /** What this run found, to be kept. */
  private readonly seen = new Map<string, [string, string]>();
  /** Each file's stat as this run last took it. */
  private readonly stats = new Map<string, BigIntStats>();

  private constructor(private readonly file: string) {}

  /** The memo kept in `file`; missing or unreadable, it starts empty. */
  static open(file: string): FileHashes {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* none yet */
    }
    return FileHashes.parse(text, file);
  }

  static parse(text: string | undefined, file: string): FileHashes {
    const memo = new FileHashes(file);
    if (text === undefined) return memo;
    try {
      const { format, files } = JSON.parse(text) as { format?: unknown; files?: unknown };
      if (format !== FORMAT || typeof files !== 'object' || files === null) return memo;
      for (const [name, v] of Object.entries(files)) {
        if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') memo.known.set(name, [v[0], v[1]]);
      }
    } catch {
      return new FileHashes(file);
    }
    return memo;
  }

  /** The sha256 (hex) of `file` as it is on disk: from the memo when its stat is the one recorded, else read. */
  hash(file: string): string {
    const key = this.stat(file);
    const known = this.known.get(file);
    if (known && known[0] === key) {
      this.seen.set(file, known);
      return known[1];
    }
    // (Had the file changed between its stat and its reading, that stat would never be seen again.)
    const sha = hash('sha256', readFileSync(file), 'hex');
    this.seen.set(file, [key, sha]);
    return sha;
  }

  /** Records a file this run has just written, with the sha256 of what it wrote. */
  written(file: string, sha256: string): void {
    this.seen.set(file, [this.stat(file), sha256]);
  }

  private stat(file: string): string {
    const s = lstatSync(file, { bigint: true });
    this.stats.set(file, s);
    return keyOf(s);
  }

  /**
   * The stat this run last took of `file` (asked for its hash, or written), for a caller that wants
   * the folder's stats as the run leaves it (scripts/lib/last-run.ts): a file it did not touch since
   * is as it was then.
   */
  statOf(file: string): BigIntStats | undefined {
    return this.stats.get(file);
  }

  /** Whether `save` would write something other than what was read. */
  get changed(): boolean {
    if (this.seen.size !== this.known.size) return true;
    for (const [f, v] of this.seen) if (this.known.get(f)?.[0] !== v[0]) return true;
    return false;
  }

  /** Keeps what this run found (files it was not asked about are dropped). */
  save(): void {
    if (!this.changed) return;
    const files = Object.fromEntries([...this.seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeAtomic(this.file, `${JSON.stringify({ format: FORMAT, files })}\n`);
  }
}

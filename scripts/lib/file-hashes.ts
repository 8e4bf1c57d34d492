/**
 * The sha256 of files, kept between runs of `npm run events` in a file of .cache/ by their stats
 * (scripts/lib/stat-memo.ts): a re-run learns the hashes of the ~3,000 event files it compares with
 * what it generates from one `lstat` each, instead of reading them all. The files a run writes
 * itself are recorded with the hash of what it wrote, so that the next run reads none of them either.
 */
import { hash } from 'node:crypto';
import { lstatSync, readFileSync, type BigIntStats } from 'node:fs';
import { StatMemo, statKeyOf } from './stat-memo';

const HEAD = { format: 1 };

export class FileHashes {
  /** Each file's stat as this run last took it. */
  private readonly stats = new Map<string, BigIntStats>();

  private constructor(private readonly memo: StatMemo<string>) {}

  /** The memo kept in `file`; missing or unreadable, it starts empty. */
  static open(file: string): FileHashes {
    return new FileHashes(new StatMemo<string>(file, HEAD, (e) => (e.length === 1 && typeof e[0] === 'string' ? e[0] : undefined)));
  }

  /** The sha256 (hex) of `file` as it is on disk: from the memo when its stat is the one recorded, else read. */
  hash(file: string): string {
    const key = this.stat(file);
    // (Had the file changed between its stat and its reading, that stat would never be seen again.)
    const sha = this.memo.lookup(file, key) ?? hash('sha256', readFileSync(file), 'hex');
    this.memo.record(file, key, sha);
    return sha;
  }

  /** Records a file this run has just written, with the sha256 of what it wrote. */
  written(file: string, sha256: string): void {
    this.memo.record(file, this.stat(file), sha256);
  }

  private stat(file: string): string {
    const s = lstatSync(file, { bigint: true });
    this.stats.set(file, s);
    return statKeyOf(s);
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
    return this.memo.changed();
  }

  /** Keeps what this run found (files it was not asked about are dropped). */
  save(): void {
    this.memo.save((sha) => [sha]);
  }
}

/**
 * Entries about files, kept between runs of `npm run events` in a JSON file of .cache/ by what
 * `lstat` says of each file: its device, inode, size, modification and change times. A file whose
 * stat is the one recorded holds what it held when its entry was made: any write to a file changes
 * its change time (ctime), which no editor or tool can set back, and a rename or a new file gives
 * another inode (the same reasoning as the shortcut of an unchanged run, scripts/lib/last-run.ts).
 *
 * Used for the event files' hashes (file-hashes.ts) and the articles' front matter (source-memo.ts).
 * The file holds `{...head, files: {name: [stat, ...entry]}}`. The memo is a speed-up only:
 * missing, unreadable, cut short or with another head, it counts as empty.
 */
import { lstatSync, readFileSync, type BigIntStats } from 'node:fs';
import { writeAtomic } from './atomic';

/** What identifies a version of a file. */
export const statKeyOf = (s: BigIntStats): string => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/** `statKeyOf` the file's `lstat`, taken now. */
export const statKey = (file: string): string => statKeyOf(lstatSync(file, { bigint: true }));

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export class StatMemo<T> {
  /** File → [stat key, entry], as read. */
  private readonly known = new Map<string, [string, T]>();
  /** What this run found, to be kept. */
  private readonly seen = new Map<string, [string, T]>();
  /** The file's JSON as read, when its head was `head`. */
  readonly read: Record<string, unknown> | undefined;

  /**
   * The memo kept in `file` when its JSON has every field of `head`; each entry (after its stat)
   * made by `decode`, and left out when that gives undefined.
   */
  constructor(
    private readonly file: string,
    private readonly head: Record<string, unknown>,
    decode: (entry: unknown[]) => T | undefined,
  ) {
    let v: unknown;
    try {
      v = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return; // None yet, or unreadable.
    }
    if (!isRecord(v) || !Object.entries(head).every(([k, x]) => v[k] === x) || !isRecord(v.files)) return;
    this.read = v;
    for (const [name, e] of Object.entries(v.files)) {
      if (!Array.isArray(e) || typeof e[0] !== 'string') continue;
      const entry = decode(e.slice(1));
      if (entry !== undefined) this.known.set(name, [e[0], entry]);
    }
  }

  /** The entry recorded of `name` when `stat` is its recorded stat. */
  lookup(name: string, stat: string): T | undefined {
    const k = this.known.get(name);
    return k && k[0] === stat ? k[1] : undefined;
  }

  /** Records what this run found of `name` (whose stat was `stat` when it was read). */
  record(name: string, stat: string, entry: T): void {
    this.seen.set(name, [stat, entry]);
  }

  /** Whether `save` would write other entries than those read (`same`: whether two entries of one stat are alike). */
  changed(same: (a: T, b: T) => boolean = () => true): boolean {
    if (this.seen.size !== this.known.size) return true;
    for (const [name, [stat, entry]] of this.seen) {
      const k = this.known.get(name);
      if (!k || k[0] !== stat || !same(k[1], entry)) return true;
    }
    return false;
  }

  /**
   * Keeps what this run found (files it was not told of are dropped), each entry as `encode` gives
   * it, with `more` fields after the head; writes nothing when `changed(same)` says it holds that.
   */
  save(encode: (entry: T) => unknown[], more: Record<string, unknown> = {}, same?: (a: T, b: T) => boolean): void {
    if (!this.changed(same)) return;
    const files = Object.fromEntries(
      [...this.seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, [stat, entry]]) => [name, [stat, ...encode(entry)]]),
    );
    writeAtomic(this.file, `${JSON.stringify({ ...this.head, ...more, files })}\n`);
  }
}

/**
 * A memo of a pure function's results, kept between runs of `npm run events` in a JSON file of
 * .cache/: on a re-run most inputs (front matter, events) are the same as last time, and computing
 * their results again is most of what the run would otherwise spend outside the extraction.
 *
 * Entries are valid only for the `version` they were made with (a fingerprint of the code and the
 * packages that compute them), so a memo never serves what other code would not compute. Only the
 * entries used in a run are written back, so those of deleted inputs do not pile up.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeAtomic } from './atomic';

export class MemoFile<T> {
  private readonly stored = new Map<string, T>();
  private readonly used = new Map<string, T>();
  private added = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** The memo kept in `file`; missing, unreadable or of another version, it starts empty. */
  static async open<T>(file: string, version: string): Promise<MemoFile<T>> {
    const memo = new MemoFile<T>(file, version);
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; entries?: Record<string, T> };
      if (data.version === version && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries)) memo.stored.set(k, v);
      }
    } catch {
      /* no memo yet, or an unreadable one: start empty */
    }
    return memo;
  }

  /** The result for `input` (any text), from the memo or from `compute`; `undefined` results are not kept. */
  get(input: string, compute: () => T | undefined): T | undefined {
    const key = createHash('sha256').update(input).digest('base64');
    const known = this.used.get(key) ?? this.stored.get(key);
    if (known !== undefined) {
      this.used.set(key, known);
      return known;
    }
    const value = compute();
    if (value !== undefined) {
      this.used.set(key, value);
      this.added = true;
    }
    return value;
  }

  /** Writes the entries used since opening, when they differ from what was read. */
  async save(): Promise<void> {
    if (!this.added && this.used.size === this.stored.size) return;
    const entries: Record<string, T> = {};
    for (const k of [...this.used.keys()].sort()) entries[k] = this.used.get(k)!;
    writeAtomic(this.file, JSON.stringify({ version: this.version, entries }));
  }
}

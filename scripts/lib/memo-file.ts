/**
 * A memo of a pure function's results, kept between runs of `npm run events` in a file of .cache/:
 * on a re-run most inputs (front matter, events) are the same as last time, and computing their
 * results again is most of what the run would otherwise spend outside the extraction.
 *
 * Entries are valid only for the `version` they were made with (a fingerprint of the code and the
 * packages that compute them), so a memo never serves what other code would not compute. Entries
 * of deleted inputs do not pile up: at most a third of the file is entries the last run did not use.
 *
 * The file holds a first line `{"format":2,"version":...}`, then one line per entry, `[key, value]`
 * as JSON. A run that added a few entries appends their lines (the events' MDX memo is ~3.7 MB of
 * escaped text: joining and writing it again took longer than computing the few new entries); the
 * file is written whole again, sorted by key and with only the entries the run used, when the lines
 * no run used any more would be more than a third of it. A line cut short (a run stopped while
 * appending) is skipped; a key on two lines has the last one's value.
 */
import { hash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mayAppend } from '../../src/extract/append-lines';
import { writeAtomic } from './atomic';

const FORMAT = 2;

export class MemoFile<T> {
  private readonly stored = new Map<string, T>();
  /** The line each stored entry was read from. */
  private readonly lines = new Map<string, string>();
  private readonly used = new Map<string, T>();
  private added = false;
  /** Entry lines in the file read (any of them unreadable, repeated or no longer used). */
  private fileLines = 0;
  /** Whether the file read has this memo's first line, so that lines can be appended to it. */
  private appendable = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** The memo kept in `file`; missing, unreadable or of another version, it starts empty. */
  static async open<T>(file: string, version: string): Promise<MemoFile<T>> {
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      /* no memo yet: start empty */
    }
    return MemoFile.parse<T>(text, file, version);
  }

  /** The memo a file's text holds (see `serialize`); anything unreadable or of another version counts as empty. */
  static parse<T>(text: string | undefined, file: string, version: string): MemoFile<T> {
    const memo = new MemoFile<T>(file, version);
    if (text === undefined) return memo;
    try {
      const lines = text.split('\n');
      const head = JSON.parse(lines[0]!) as { format?: unknown; version?: unknown } | null;
      if (head?.format !== FORMAT || head.version !== version) return memo;
      memo.appendable = text.endsWith('\n');
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (!line) continue;
        memo.fileLines++;
        let entry: unknown;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || entry[1] === undefined || entry[1] === null) continue;
        memo.stored.set(entry[0], entry[1] as T);
        memo.lines.set(entry[0], line);
      }
    } catch {
      // Unreadable: start empty.
      return new MemoFile<T>(file, version);
    }
    return memo;
  }

  /** The result for `input` (any text), from the memo or from `compute`; `undefined` results are not kept. */
  get(input: string, compute: () => T | undefined): T | undefined {
    const key = hash('sha256', input, 'base64');
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

  /** Whether `serialize` would give other text than what was read. */
  get changed(): boolean {
    return this.added || this.used.size !== this.stored.size;
  }

  /** The entries used since opening, sorted, in the file's form; the lines read are written back as they were. */
  serialize(): string {
    const out = [JSON.stringify({ format: FORMAT, version: this.version })];
    for (const k of [...this.used.keys()].sort()) out.push(this.lines.get(k) ?? JSON.stringify([k, this.used.get(k)]));
    return `${out.join('\n')}\n`;
  }

  /**
   * Keeps the entries used since opening: appends the new ones to the file read, or writes it whole
   * again (`serialize`) when there is no such file or a third of its lines would be unused.
   */
  async save(): Promise<void> {
    const fresh = [...this.used.keys()].filter((k) => !this.lines.has(k));
    const kept = this.used.size - fresh.length;
    if (!this.appendable || !mayAppend(this.fileLines, kept, fresh.length)) {
      if (this.changed || this.fileLines > kept) writeAtomic(this.file, this.serialize());
      return;
    }
    if (fresh.length === 0) return;
    appendFileSync(this.file, `${fresh.sort().map((k) => JSON.stringify([k, this.used.get(k)])).join('\n')}\n`);
  }
}

/**
 * Every source's result of the corpus-wide steps (`SourceResult`, cache.ts), kept in one file and
 * read back part by part, when the pipeline asks for that part.
 *
 * A re-run after one article changed serves almost every source's result (its known names, its
 * names, its mentions with what they asked of the corpus): ~17 MB of JSON for 1,000 articles.
 * Parsed at once and held for the whole run, those objects outlive V8's young generation, which
 * then copies them all, once or twice: a third of such a run was garbage collection. So the file
 * is read as bytes (outside the JavaScript heap), and each part of a source's result is parsed only
 * when the pipeline reaches the step that needs it, and is not held: the names a source found,
 * what its memos asked, its word counts are garbage as soon as they are used, and only the
 * mentions the merge needs stay.
 *
 * The file holds a first line `{"version":...}`, then one line per source: the source's key, a
 * space, the length in bytes of each part (comma-separated), a tab, then the parts one after the
 * other, each as JSON (which never holds a raw newline): its known names, its names memo (deps,
 * asked, value), its mentions memo (deps, asked, value) and the mentions' identity. (The lengths
 * tell where each part is without a look at its bytes.) A key on two lines has the last one's result; a line cut short (a run stopped while
 * appending) or with a part that does not parse counts as no result (the source is computed again).
 * A run appends the lines of the results it made, and writes the file whole again, with only the
 * sources of the run, when the lines no source uses would be more than a third of it (`mayAppend`).
 */
import { mayAppend } from './append-lines';
import type { Memo, SourceResult } from './cache';

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const COMMA = 44;
/** The parts of a line after the key. */
const PARTS = ['known', 'namesDeps', 'namesAsked', 'namesValue', 'mentionsDeps', 'mentionsAsked', 'mentionsValue', 'mentionsId'] as const;

/** A source's result as read, each part parsed when asked for (anew each time: nothing is held). */
export interface StoredResult {
  known(): string[] | undefined;
  names(): Memo | undefined;
  mentions(): Memo | undefined;
  mentionsId(): string | undefined;
  /** A memo's value alone (with its deps, to check), not what it asked: for a memo known to hold (pipeline.ts). */
  namesValue(): unknown;
  mentionsValue(): { deps: string; value: unknown } | undefined;
}

const decoder = new TextDecoder();

class Line implements StoredResult {
  private part<T>(k: number, valid: (v: unknown) => boolean): T | undefined {
    try {
      const end = k + 1 === PARTS.length ? this.at[k + 1]! - 1 : this.at[k + 1]!;
      const v = JSON.parse(decoder.decode(this.bytes.subarray(this.at[k]!, end))) as unknown;
      return valid(v) ? (v as T) : undefined;
    } catch {
      return undefined;
    }
  }

  private memo(k: number): Memo | undefined {
    const deps = this.part<string>(k, (v) => typeof v === 'string');
    const asked = this.part<Memo['asked']>(k + 1, Array.isArray);
    if (deps === undefined || asked === undefined) return undefined;
    const value = this.part<unknown>(k + 2, (v) => v !== undefined);
    return value === undefined ? undefined : { deps, asked, value };
  }

  known = () => this.part<string[]>(0, Array.isArray);
  names = () => this.memo(1);
  mentions = () => this.memo(4);
  mentionsId = () => this.part<string>(7, (v) => typeof v === 'string');
  namesValue = () => this.part<unknown>(3, (v) => v !== undefined);
  mentionsValue = () => {
    const deps = this.part<string>(4, (v) => typeof v === 'string');
    const value = deps === undefined ? undefined : this.part<unknown>(6, (v) => v !== undefined);
    return value === undefined ? undefined : { deps: deps!, value };
  };

  constructor(
    private readonly bytes: Uint8Array,
    /** Where each part starts, then one past the line's newline; and where the line starts. */
    private readonly at: number[],
    private readonly start: number,
  ) {}

  /** The line's bytes, with its newline. */
  raw(): Uint8Array {
    return this.bytes.subarray(this.start, this.at[PARTS.length]!);
  }
}

/** The line of a result: key, the parts' lengths, then the parts as JSON. */
function lineOf(key: string, r: SourceResult): string {
  const memo = (m: Memo) => [JSON.stringify(m.deps), JSON.stringify(m.asked), JSON.stringify(m.value)];
  const parts = [JSON.stringify(r.known), ...memo(r.names), ...memo(r.mentions), JSON.stringify(r.mentionsId ?? null)];
  return `${key} ${parts.map((p) => Buffer.byteLength(p)).join(',')}\t${parts.join('')}\n`;
}

/**
 * Where each part of the line from `start` starts, then one past its newline: from the key's and the
 * lengths' header; undefined when the header is not whole, or the lengths do not end on a newline.
 */
function partsAt(bytes: Uint8Array, start: number): number[] | undefined {
  let i = start + 64;
  if (i >= bytes.length || bytes[i] !== SPACE) return undefined;
  const lengths: number[] = [];
  let n = -1;
  for (i++; i < bytes.length && i < start + 200; i++) {
    const b = bytes[i]!;
    if (b >= 48 && b <= 57) n = (n < 0 ? 0 : n * 10) + b - 48;
    else if ((b === COMMA || b === TAB) && n >= 0) {
      lengths.push(n);
      n = -1;
      if (b === TAB) break;
    } else return undefined;
  }
  if (bytes[i] !== TAB || lengths.length !== PARTS.length) return undefined;
  const at = [i + 1];
  for (const length of lengths) at.push(at[at.length - 1]! + length);
  // The parts end at the newline: `at`'s last entry is one past it, as `part` and `raw` read it.
  const end = at[at.length - 1]!;
  if (end >= bytes.length || bytes[end] !== NEWLINE) return undefined;
  at[at.length - 1] = end + 1;
  return at;
}

export class ResultStore {
  private readonly read = new Map<string, Line>();
  private readonly made = new Map<string, SourceResult>();
  /** The keys of this run's sources. */
  private readonly live = new Set<string>();
  /** Result lines in the file read (any of them superseded or not whole), and whether it ends with a whole line. */
  private fileLines = 0;
  private appendable = false;

  private constructor(readonly version: string) {}

  static parse(bytes: Uint8Array | undefined, version: string): ResultStore {
    const store = new ResultStore(version);
    if (!bytes?.length) return store;
    const firstEnd = bytes.indexOf(NEWLINE);
    if (firstEnd < 0) return store;
    try {
      if ((JSON.parse(decoder.decode(bytes.subarray(0, firstEnd))) as { version?: unknown } | null)?.version !== version) return store;
    } catch {
      return store;
    }
    store.appendable = bytes[bytes.length - 1] === NEWLINE;
    for (let start = firstEnd + 1; start < bytes.length; ) {
      store.fileLines++;
      // Where the line ends, from its header's lengths (no look at its ~15 KB); else (a line not as
      // written) at the next newline.
      const at = partsAt(bytes, start);
      if (at) {
        store.read.set(decoder.decode(bytes.subarray(start, start + 64)), new Line(bytes, at, start));
        start = at[at.length - 1]!;
        continue;
      }
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
    return store;
  }

  /** The result of the source `key` (of this run) read or made in this run. */
  get(key: string): StoredResult | undefined {
    this.live.add(key);
    const made = this.made.get(key);
    if (made) {
      return {
        known: () => made.known,
        names: () => made.names,
        mentions: () => made.mentions,
        mentionsId: () => made.mentionsId,
        namesValue: () => made.names.value,
        mentionsValue: () => ({ deps: made.mentions.deps, value: made.mentions.value }),
      };
    }
    return this.read.get(key);
  }

  keep(key: string, result: SourceResult): void {
    this.live.add(key);
    this.made.set(key, result);
  }

  /** Also a source of this run (its result kept though it was not asked for). */
  using(key: string): void {
    this.live.add(key);
  }

  /** Whether writing would give other results than those read. */
  get changed(): boolean {
    if (this.made.size) return true;
    for (const key of this.read.keys()) if (!this.live.has(key)) return true;
    return this.fileLines !== this.read.size;
  }

  /** The file whole: the results of this run's sources, lines read kept as they were. */
  serialize(): Uint8Array {
    const encoder = new TextEncoder();
    const out: Uint8Array[] = [encoder.encode(`${JSON.stringify({ version: this.version })}\n`)];
    for (const key of [...this.live].sort()) {
      const made = this.made.get(key);
      if (made) out.push(encoder.encode(lineOf(key, made)));
      else {
        const line = this.read.get(key);
        if (line) out.push(line.raw());
      }
    }
    return Buffer.concat(out);
  }

  /**
   * What to append to the file read so that it holds this run's results (a key's last line
   * winning): the lines of the results made in this run; undefined when the file must be written
   * whole (none was read whole, or the lines no source of the run uses would be more than a third).
   */
  appendix(): Uint8Array | undefined {
    if (!this.appendable) return undefined;
    const kept = [...this.live].filter((k) => this.read.has(k) && !this.made.has(k)).length;
    const fresh = [...this.made.keys()].filter((k) => this.live.has(k)).sort();
    if (!mayAppend(this.fileLines, kept, fresh.length)) return undefined;
    return new TextEncoder().encode(fresh.map((k) => lineOf(k, this.made.get(k)!)).join(''));
  }
}

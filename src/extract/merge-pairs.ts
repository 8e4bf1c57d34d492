/**
 * What the merge's pair scores are made of, kept between runs (merge.ts, `PairParts`).
 *
 * A pair's score is a sum of the rarity weights of the words the two mentions share, each times a
 * factor, then of constants (same class, same venue, ...). Which words, factors and constants only
 * depend on the two mentions; the weights depend on the whole corpus and change whenever any
 * article does. So a run keeps, for every pair of mentions that could be one happening, its parts
 * (`-Infinity` pairs are not kept), by the identities of the two mentions; the next run sums the
 * parts of every pair whose two mentions are unchanged with the new weights, in the order the merge
 * sums them (so the score is the same float), and scores only the pairs that involve a new mention.
 *
 * A mention's identity is its group's (a hash of the content of all of one source's mentions:
 * pipeline.ts) and its place in the group. The memo lists whole groups, and holds every kept pair
 * of the mentions it lists (`indexOf` ≥ 0): a pair of two listed mentions without an entry is one
 * that cannot score.
 *
 * The serialised form is binary: a JSON header (the groups with their sizes, the words and the
 * numbers (factors and constants) as tables, and a hash of the rest), then the pairs as one flat
 * array of little-endian integers of 16 or 32 bits (tens of thousands of pairs: as JSON, writing and
 * reading them took longer than the scoring they save), each
 * `[a, b, words, (word, factor) × words, constants, constant × constants]` (`a`, `b`: a mention's
 * place among all those listed). A memo of other code, cut short or not valid in any way counts as
 * empty (every pair is scored again).
 */
import { createHash } from 'node:crypto';

/** The parts of a pair's score: the shared words with their factors, in the order they are summed, then the constants. */
export interface PairParts {
  words: string[];
  factors: number[];
  adds: number[];
}

/** A mention's identity: its group (the hash of its source's mentions) and its place in it. */
export type MentionId = readonly [group: string, place: number];

/** The score `parts` make with `weight`: the words' weights times their factors, then the constants, added in order. */
export function sumParts(parts: PairParts, weight: (word: string) => number): number {
  let score = 0;
  for (let k = 0; k < parts.words.length; k++) score += parts.factors[k]! * weight(parts.words[k]!);
  for (let k = 0; k < parts.adds.length; k++) score += parts.adds[k]!;
  return score;
}

interface Header {
  version: string;
  groups: string[];
  sizes: number[];
  words: string[];
  numbers: number[];
  /** Bytes per integer of the pairs. */
  width: 2 | 4;
  /** sha256 of the pairs' bytes. */
  check: string;
}

interface Stored {
  groups: string[];
  sizes: number[];
  words: string[];
  numbers: number[];
  pairs: Uint16Array | Int32Array;
}

const EMPTY: Stored = { groups: [], sizes: [], words: [], numbers: [], pairs: new Int32Array(0) };
const check = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url').slice(0, 22);

export class PairsMemo {
  private readonly stored: Stored;
  /** Each stored group's first place among the mentions listed, and its size. */
  private readonly base = new Map<string, [number, number]>();
  private readonly listedCount: number;
  /** Offsets in `stored.pairs` of the pairs replayed in this run, to be kept. */
  private readonly replayed: number[] = [];
  /** Pairs scored in this run, to be kept. */
  private readonly fresh: Array<[MentionId, MentionId, PairParts]> = [];
  /** The groups of this run's mentions and their sizes, to be listed. */
  private live: Array<[string, number]> = [];
  /** Whether a run used it (a memo serves one run: a second one starts from what it kept, `serialize`). */
  used = false;
  private replays = 0;

  private constructor(
    readonly version: string,
    stored: Stored = EMPTY,
  ) {
    this.stored = stored;
    let at = 0;
    for (let g = 0; g < stored.groups.length; g++) {
      this.base.set(stored.groups[g]!, [at, stored.sizes[g]!]);
      at += stored.sizes[g]!;
    }
    this.listedCount = at;
  }

  static empty(version: string): PairsMemo {
    return new PairsMemo(version);
  }

  /** The memo `bytes` hold when it was made by `version`; else an empty one. */
  static parse(bytes: Uint8Array | undefined, version: string): PairsMemo {
    try {
      const stored = bytes && read(bytes, version);
      return new PairsMemo(version, stored);
    } catch {
      return new PairsMemo(version);
    }
  }

  /** The place of a mention among those the memo read lists, or -1: every pair of two listed mentions is kept. */
  indexOf([group, place]: MentionId): number {
    const listed = this.base.get(group);
    return listed && Number.isInteger(place) && place >= 0 && place < listed[1] ? listed[0] + place : -1;
  }

  /** Mentions the memo read lists. */
  get size(): number {
    return this.listedCount;
  }

  /**
   * The mentions of this run, to be listed by the memo it keeps (their pairs with one another
   * must then all be kept): by group, those whose group is whole (places 0 to its size − 1, each once).
   */
  listed(ids: ReadonlyArray<MentionId | undefined>): void {
    this.used = true;
    const places = new Map<string, Set<number>>();
    for (const id of ids) {
      if (!id) continue;
      let at = places.get(id[0]);
      if (!at) places.set(id[0], (at = new Set()));
      at.add(id[1]);
    }
    this.live = [];
    for (const [group, at] of places) {
      let whole = true;
      for (let k = 0; k < at.size && whole; k++) whole = at.has(k);
      if (whole) this.live.push([group, at.size]);
    }
  }

  /** Keeps the parts of a pair scored in this run (`a` the earlier mention, as the merge orders them). */
  keep(a: MentionId, b: MentionId, parts: PairParts): void {
    this.used = true;
    this.fresh.push([a, b, parts]);
  }

  /**
   * Each kept pair whose two mentions are in this run (`positionOf` a listed mention's position in
   * the merge's order, or -1): `found(i, j, score)` with their positions and the score `weight`
   * gives, when the earlier mention comes first as when it was kept; else `misordered(i, j)` (the
   * merge scores that pair again). The pairs found are kept for the next run.
   */
  replay(positionOf: Int32Array, weight: (word: string) => number, found: (i: number, j: number, score: number) => void, misordered: (i: number, j: number) => void): void {
    if (this.replays++) throw new Error('a pairs memo serves one run: start the next from what it keeps (serialize)');
    this.used = true;
    const { pairs, numbers, words } = this.stored;
    const weights = new Float64Array(words.length).fill(Number.NaN);
    const end = pairs.length;
    for (let at = 0; at < end; ) {
      const start = at;
      const i = positionOf[pairs[at]!]!;
      const j = positionOf[pairs[at + 1]!]!;
      const n = pairs[at + 2]!;
      at += 3;
      if (i < 0 || j < 0) {
        at += 2 * n;
        at += pairs[at]! + 1;
        continue;
      }
      let score = 0;
      for (let k = 0; k < n; k++, at += 2) {
        const w = pairs[at]!;
        let wt = weights[w]!;
        if (wt !== wt) weights[w] = wt = weight(words[w]!);
        score += numbers[pairs[at + 1]!]! * wt;
      }
      const adds = pairs[at++]!;
      for (let k = 0; k < adds; k++) score += numbers[pairs[at++]!]!;
      if (i < j) {
        this.replayed.push(start);
        found(i, j, score);
      } else misordered(j, i);
    }
  }

  /**
   * The memo for the next run: the pairs replayed and kept in this run, of the mentions listed. The
   * words' and numbers' tables are kept as read (a few hundred entries), with this run's new ones
   * after them, so that a pair read is copied whole, with only its two places renumbered.
   */
  serialize(): Uint8Array {
    const old = this.stored;
    // Places in the new list: by group, in the order listed.
    const base = new Map<string, number>();
    let listed = 0;
    for (const [group, size] of this.live) {
      base.set(group, listed);
      listed += size;
    }
    const at = (id: MentionId) => {
      const b = base.get(id[0]);
      return b === undefined ? -1 : b + id[1];
    };
    // An old place's new one (-1: no longer listed).
    const oldPlace = new Int32Array(this.listedCount).fill(-1);
    for (let g = 0; g < old.groups.length; g++) {
      const b = base.get(old.groups[g]!);
      const from = this.base.get(old.groups[g]!)![0];
      if (b !== undefined) for (let k = 0; k < old.sizes[g]!; k++) oldPlace[from + k] = b + k;
    }
    const words = [...old.words];
    const numbers = [...old.numbers];
    const wordAt = new Map<string, number>(words.map((w, k) => [w, k]));
    const numberAt = new Map<number, number>(numbers.map((x, k) => [x, k]));
    const word = (w: string) => wordAt.get(w) ?? (wordAt.set(w, words.length), words.push(w) - 1);
    const number = (x: number) => numberAt.get(x) ?? (numberAt.set(x, numbers.length), numbers.push(x) - 1);
    // Each kept pair's start and end in the old pairs.
    const kept: number[] = [];
    let size = 0;
    const pairs = old.pairs;
    for (let r = 0; r < this.replayed.length; r++) {
      const start = this.replayed[r]!;
      if (oldPlace[pairs[start]!]! < 0 || oldPlace[pairs[start + 1]!]! < 0) continue;
      const afterWords = start + 3 + 2 * pairs[start + 2]!;
      const end = afterWords + 1 + pairs[afterWords]!;
      kept.push(start, end);
      size += end - start;
    }
    const fresh = this.fresh.filter(([x, y]) => at(x) >= 0 && at(y) >= 0);
    for (const [, , parts] of fresh) size += 4 + 2 * parts.words.length + parts.adds.length;
    const out = new Int32Array(size);
    let o = 0;
    for (let k = 0; k < kept.length; k += 2) {
      const start = kept[k]!;
      out.set(pairs.subarray(start, kept[k + 1]!), o);
      out[o] = oldPlace[pairs[start]!]!;
      out[o + 1] = oldPlace[pairs[start + 1]!]!;
      o += kept[k + 1]! - start;
    }
    for (const [x, y, parts] of fresh) {
      out[o++] = at(x);
      out[o++] = at(y);
      out[o++] = parts.words.length;
      for (let k = 0; k < parts.words.length; k++) {
        out[o++] = word(parts.words[k]!);
        out[o++] = number(parts.factors[k]!);
      }
      out[o++] = parts.adds.length;
      for (const c of parts.adds) out[o++] = number(c);
    }
    let max = Math.max(listed, words.length, numbers.length);
    for (let k = 0; k < out.length && max < 0x10000; k++) if (out[k]! >= max) max = out[k]! + 1;
    const width = max < 0x10000 ? 2 : 4;
    const body = littleEndian(out, width);
    const header: Header = { version: this.version, groups: this.live.map(([g]) => g), sizes: this.live.map(([, n]) => n), words, numbers, width, check: check(body) };
    const head = Buffer.from(JSON.stringify(header));
    const file = Buffer.alloc(4 + head.length + body.length);
    file.writeUInt32LE(head.length, 0);
    head.copy(file, 4);
    file.set(body, 4 + head.length);
    return file;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `values` as little-endian integers of `width` bytes. */
function littleEndian(values: Int32Array, width: 2 | 4): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array((width === 2 ? new Uint16Array(values) : values).buffer);
  const bytes = new Uint8Array(values.length * width);
  const view = new DataView(bytes.buffer);
  if (width === 2) for (let k = 0; k < values.length; k++) view.setUint16(2 * k, values[k]!, true);
  else for (let k = 0; k < values.length; k++) view.setInt32(4 * k, values[k]!, true);
  return bytes;
}

/** The integers `width` bytes each of `bytes` (little-endian). */
function integers(bytes: Uint8Array, width: 2 | 4): Uint16Array | Int32Array {
  const count = bytes.length / width;
  if (LITTLE_ENDIAN) {
    // A copy, aligned for the view.
    const out = width === 2 ? new Uint16Array(count) : new Int32Array(count);
    new Uint8Array(out.buffer).set(bytes);
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (width === 2) return Uint16Array.from({ length: count }, (_, k) => view.getUint16(2 * k, true));
  return Int32Array.from({ length: count }, (_, k) => view.getInt32(4 * k, true));
}

/** The memo `bytes` hold, if whole, of `version` and consistent; else undefined. */
function read(bytes: Uint8Array, version: string): Stored | undefined {
  if (bytes.length < 4) return undefined;
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + headLength > bytes.length) return undefined;
  const h = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, headLength).toString('utf8')) as Partial<Header> | null;
  if (h?.version !== version || (h.width !== 2 && h.width !== 4)) return undefined;
  const body = bytes.subarray(4 + headLength);
  if (body.length % h.width !== 0 || h.check !== check(body)) return undefined;
  const stored = { groups: h.groups, sizes: h.sizes, words: h.words, numbers: h.numbers, pairs: integers(body, h.width) };
  return valid(stored) ? stored : undefined;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Whether a memo read is consistent: its tables of the right kinds, every pair within them. (Its
 * hash already tells it is as written: this is against a memo written wrong.)
 */
function valid(v: Partial<Stored>): v is Stored {
  const { groups, sizes, words, numbers, pairs } = v;
  if (!isStrings(groups) || !isStrings(words) || !Array.isArray(numbers) || !numbers.every((x) => typeof x === 'number' && Number.isFinite(x))) return false;
  if (!Array.isArray(sizes) || sizes.length !== groups.length || !sizes.every((n) => Number.isInteger(n) && n > 0)) return false;
  if (!pairs || new Set(groups).size !== groups.length) return false;
  const nIds = sizes.reduce((a, b) => a + b, 0);
  const [nWords, nNumbers, end] = [words.length, numbers.length, pairs.length];
  let at = 0;
  while (at < end) {
    if (at + 3 > end) return false;
    const a = pairs[at++]!;
    const b = pairs[at++]!;
    const n = pairs[at++]!;
    if (a < 0 || a >= nIds || b < 0 || b >= nIds || a === b || n < 0 || at + 2 * n + 1 > end) return false;
    for (let k = 0; k < n; k++) {
      const w = pairs[at++]!;
      const f = pairs[at++]!;
      if (w < 0 || w >= nWords || f < 0 || f >= nNumbers) return false;
    }
    const adds = pairs[at++]!;
    if (adds < 0 || at + adds > end) return false;
    for (let k = 0; k < adds; k++) {
      const c = pairs[at++]!;
      if (c < 0 || c >= nNumbers) return false;
    }
  }
  return true;
}

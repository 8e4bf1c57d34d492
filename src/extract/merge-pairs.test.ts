import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRng as seeded } from '../../scripts/bench/prng';
import { HAPPENING_CLASSES } from './happenings';
import type { Mention } from './mentions';
import { mergeMentions, pairScore } from './merge';
import { PairsMemo, sumParts, type MentionId } from './merge-pairs';

/** Random mentions that share names, words, venues and days often enough for many pairs to score. */
function randomMentions(seed: number, count: number, label = 'm'): Mention[] {
  const r = seeded(seed);
  const pick = (pool: string[], n: number) => [...new Set(Array.from({ length: r.int(0, n) }, () => r.pick(pool)))];
  const names = ['ann', 'bob', 'oslo', 'bergen', 'acme', '#500', 'kessel ford', 'dora', 'eli'];
  const words = ['meet', 'talk', 'deal', 'strike', 'vote', 'storm', 'port', 'commission', 'city', 'fire', 'sign'];
  const venues = ['oslo', 'bergen', 'kessel ford'];
  return Array.from({ length: count }, (_, n): Mention => {
    const day = r.int(1, 12);
    const span = r.chance(0.2) ? r.int(1, 5) : 0;
    const source = `s${r.int(0, count / 3)}`;
    const cls = r.chance(0.5) ? 'meeting' : r.pick(HAPPENING_CLASSES);
    const statementActor = r.chance(0.5) ? r.pick(['ann', 'bob']) : undefined;
    return {
      key: `${source}:${label}${n}`,
      source,
      published: `2024-05-${String(r.int(5, 20)).padStart(2, '0')}`,
      sentence: { paragraph: 1, start: r.int(0, 6) * 100, end: 0, text: '' },
      segment: '',
      clause: '',
      happeningAt: 0,
      date: {
        start: `2024-05-${String(day).padStart(2, '0')}`,
        end: `2024-05-${String(day + span).padStart(2, '0')}`,
        precision: span ? 'days' : 'day',
        approximate: r.chance(0.1),
      },
      dateText: `day ${day}`,
      anaphoric: r.chance(0.1),
      ...(r.chance(0.3) ? { previousSentence: r.int(0, 5) * 100 } : {}),
      cls,
      ...(statementActor ? { actor: statementActor } : {}),
      names: pick(names, 3),
      people: statementActor ? [statementActor] : [],
      places: [],
      venues: r.chance(0.3) ? [r.pick(venues)] : [],
      lemmas: pick(words, 4),
      nameWords: pick(words, 2),
      future: r.chance(0.15),
      distinct: r.chance(0.05),
      heads: pick(words, 1),
      personal: r.chance(0.2),
      ...(r.chance(0.05) ? { derivedFrom: `s${r.int(0, count / 3)}` } : {}),
    };
  });
}

/** Weights as a corpus would give them: each word its own, all shifted by the corpus's size. */
const weightsFor = (shift: number) => (k: string) => Math.log((1000 + shift) / (k.length + 1)) * (k.startsWith('#') ? 2 : 1);

/** A content identity for a mention, as the pipeline gives it (a hash of what its group holds): here each its own group. */
const contentId = (m: Mention): MentionId => [JSON.stringify(m), 0];

const sig = (clusters: ReturnType<typeof mergeMentions>) => JSON.stringify(clusters);

/** A serialised memo's header and pairs; and the memo with other ones (its hash made again). */
function unpack(bytes: Uint8Array): { head: Record<string, unknown> & { width: 2 | 4; words: string[]; groups: string[]; sizes: number[] }; pairs: number[] } {
  const b = Buffer.from(bytes);
  const n = b.readUInt32LE(0);
  const head = JSON.parse(b.subarray(4, 4 + n).toString('utf8'));
  const body = b.subarray(4 + n);
  const pairs = Array.from({ length: body.length / head.width }, (_, k) => (head.width === 2 ? body.readUInt16LE(2 * k) : body.readInt32LE(4 * k)));
  return { head, pairs };
}
function pack(head: Record<string, unknown> & { width: 2 | 4 }, pairs: number[], rehash = true): Uint8Array {
  const body = Buffer.alloc(pairs.length * head.width);
  pairs.forEach((x, k) => (head.width === 2 ? body.writeUInt16LE(x & 0xffff, 2 * k) : body.writeInt32LE(x, 4 * k)));
  const h = Buffer.from(JSON.stringify(rehash ? { ...head, check: createHash('sha256').update(body).digest('base64url').slice(0, 22) } : head));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  return Buffer.concat([len, h, body]);
}

describe('sumParts', () => {
  it('adds the weighted words first, then the constants, one by one in order (the order of a float sum is part of it)', () => {
    const weight = (w: string) => ({ a: 0.1, b: 0.2, c: 0.7 })[w]!;
    const parts = { words: ['a', 'b', 'c'], factors: [1, 0.5, 0.5], adds: [1, 1.5, -2] };
    let expected = 0;
    expected += 1 * 0.1;
    expected += 0.5 * 0.2;
    expected += 0.5 * 0.7;
    expected += 1;
    expected += 1.5;
    expected += -2;
    expect(Object.is(sumParts(parts, weight), expected)).toBe(true);
    expect(sumParts({ words: [], factors: [], adds: [] }, weight)).toBe(0);
  });
});

describe('mergeMentions with the pairs memo', () => {
  /** A run: the merge with the memo read from `text` (or none), and the memo's text for the next run. */
  function run(dated: Mention[], undated: Mention[], weight: (k: string) => number, text: Uint8Array | undefined, idOf: (m: Mention) => MentionId | undefined = contentId) {
    const memo = PairsMemo.parse(text, 'v');
    const clusters = mergeMentions(dated, undated, { weight, pairs: { memo, idOf } });
    return { clusters, text: memo.serialize(), memo };
  }

  it('merges as a merge from scratch does, run after run, as mentions come and go and the weights change', () => {
    for (const seed of [11, 12, 13, 14, 15]) {
      const pool = randomMentions(seed, 260);
      const undated = randomMentions(seed + 100, 30, 'u').map(({ date: _, ...m }) => m as Mention);
      let dated = pool.slice(0, 200);
      let text: Uint8Array | undefined;
      const r = seeded(seed);
      for (let round = 0; round < 5; round++) {
        const weight = weightsFor(round);
        const fresh = sig(mergeMentions(dated, undated, { weight }));
        const memoed = run(dated, undated, weight, text);
        expect(sig(memoed.clusters)).toBe(fresh);
        // The next round: a few mentions gone (an article changed), a few new ones, in another order.
        text = memoed.text;
        const gone = new Set(Array.from({ length: 8 }, () => r.int(0, dated.length - 1)));
        dated = r.shuffle([...dated.filter((_, k) => !gone.has(k)), ...pool.slice(200 + round * 12, 212 + round * 12)]);
      }
      // The memo was used: its pairs are listed.
      expect(unpack(text!).pairs.length).toBeGreaterThan(100);
    }
  });

  it('serves the same pairs again unchanged: a run with nothing new keeps the memo as it was', () => {
    const dated = randomMentions(21, 150);
    const first = run(dated, [], weightsFor(0), undefined);
    const second = run([...dated].reverse(), [], weightsFor(5), first.text);
    expect(Buffer.from(second.text).equals(Buffer.from(first.text))).toBe(true);
    expect(sig(second.clusters)).toBe(sig(mergeMentions(dated, [], { weight: weightsFor(5) })));
  });

  it('scores again the pairs of mentions without an identity, or kept in the other order', () => {
    const dated = randomMentions(31, 150);
    const weight = weightsFor(2);
    const fresh = sig(mergeMentions(dated, [], { weight }));
    const first = run(dated, [], weight, undefined);
    // Half the mentions without an identity: never served, never kept.
    const half = (m: Mention): MentionId | undefined => (Number(m.key.replace(/\D+/g, '')) % 2 ? contentId(m) : undefined);
    const partial = run(dated, [], weight, first.text, half);
    expect(sig(partial.clusters)).toBe(fresh);
    expect(PairsMemo.parse(partial.text, 'v').size).toBe(dated.filter((m) => half(m) !== undefined).length);
    // Two mentions the merge cannot order by themselves (one day, one key) come in the other order:
    // the pair's parts were kept the other way round, and it is scored again.
    const [x, y] = randomMentions(32, 2, 'same');
    const twin = (m: Mention, source: string): Mention => ({ ...m, key: 'same-key', source, date: { start: '2024-05-03', end: '2024-05-03', precision: 'day', approximate: false }, names: ['ann', 'oslo'], venues: ['oslo'], cls: 'meeting', distinct: false });
    const [tx, ty] = [twin(x!, 'sx'), twin(y!, 'sy')];
    const before = run([tx, ty, ...dated], [], weight, undefined);
    const swapped = run([ty, tx, ...dated], [], weight, before.text);
    expect(sig(swapped.clusters)).toBe(sig(mergeMentions([ty, tx, ...dated], [], { weight })));
    expect(unpack(swapped.text).pairs.length).toBe(unpack(before.text).pairs.length);
    // Two mentions with one identity: no memo for that run.
    const same = run(dated, [], weight, first.text, () => ['one', 0]);
    expect(sig(same.clusters)).toBe(fresh);
    expect(PairsMemo.parse(same.text, 'v').size).toBe(0);
    // A group with a place missing is not listed (its pairs would not all be kept).
    const gaps = run(dated, [], weight, first.text, (m) => [contentId(m)[0], 1]);
    expect(sig(gaps.clusters)).toBe(fresh);
    expect(PairsMemo.parse(gaps.text, 'v').size).toBe(0);
  });

  it('counts a memo of other code, cut short, corrupt or inconsistent as empty', () => {
    const dated = randomMentions(41, 120);
    const weight = weightsFor(1);
    const fresh = sig(mergeMentions(dated, [], { weight }));
    const { text } = run(dated, [], weight, undefined);
    const { head, pairs } = unpack(text);
    const first = pairs.slice(0, 3 + 2 * pairs[2]! + 1 + pairs[3 + 2 * pairs[2]!]!);
    const listed = head.sizes.reduce((a, b) => a + b, 0);
    const bytes = Buffer.from(text);
    const bad: Uint8Array[] = [
      bytes.subarray(0, bytes.length - 10),
      bytes.subarray(0, 3),
      pack({ ...head, version: 'other' }, pairs),
      Buffer.from('{not a memo}'),
      pack(head, pairs.slice(0, -1)),
      pack(head, [listed, ...pairs.slice(1)]),
      pack({ ...head, words: head.words.slice(1) }, pairs),
      pack({ ...head, groups: [...head.groups.slice(1), head.groups[0]!, head.groups[0]!], sizes: [...head.sizes, 1] }, pairs),
      pack({ ...head, sizes: head.sizes.map(() => 0) }, pairs),
      Buffer.from(bytes.toString('latin1').replace('"width":2', '"width":3'), 'latin1'),
      // A changed byte that still reads as pairs: the hash tells.
      pack(head, pairs.map((x, k) => (k === 3 ? (x + 1) % head.words.length : x)), false),
    ];
    expect(Buffer.from(pack(head, pairs)).equals(bytes)).toBe(true);
    for (const t of bad) {
      expect(PairsMemo.parse(t, 'v').size).toBe(0);
      expect(sig(run(dated, [], weight, t).clusters)).toBe(fresh);
    }
    expect(PairsMemo.parse(text, 'v').size).toBe(dated.length);
    expect(head.width).toBe(2);
    // A pair twice (only a memo written wrong has that) is asked once.
    expect(sig(run(dated, [], weight, pack(head, [...pairs, ...first])).clusters)).toBe(fresh);
  });

  it('serves one run: a second replay of one memo is refused', () => {
    const memo = PairsMemo.parse(undefined, 'v');
    memo.replay(new Int32Array(0), () => 1, () => {}, () => {});
    expect(() => memo.replay(new Int32Array(0), () => 1, () => {}, () => {})).toThrow(/one run/);
  });
});

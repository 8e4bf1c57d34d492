import { describe, expect, it } from 'vitest';
import type { SourceResult } from './cache';
import { ResultStore } from './result-store';

const key = (n: number) => String(n).padStart(64, '0');
const result = (n: number): SourceResult => ({
  known: [`name ${n}`, 'Zoë “quoted”'],
  names: { deps: `d${n}`, asked: [['known', '["x"]', 'true']], value: [[{ text: 'Zoë', index: n, kind: 'person', key: 'zoe' }]] },
  mentions: { deps: `m${n}`, asked: [], value: { dated: [{ key: `k${n}`, note: 'tab\there, newline\nthere' }], terms: [['zoe', n]] } },
  mentionsId: `id${n}`,
});
const bytes = (s: ResultStore) => Buffer.from(s.serialize());
const whole = (made: number[], version = 'v') => {
  const s = ResultStore.parse(undefined, version);
  for (const n of made) s.keep(key(n), result(n));
  return bytes(s);
};

describe('ResultStore', () => {
  it('reads back each part of what it wrote, each time it is asked, nothing held', () => {
    const store = ResultStore.parse(whole([1, 2, 3]), 'v');
    for (const n of [1, 2, 3]) {
      const r = store.get(key(n))!;
      expect([r.known(), r.names(), r.mentions(), r.mentionsId()]).toEqual([result(n).known, result(n).names, result(n).mentions, result(n).mentionsId]);
      expect(r.mentions()).not.toBe(r.mentions());
    }
    expect(store.get(key(4))).toBeUndefined();
    expect(ResultStore.parse(whole([1]), 'other').get(key(1))).toBeUndefined();
  });

  it('appends the results made in a run, the last line of a key winning, until a third of the lines are unused', () => {
    const text = whole([1, 2, 3, 4, 5, 6]);
    const second = ResultStore.parse(text, 'v');
    for (const n of [1, 2, 3, 4, 5]) second.get(key(n));
    second.keep(key(6), { ...result(6), mentionsId: 'changed' });
    expect(second.changed).toBe(true);
    const more = second.appendix()!;
    expect(Buffer.from(more).toString().split('\n').filter(Boolean).map((l) => l.slice(0, 64))).toEqual([key(6)]);
    const appended = ResultStore.parse(Buffer.concat([text, more]), 'v');
    expect(appended.get(key(6))!.mentionsId()).toBe('changed');
    // Read as written whole: the same results.
    for (const n of [1, 2, 3, 4, 5]) expect(appended.get(key(n))!.names()).toEqual(ResultStore.parse(bytes(second), 'v').get(key(n))!.names());
    // Two of six lines no longer used (and one superseded): written whole, with only the run's.
    const third = ResultStore.parse(Buffer.concat([text, more]), 'v');
    for (const n of [1, 2, 3]) third.get(key(n));
    expect(third.appendix()).toBeUndefined();
    expect(Buffer.from(third.serialize()).toString().split('\n').filter(Boolean).length).toBe(4);
    // Nothing made, nothing dropped: nothing to write.
    const same = ResultStore.parse(text, 'v');
    for (const n of [1, 2, 3, 4, 5, 6]) same.get(key(n));
    expect(same.changed).toBe(false);
  });

  it('skips a line cut short, and is written whole after it', () => {
    const text = whole([1, 2]);
    const cut = Buffer.concat([text, whole([3]).subarray(text.indexOf(10) + 1, -20)]);
    const store = ResultStore.parse(cut, 'v');
    expect(store.get(key(3))).toBeUndefined();
    expect(store.get(key(2))!.known()).toEqual(result(2).known);
    store.keep(key(3), result(3));
    expect(store.appendix()).toBeUndefined();
    expect(ResultStore.parse(Buffer.from(store.serialize()), 'v').get(key(3))!.mentions()).toEqual(result(3).mentions);
  });
});

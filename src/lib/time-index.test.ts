import { describe, expect, it } from 'vitest';
import { timeIndex, within } from './time-index';

const brute = (evs: { t0: number; t1: number }[], a: number, b: number) =>
  evs.flatMap((e, i) => (e.t1 >= a && e.t0 <= b ? [i] : [])).sort((x, y) => x - y);

function found(evs: { t0: number; t1: number }[], a: number, b: number) {
  const index = timeIndex(evs);
  const [from, to] = within(index, a, b);
  return Array.from(index.order.subarray(from, to))
    .filter((i) => evs[i]!.t1 >= a && evs[i]!.t0 <= b)
    .sort((x, y) => x - y);
}

describe('timeIndex / within', () => {
  it('finds points and spans meeting the stretch, including a span that starts before it', () => {
    const evs = [
      { t0: 0, t1: 100 },
      { t0: 5, t1: 5 },
      { t0: 20, t1: 20 },
      { t0: 30, t1: 40 },
      { t0: 60, t1: 60 },
    ];
    expect(found(evs, 25, 50)).toEqual([0, 3]);
    expect(found(evs, 20, 20)).toEqual([0, 2]);
    expect(found(evs, 101, 200)).toEqual([]);
    expect(found(evs, -10, -1)).toEqual([]);
  });

  it('visits only the events near the stretch when none is long', () => {
    const evs = Array.from({ length: 1000 }, (_, i) => ({ t0: i, t1: i + 1 }));
    const index = timeIndex(evs);
    const [from, to] = within(index, 500, 509);
    expect(to - from).toBe(11);
  });

  it('orders by start whatever the order given, ties by index', () => {
    const index = timeIndex([
      { t0: 3, t1: 3 },
      { t0: 1, t1: 1 },
      { t0: 3, t1: 4 },
      { t0: 2, t1: 9 },
    ]);
    expect(Array.from(index.order)).toEqual([1, 3, 0, 2]);
    expect(Array.from(index.reach)).toEqual([1, 9, 9, 9]);
  });

  it('agrees with checking every event, on random data', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const evs = Array.from({ length: 300 }, () => {
      const t0 = Math.floor(rnd() * 1000);
      return { t0, t1: t0 + (rnd() < 0.1 ? Math.floor(rnd() * 200) : 0) };
    });
    for (let k = 0; k < 50; k++) {
      const a = Math.floor(rnd() * 1100) - 50;
      const b = a + Math.floor(rnd() * 300);
      expect(found(evs, a, b)).toEqual(brute(evs, a, b));
    }
  });
});

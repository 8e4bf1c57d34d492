import { describe, expect, it } from 'vitest';
import { layoutLanes, type LaneItem, type LaneLayout } from './layout';

const item = (lo: number, labelled = 100, bare = 10, hi = lo): LaneItem => ({ lo, hi, labelled, bare });

/** Placed extents per lane, checked pairwise for overlap (gap included). */
function assertNoOverlap(items: readonly LaneItem[], layout: LaneLayout, gap: number) {
  const byLane = new Map<number, [number, number][]>();
  layout.placements.forEach((p, i) => {
    if (!p) return;
    const it = items[i]!;
    expect(p.pos).toBeGreaterThanOrEqual(it.lo);
    expect(p.pos).toBeLessThanOrEqual(it.hi);
    const len = p.label ? it.labelled! : it.bare;
    byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), [p.pos, p.pos + len]]);
  });
  for (const extents of byLane.values()) {
    extents.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < extents.length; k++) expect(extents[k]![0]).toBeGreaterThanOrEqual(extents[k - 1]![1] + gap - 1e-9);
  }
}

describe('layoutLanes', () => {
  it('keeps items that do not collide in the first lane, labelled', () => {
    const items = [item(0), item(200), item(400)];
    const { placements, clusters } = layoutLanes(items, { lanes: 3 });
    expect(placements).toEqual([
      { lane: 0, pos: 0, label: true },
      { lane: 0, pos: 200, label: true },
      { lane: 0, pos: 400, label: true },
    ]);
    expect(clusters).toEqual([]);
  });

  it('stacks colliding items into further lanes', () => {
    const items = [item(0), item(10), item(20)];
    const { placements } = layoutLanes(items, { lanes: 3 });
    expect(placements.map((p) => p?.lane)).toEqual([0, 1, 2]);
    expect(placements.every((p) => p?.label)).toBe(true);
  });

  it('lets labels yield to marks, and clusters only marks that collide', () => {
    const items = [item(0), item(10), item(20), item(40), item(41), item(42)];
    const layout = layoutLanes(items, { lanes: 2, gap: 4 });
    expect(layout.placements).toEqual([
      { lane: 0, pos: 0, label: false },
      { lane: 1, pos: 10, label: false },
      { lane: 0, pos: 20, label: false },
      { lane: 0, pos: 40, label: true },
      { lane: 1, pos: 41, label: true },
      null,
    ]);
    // 42: its mark would touch the marks at 40 and 41 whatever the lane.
    expect(layout.clusters).toEqual([{ members: [5], start: 42, end: 52 }]);
    assertNoOverlap(items, layout, 4);
  });

  it('keeps labels where there is room after the mark', () => {
    const items = [item(0, 50), item(20, 50), item(200, 50)];
    const layout = layoutLanes(items, { lanes: 1, gap: 4 });
    expect(layout.placements.map((p) => p?.label)).toEqual([false, true, true]);
    expect(layout.clusters).toEqual([]);
  });

  it('shows a bare mark where its label would run into a pinned neighbour', () => {
    const items = [item(100, 100, 10), item(120, 100, 10), item(115, 100, 10)];
    const layout = layoutLanes(items, { lanes: 1, gap: 2, pinned: [1] });
    expect(layout.placements[1]).toEqual({ lane: 0, pos: 120, label: true });
    expect(layout.placements[0]).toEqual({ lane: 0, pos: 100, label: false });
    expect(layout.placements[2]).toBeNull();
    assertNoOverlap(items, layout, 2);
  });

  it('slides items later within their own slack', () => {
    // Three events on one wide day: one lane, each label 16 px tall, the day 100 px long.
    const items = [item(0, 16, 8, 92), item(0, 16, 8, 92), item(0, 16, 8, 92)];
    const layout = layoutLanes(items, { lanes: 1, gap: 2 });
    expect(layout.placements.map((p) => p?.pos)).toEqual([0, 18, 36]);
    assertNoOverlap(items, layout, 2);
  });

  it('gives pinned items their label even in a crowd', () => {
    const items = Array.from({ length: 20 }, (_, i) => item(i * 2));
    const layout = layoutLanes(items, { lanes: 2, pinned: [13] });
    expect(layout.placements[13]).toEqual({ lane: 0, pos: 26, label: true });
    assertNoOverlap(items, layout, 6);
    const clustered = layout.clusters.flatMap((c) => c.members);
    expect(clustered).not.toContain(13);
    // Every item is either placed or in exactly one cluster.
    const placed = layout.placements.flatMap((p, i) => (p ? [i] : []));
    expect([...placed, ...clustered].sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
  });

  it('never overlaps, whatever the input', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 50; run++) {
      const items = Array.from({ length: 60 }, () => {
        const lo = rand() * 1000;
        const span = rand() < 0.3 ? rand() * 200 : 0;
        return { lo, hi: lo + (rand() < 0.5 ? rand() * 30 : 0), labelled: 20 + rand() * 150 + span, bare: 8 + span };
      });
      const pinned = [Math.floor(rand() * 60), Math.floor(rand() * 60)];
      const layout = layoutLanes(items, { lanes: 1 + Math.floor(rand() * 5), gap: 3, pinned });
      assertNoOverlap(items, layout, 3);
      const count = layout.placements.filter(Boolean).length + layout.clusters.reduce((n, c) => n + c.members.length, 0);
      expect(count).toBe(items.length);
    }
  });

  it('asks for a labelled length only of items it tries with their label, and lays out the same', () => {
    // A crowded stretch: 400 items 2 px apart in 3 lanes kept 40 px apart.
    const items = Array.from({ length: 400 }, (_, i) => item(i * 2, 60 + (i % 7) * 10));
    const asked: number[] = [];
    const lazy = items.map(({ lo, hi, bare }) => ({ lo, hi, bare }));
    const options = { lanes: 3, gap: 30, pinned: [150] };
    const layout = layoutLanes(lazy, { ...options, labelled: (i) => (asked.push(i), items[i]!.labelled!) });
    expect(layout).toEqual(layoutLanes(items, options));
    expect(new Set(asked).size).toBeLessThan(items.length / 2);
    expect(asked).toContain(150);
  });

  it('clusters everything when there are no lanes', () => {
    const layout = layoutLanes([item(0), item(100)], { lanes: 0, clusterWidth: 20 });
    expect(layout.clusters.map((c) => c.members)).toEqual([[0], [1]]);
  });
});

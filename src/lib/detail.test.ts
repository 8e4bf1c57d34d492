import { describe, expect, it } from 'vitest';
import { markGap } from './detail';
import { layoutLanes } from './layout';

const wide = { gap: 8, mark: 10, crowdedPitch: 64 };

describe('markGap', () => {
  it('keeps the usual gap while the events in view fit the lanes at the crowded pitch', () => {
    // 7 lanes of 1,248 px hold 136.5 marks 64 px apart.
    expect(markGap(0, 7, 1248, wide)).toBe(8);
    expect(markGap(136, 7, 1248, wide)).toBe(8);
  });

  it('keeps marks the crowded pitch apart once there are more', () => {
    expect(markGap(137, 7, 1248, wide)).toBe(54);
    expect(markGap(5000, 7, 1248, wide)).toBe(54);
  });

  it('counts the room of a longer stretch (a pan lays out more than the view)', () => {
    expect(markGap(250, 7, 2496, wide)).toBe(8);
    expect(markGap(274, 7, 2496, wide)).toBe(54);
  });

  it('never goes below the usual gap', () => {
    expect(markGap(100, 4, 100, { gap: 12, mark: 10, crowdedPitch: 16 })).toBe(12);
  });

  it('treats a view of no length as crowded', () => {
    expect(markGap(1, 7, 0, wide)).toBe(54);
    expect(markGap(1, 7, -5, wide)).toBe(54);
  });

  it('bounds the marks a crowded view draws, and clusters the rest', () => {
    // 2,000 events spread evenly over 1,248 px, one every 0.624 px.
    const items = Array.from({ length: 2000 }, (_, i) => ({ lo: i * 0.624, hi: i * 0.624, labelled: 10, bare: 10 }));
    const dense = layoutLanes(items, { lanes: 7, gap: 8, clusterWidth: 34 });
    const gap = markGap(items.length, 7, 1248, wide);
    const sparse = layoutLanes(items, { lanes: 7, gap, clusterWidth: 34 });
    const placed = (l: typeof dense) => l.placements.filter((p) => p !== null).length;
    // At the usual gap a mark every 18 px or so in each lane; crowded, one every 64 px: 20 a lane.
    expect(placed(dense)).toBe(483);
    expect(placed(sparse)).toBe(7 * 20);
    // Every event is either drawn or counted in a cluster.
    expect(placed(sparse) + sparse.clusters.reduce((n, c) => n + c.members.length, 0)).toBe(2000);
  });
});

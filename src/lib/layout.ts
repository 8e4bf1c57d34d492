/**
 * Lane assignment for the timeline's marks: data in, data out, no DOM.
 *
 * Works along one axis (time, in pixels) so it serves the horizontal layout (lanes are rows, a label
 * runs along time after its mark) and the vertical one (lanes are columns, a label takes one line of
 * height). Each item asks for a stretch of the time axis; items in one lane never overlap, so
 * neither marks nor labels do. Greedy, in time order, like a dodge transform:
 *
 * 1. pinned items (the selected and the focused event) are placed first, with their labels;
 * 2. every other item takes the lane where it fits earliest with its label; failing that, labels
 *    yield to marks: the item goes where its mark fits after the previous item's bare mark, and that
 *    item loses its label; failing that, it goes to an overflow cluster ("+5") drawn apart. So marks
 *    are clustered only where marks themselves would collide, and labels show wherever there is room;
 * 3. an item may slide later within its own slack (`hi - lo`, e.g. inside its day when a day is
 *    wide on screen) to find room, but never outside the time it stands for.
 */

export interface LaneItem {
  /** Earliest start of the mark along the time axis (px). */
  lo: number;
  /** Latest start the mark may take and still sit inside its own time (≥ lo; = lo for spans). */
  hi: number;
  /**
   * Length along the time axis taken by the mark with its label. When left out, asked of
   * `LaneOptions.labelled` only if the item may be placed with its label.
   */
  labelled?: number;
  /** Length taken by the bare mark. */
  bare: number;
}

export interface Placement {
  lane: number;
  /** Start of the mark along the time axis (px), within `[lo, hi]`. */
  pos: number;
  label: boolean;
}

export interface Cluster {
  /** Indices of the items gathered, in time order. */
  members: number[];
  start: number;
  end: number;
}

export interface LaneLayout {
  /** One per item, by index: where it went, or `null` when it is in a cluster. */
  placements: (Placement | null)[];
  clusters: Cluster[];
}

export interface LaneOptions {
  lanes: number;
  /** Free space kept between neighbours in a lane (px). */
  gap?: number;
  /** Indices placed first and always with their label (when any lane can hold it). */
  pinned?: readonly number[];
  /** Width of a cluster's badge: overflow items closer than this share one cluster (px). */
  clusterWidth?: number;
  /**
   * The labelled length of item `i` when the item leaves it out: measuring a label costs time,
   * and in a crowded view most items go to a cluster without their label being tried.
   */
  labelled?: (i: number) => number;
}

interface Lane {
  /** End of the last item's mark, and of its label when it has one. */
  markEnd: number;
  end: number;
  /** Index of the last item placed in time order (its label can be taken away), or -1. */
  last: number;
  /** Pinned items' extents. */
  blocks: [number, number][];
}

function fit(lane: Lane, item: LaneItem, len: number, gap: number, after = lane.end): number | null {
  let pos = Math.max(item.lo, after + gap);
  // Pinned blocks may sit anywhere in the lane: hop over the ones in the way.
  for (let moved = true; moved; ) {
    moved = false;
    for (let j = 0; j < lane.blocks.length; j++) {
      const block = lane.blocks[j]!;
      if (pos < block[1] + gap && pos + len + gap > block[0]) {
        pos = block[1] + gap;
        moved = true;
      }
    }
  }
  return pos <= item.hi ? pos : null;
}

function place(lanes: Lane[], item: LaneItem, len: number, gap: number, yieldLabels = false): { lane: number; pos: number } | null {
  let best: { lane: number; pos: number } | null = null;
  for (let l = 0; l < lanes.length; l++) {
    const lane = lanes[l]!;
    if (yieldLabels && lane.last < 0) continue;
    const pos = fit(lane, item, len, gap, yieldLabels ? lane.markEnd : lane.end);
    if (pos === null) continue;
    if (best === null || pos < best.pos) best = { lane: l, pos };
    if (pos === item.lo) break;
  }
  return best;
}

/** With its label; then bare; then taking the label of the previous item in a lane. */
const TRIES = [
  [true, false],
  [false, false],
  [true, true],
  [false, true],
] as const;

export function layoutLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const gap = options.gap ?? 6;
  const clusterWidth = options.clusterWidth ?? 28;
  const lanes: Lane[] = Array.from({ length: Math.max(0, options.lanes) }, () => ({ markEnd: -Infinity, end: -Infinity, last: -1, blocks: [] }));
  const placements: (Placement | null)[] = items.map(() => null);
  const done = new Uint8Array(items.length);
  const labelled = (i: number) => items[i]!.labelled ?? options.labelled?.(i) ?? items[i]!.bare;

  for (const i of options.pinned ?? []) {
    const item = items[i];
    if (!item || done[i]) continue;
    for (const label of [true, false]) {
      const len = label ? labelled(i) : item.bare;
      const spot = place(lanes, item, len, gap);
      if (spot) {
        lanes[spot.lane]!.blocks.push([spot.pos, spot.pos + len]);
        placements[i] = { ...spot, label };
        done[i] = 1;
        break;
      }
    }
  }

  // By start, then index: compared, not subtracted (a difference of fractions is a number allocated
  // per comparison until the engine optimises).
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.lo < items[b]!.lo ? -1 : items[a]!.lo > items[b]!.lo ? 1 : a - b));
  const overflow: number[] = [];
  /** The earliest end of a mark in any lane: an item that must start before it (plus the gap) has no room. */
  let free = lanes.length ? -Infinity : Infinity;
  // Indexed loops: the first layout runs before the engine optimises it, and a for…of allocates an
  // iterator result per item there.
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (done[i]) continue;
    const item = items[i]!;
    let placed = false;
    // Where even a bare mark fits in no lane, no way of placing it can: straight to a cluster
    // (most of the items when thousands are in view, so one comparison, not one per lane).
    if (free + gap > item.hi) {
      overflow.push(i);
      continue;
    }
    for (let t = 0; t < TRIES.length; t++) {
      const label = TRIES[t]![0];
      const yieldLabels = TRIES[t]![1];
      const len = label ? labelled(i) : item.bare;
      const spot = place(lanes, item, len, gap, yieldLabels);
      if (!spot) continue;
      const lane = lanes[spot.lane]!;
      if (yieldLabels) {
        const prev = placements[lane.last]!;
        prev.label = false;
      }
      lane.markEnd = spot.pos + item.bare;
      free = Infinity;
      for (let l = 0; l < lanes.length; l++) if (lanes[l]!.markEnd < free) free = lanes[l]!.markEnd;
      lane.end = spot.pos + len;
      lane.last = i;
      placements[i] = { ...spot, label };
      placed = true;
      break;
    }
    if (!placed) overflow.push(i);
  }

  const clusters: Cluster[] = [];
  for (let n = 0; n < overflow.length; n++) {
    const i = overflow[n]!;
    const item = items[i]!;
    const last = clusters.at(-1);
    if (last && item.lo < Math.max(last.end, last.start + clusterWidth) + gap) {
      last.members.push(i);
      last.end = Math.max(last.end, item.lo + item.bare);
    } else {
      clusters.push({ members: [i], start: item.lo, end: item.lo + item.bare });
    }
  }
  return { placements, clusters };
}

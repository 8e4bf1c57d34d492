/**
 * Which events meet a stretch of time, without visiting the others: a zoom frame lays out only the
 * events in view, and finding them by checking each of thousands of events cost as much as laying
 * them out. Events are kept sorted by start, with the latest end reached by each prefix of that
 * order; two binary searches then bound the events that may meet `[a, b]`. No DOM.
 */
export interface TimeIndex {
  /** Indices into the events given, by start (then by index). */
  order: Int32Array;
  /** `t0` of `order[k]`. */
  starts: Float64Array;
  /** The latest `t1` among `order[0..k]`: never decreases, so it can be searched. */
  reach: Float64Array;
}

export function timeIndex(events: readonly { t0: number; t1: number }[]): TimeIndex {
  const n = events.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => events[a]!.t0 - events[b]!.t0 || a - b);
  const starts = new Float64Array(n);
  const reach = new Float64Array(n);
  let far = -Infinity;
  for (let k = 0; k < n; k++) {
    const e = events[order[k]!]!;
    starts[k] = e.t0;
    reach[k] = far = Math.max(far, e.t1);
  }
  return { order, starts, reach };
}

/** First k with `xs[k] >= x` (xs never decreasing). */
function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `[from, to)` in `index.order`: every event with `t1 >= a` and `t0 <= b` is in it. Some in it may
 * still end before `a` (an earlier long event keeps the prefix's reach up): callers check each.
 */
export function within(index: TimeIndex, a: number, b: number): [number, number] {
  const from = lowerBound(index.reach, a);
  // First start after b: the first k with starts[k] > b.
  let lo = from;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= b) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

/**
 * Panning without laying the marks out again: while a drag keeps the zoom, the marks laid out for
 * a stretch wider than the view are moved as one layer, and laid out again only when the view
 * leaves that stretch. Pure geometry along the time axis (px), no DOM.
 */

/** A layout done at zoom `k` and view offset `v` (the zoom's translation), covering `[lo, hi]` px of the view as it was then. */
export interface Laid {
  k: number;
  v: number;
  lo: number;
  hi: number;
}

/**
 * How far (px) the layer laid out as `laid` must move to match the view `[r0, r1]` at zoom `k` and
 * offset `v`; null when it cannot: another zoom, or a part of the view it did not cover.
 */
export function panShift(laid: Laid | null, k: number, v: number, r0: number, r1: number): number | null {
  if (!laid || laid.k !== k) return null;
  const d = v - laid.v;
  return laid.lo + d <= r0 && laid.hi + d >= r1 ? d : null;
}

/** The stretch to lay out for a pan: the view and `margin` of its length on either side. */
export function panWindow(r0: number, r1: number, margin = 0.5): [number, number] {
  const m = (r1 - r0) * margin;
  return [r0 - m, r1 + m];
}

/**
 * A linear scale from time (UTC ms) to pixels, with just what the timeline and d3-axis use:
 * call, `domain()`, `range()`, `invert()`, `copy()`. (d3-scale's scaleUtc would bring d3-time,
 * d3-time-format and d3-array along, a third of the page's script, for ticks the timeline draws from
 * src/lib/dates.ts anyway.)
 */
export interface TimeScale {
  (t: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(px: number): number;
  copy(): TimeScale;
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const s = ((t: number) => r0 + (t - d0) * k) as TimeScale;
  s.domain = () => [d0, d1];
  s.range = () => [r0, r1];
  s.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  s.copy = () => timeScale(domain, range);
  return s;
}

/**
 * The scale seen through a 1-D zoom `px → px * k + offset` (d3-zoom's transform along one axis):
 * same range, the domain that now fills it.
 */
export function zoomScale(base: TimeScale, k: number, offset: number): TimeScale {
  const [r0, r1] = base.range();
  return timeScale([base.invert((r0 - offset) / k), base.invert((r1 - offset) / k)], [r0, r1]);
}

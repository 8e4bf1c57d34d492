/**
 * Level of detail for the timeline's marks: how far apart the marks in one lane are kept. While
 * the events in view fit the lanes, marks sit as close as the usual gap allows; once there are more
 * than the lanes hold at `crowdedPitch` (px from one mark's start to the next), marks are kept that
 * far apart and the rest are counted in the clusters ("+12", which zoom in when clicked). A view of
 * thousands of events then draws a hundred or so marks instead of a carpet of several hundred dots:
 * as readable, and each frame restyles and repaints far fewer elements. No DOM.
 */
export interface DetailOptions {
  /** Gap kept between neighbours when the view is not crowded (px). */
  gap: number;
  /** Length of a bare mark along the time axis (px). */
  mark: number;
  /** Start-to-start distance of marks in a lane once the view is crowded (px). */
  crowdedPitch: number;
}

/** The gap to keep between neighbours in a lane, for `count` events laid out over `lanes` lanes of `length` px. */
export function markGap(count: number, lanes: number, length: number, o: DetailOptions): number {
  const roomy = (lanes * Math.max(0, length)) / o.crowdedPitch;
  return count > roomy ? Math.max(o.gap, o.crowdedPitch - o.mark) : o.gap;
}

/**
 * When the timeline draws a frame as a sketch: while a zoom is moving (a wheel, pinch or drag
 * gesture, or an animated zoom), the marks, clusters and axis are painted on one canvas instead of
 * restyling, laying out and painting a few hundred SVG elements on every frame; once the view
 * settles they are SVG elements again (every mark with its `data-event-id`, focusable, named).
 * A pan at one zoom moves the SVG drawing as a layer (src/lib/pan.ts) and needs no sketch. No DOM.
 */
export function sketchFrame(
  /** A gesture or an animation is under way. */
  moving: boolean,
  /** The previous frame was a sketch. */
  sketching: boolean,
  /** The zoom the drawing on screen was laid out at, or null when none is. */
  laidK: number | null,
  /** The zoom of this frame. */
  k: number,
): boolean {
  if (!moving) return false;
  // Once a sketch, the rest of the movement too: switching back and forth would cost more than it saves.
  return sketching || (laidK !== null && laidK !== k);
}

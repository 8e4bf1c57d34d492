/**
 * How a mark's head and band are painted on the sketch canvas (src/lib/sketch.ts), the same as the
 * stylesheet's `.m .hd` and `.m .bd` rules: colours are the names of the palette's custom
 * properties (`--accent`, `--ctx`, `--bg`). No DOM.
 */
export interface MarkPaint {
  fill: 'accent' | 'ctx' | 'bg';
  stroke: 'accent' | 'ctx' | 'bg';
  /** Stroke width of the head (px). */
  width: number;
  /** Dashes of the head's stroke (px), empty for a solid line. */
  dash: number[];
  band: 'accent' | 'ctx';
  /** Opacity of the band. */
  bandAlpha: number;
}

/** `ctx`: a background event; `unc`: an uncertain date (a hollow, dashed head and a faint wide band). */
export function markPaint(ctx: boolean, unc: boolean): MarkPaint {
  const colour = ctx ? 'ctx' : 'accent';
  return unc
    ? { fill: 'bg', stroke: colour, width: 2, dash: [2, 1.5], band: colour, bandAlpha: 0.16 }
    : { fill: colour, stroke: 'bg', width: 1.5, dash: [], band: colour, bandAlpha: 1 };
}

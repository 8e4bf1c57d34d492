import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markPaint } from './mark-paint';

describe('markPaint', () => {
  it('paints an exact event as a filled head with a thin outline in the background colour', () => {
    expect(markPaint(false, false)).toEqual({ fill: 'accent', stroke: 'bg', width: 1.5, dash: [], band: 'accent', bandAlpha: 1 });
  });

  it('paints an uncertain date hollow and dashed, over a faint band', () => {
    expect(markPaint(false, true)).toEqual({ fill: 'bg', stroke: 'accent', width: 2, dash: [2, 1.5], band: 'accent', bandAlpha: 0.16 });
  });

  it('paints background events in the background colour, hollow when uncertain', () => {
    expect(markPaint(true, false)).toMatchObject({ fill: 'ctx', stroke: 'bg', band: 'ctx', bandAlpha: 1 });
    expect(markPaint(true, true)).toMatchObject({ fill: 'bg', stroke: 'ctx', dash: [2, 1.5], band: 'ctx', bandAlpha: 0.16 });
  });

  it('follows the stylesheet it stands in for', () => {
    const css = readFileSync(new URL('../styles/site.css', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(css).toContain('.m .hd { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5; }');
    expect(css).toContain('.m.unc .hd { fill: var(--bg); stroke: var(--accent); stroke-width: 2; stroke-dasharray: 2 1.5; }');
    expect(css).toContain('.m.unc .bd { fill: var(--accent); fill-opacity: 0.16; }');
    expect(css).toContain('.m.ctx .hd, .m.ctx .bd { fill: var(--ctx); }');
    expect(css).toContain('.m.ctx.unc .hd { fill: var(--bg); stroke: var(--ctx); }');
  });
});

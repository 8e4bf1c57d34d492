import { describe, expect, it } from 'vitest';
import { timeScale, zoomScale } from './time-scale';

describe('timeScale', () => {
  it('maps time to pixels and back', () => {
    const s = timeScale([0, 100], [10, 210]);
    expect(s(0)).toBe(10);
    expect(s(50)).toBe(110);
    expect(s.invert(210)).toBe(100);
    expect(s.domain()).toEqual([0, 100]);
    expect(s.range()).toEqual([10, 210]);
    expect(s.copy()(25)).toBe(60);
  });

  it('survives an empty domain', () => {
    const s = timeScale([5, 5], [0, 100]);
    expect(s(5)).toBe(0);
    expect(s.invert(50)).toBe(5);
  });

  it('zooms like d3-zoom rescaleX', () => {
    const base = timeScale([0, 1000], [0, 500]);
    // k = 2, offset -250: the middle half of the time fills the range.
    const z = zoomScale(base, 2, -250);
    expect(z.domain()).toEqual([250, 750]);
    expect(z(500)).toBe(250);
    expect(z.range()).toEqual([0, 500]);
  });
});

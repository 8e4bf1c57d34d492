import { describe, expect, it } from 'vitest';
import { panShift, panWindow } from './pan';

describe('panShift', () => {
  const laid = { k: 4, v: -300, lo: -200, hi: 1400 };

  it('moves the layer by the change of offset while the view stays inside what was laid out', () => {
    expect(panShift(laid, 4, -300, 16, 1264)).toBe(0);
    expect(panShift(laid, 4, -100, 16, 1264)).toBe(200);
    expect(panShift(laid, 4, -436, 16, 1264)).toBe(-136);
  });

  it('asks for a new layout when the view reaches past either end of it', () => {
    // Shifted right by 217 px, the layout starts at 17: the view's first pixel (16) is not covered.
    expect(panShift(laid, 4, -83, 16, 1264)).toBeNull();
    // Shifted left by 137 px, it ends at 1263, one short of the view's end.
    expect(panShift(laid, 4, -437, 16, 1264)).toBeNull();
  });

  it('asks for a new layout at another zoom, or when there is none', () => {
    expect(panShift(laid, 4.5, -300, 16, 1264)).toBeNull();
    expect(panShift(null, 4, -300, 16, 1264)).toBeNull();
  });

  it('does not move a layout of the view alone, and refuses any shift of it', () => {
    const view = { k: 2, v: 50, lo: 16, hi: 1264 };
    expect(panShift(view, 2, 50, 16, 1264)).toBe(0);
    expect(panShift(view, 2, 51, 16, 1264)).toBeNull();
  });
});

describe('panWindow', () => {
  it('adds half the view on either side by default', () => {
    expect(panWindow(16, 1264)).toEqual([-608, 1888]);
  });

  it('takes another margin', () => {
    expect(panWindow(0, 100, 1)).toEqual([-100, 200]);
    expect(panWindow(0, 100, 0)).toEqual([0, 100]);
  });
});

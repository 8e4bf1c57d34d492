import { describe, expect, it } from 'vitest';
import { sketchFrame } from './sketch';

describe('sketchFrame', () => {
  it('sketches a frame that changes the zoom while a gesture or an animation moves it', () => {
    expect(sketchFrame(true, false, 1, 1.2)).toBe(true);
    expect(sketchFrame(true, false, 4, 2)).toBe(true);
  });

  it('draws SVG at rest, whatever came before', () => {
    expect(sketchFrame(false, true, 1, 1.2)).toBe(false);
    expect(sketchFrame(false, false, 1, 1.2)).toBe(false);
    expect(sketchFrame(false, true, 2, 2)).toBe(false);
  });

  it('keeps SVG for a pan at one zoom (the layer moves) and for the first drawing', () => {
    expect(sketchFrame(true, false, 2, 2)).toBe(false);
    expect(sketchFrame(true, false, null, 2)).toBe(false);
  });

  it('stays a sketch until the movement ends, even for frames that keep the zoom', () => {
    expect(sketchFrame(true, true, 2, 2)).toBe(true);
    expect(sketchFrame(true, true, null, 1)).toBe(true);
  });
});

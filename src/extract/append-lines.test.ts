import { describe, expect, it } from 'vitest';
import { mayAppend } from './append-lines';

describe('mayAppend', () => {
  it('appends while the unused lines stay within a third of the file', () => {
    expect(mayAppend(100, 100, 5)).toBe(true);
    expect(mayAppend(90, 60, 0)).toBe(true); // 30 unused of 90
    expect(mayAppend(0, 0, 3)).toBe(true);
  });
  it('writes the file whole once more than a third would be unused', () => {
    expect(mayAppend(90, 59, 0)).toBe(false); // 31 unused of 90
    expect(mayAppend(10, 0, 5)).toBe(false);
  });
});

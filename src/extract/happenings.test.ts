import { describe, expect, it } from 'vitest';
import { findHappenings } from './happenings';

const classes = (text: string) => findHappenings(text).map((h) => `${h.cls}:${h.text}`);

describe('findHappenings', () => {
  it('knows tours, landfalls, reopenings and formations', () => {
    expect(classes('Okafor toured the waterfront')).toEqual(['travel:toured']);
    expect(classes('Corinne made landfall near the town')).toEqual(['incident:made landfall']);
    expect(classes('The storm came ashore at night')).toEqual(['incident:storm', 'incident:came ashore']);
    expect(classes('Schools will reopen on Monday')).toEqual(['other:reopen']);
    expect(classes('A depression formed south of Jamaica')).toEqual(['other:formed']);
  });
  it('reads a bare verb such as "close" as a happening only after a modal or "to"', () => {
    expect(classes('The Coast Guard would close the port')).toEqual(['other:close']);
    expect(classes('a close ally of the mayor')).toEqual([]);
  });
});

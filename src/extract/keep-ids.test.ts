import { describe, expect, it } from 'vitest';
import { citationKey, keepIds, rememberIds } from './keep-ids';

const cite = (source: string, quote: string) => ({ source, quote, paragraph: 1 });
const ev = (id: string, ...citations: ReturnType<typeof cite>[]) => ({ id, start: '2026-03-02', citations });

const a1 = cite('a', 'The council voted on Monday to close the bridge.');
const b1 = cite('b', 'Councillors voted 5-2 on Monday to shut the bridge.');
const c1 = cite('c', 'The bridge closed on Tuesday.');
const d1 = cite('d', 'Workers began repairs on Tuesday.');

describe('citationKey', () => {
  it('is the same for a quote whatever its whitespace, and differs by source', () => {
    expect(citationKey(cite('a', 'One  two\nthree'))).toBe(citationKey(cite('a', 'One two three')));
    // Each kind of white space the folding meets: a tab, a no-break space, at either end, in a run.
    for (const q of ['One\ttwo three', 'One two\u00a0three', ' One two three', 'One two three\n', 'One \u2009two three']) {
      expect(citationKey(cite('a', q))).toBe(citationKey(cite('a', 'One two three')));
    }
    expect(citationKey(cite('a', 'One two three.'))).not.toBe(citationKey(cite('a', 'One two three')));
    expect(citationKey(cite('a', 'One'))).not.toBe(citationKey(cite('b', 'One')));
  });
});

describe('keepIds', () => {
  it('keeps the earlier id when the title, and so the id, changed', () => {
    const memory = rememberIds([ev('council-voted-close-bridge', a1), ev('bridge-closed', c1)]);
    const now = keepIds([ev('councillors-voted-5-2-shut-bridge', a1, b1), ev('bridge-closed', c1)], memory);
    expect(now.map((e) => e.id)).toEqual(['council-voted-close-bridge', 'bridge-closed']);
  });

  it('leaves the id to the larger part of a split, and gives the other its own', () => {
    const memory = rememberIds([ev('vote', a1, b1, c1)]);
    const now = keepIds([ev('closing', c1), ev('vote-again', a1, b1)], memory);
    expect(now.map((e) => e.id)).toEqual(['closing', 'vote']);
  });

  it('gives two merged events the id of the one with most in common', () => {
    const memory = rememberIds([ev('vote', a1), ev('vote-report', b1, d1)]);
    expect(keepIds([ev('merged', a1, b1, d1)], memory).map((e) => e.id)).toEqual(['vote-report']);
  });

  it('makes a new event unique against an id kept by another', () => {
    const memory = rememberIds([ev('bridge-closed', a1)]);
    const now = keepIds([ev('council-vote', a1), ev('bridge-closed', c1)], memory);
    expect(now.map((e) => e.id)).toEqual(['bridge-closed', 'bridge-closed-2026-03-02']);
  });

  it('tells apart two events made of one sentence by their days', () => {
    const said = { ...ev('said-friday', a1), start: '2026-03-06' };
    const due = { ...ev('deadline-thursday', a1), start: '2026-03-12' };
    const memory = rememberIds([said, due]);
    const now = keepIds([{ ...said, id: 'x-said' }, { ...due, id: 'x-due' }], memory);
    expect(now.map((e) => e.id)).toEqual(['said-friday', 'deadline-thursday']);
    // A day in common alone carries no id over.
    expect(keepIds([{ ...ev('new', d1), start: '2026-03-06' }], memory)[0]!.id).toBe('new');
  });

  it('changes nothing without a memory, or when nothing changed', () => {
    const events = [ev('x', a1), ev('y', b1, c1)];
    expect(keepIds(events, {})).toEqual(events);
    expect(keepIds(events, rememberIds(events))).toEqual(events);
  });
});

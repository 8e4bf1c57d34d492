import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './dates';
import { namedReferent, referentDay, referentEnd } from './referent';

const told = (text: string, published: string) => ({ text, expressions: findTemporalExpressions(text, { published }) });
const offset = (text: string) => findTemporalExpressions(text, { published: '2026-10-10' }).find((e) => e.kind === 'anaphoric')!;

describe('namedReferent', () => {
  it('finds the happening an offset counts from', () => {
    const s = 'The Coast Guard had closed the port the day before landfall.';
    expect(namedReferent(s, offset(s))).toBe('landfall');
    const v = 'Turnout rose the week before the vote, officials said.';
    expect(namedReferent(v, offset(v))).toBe('vote');
  });
  it('leaves an offset followed by a clause, or by nothing, alone', () => {
    const c = 'The port closed the day before the storm arrived.';
    expect(namedReferent(c, offset(c))).toBeUndefined();
    const n = 'He had arrived the day before.';
    expect(namedReferent(n, offset(n))).toBeUndefined();
  });
});

describe('referentDay', () => {
  it('takes the day the article gave that happening, nearest to its word', () => {
    const earlier = [
      told('Hurricane Corinne made landfall near the city at 11 p.m. Thursday as a Category 4 storm.', '2026-10-10'),
      told('It crossed into Georgia early Friday.', '2026-10-10'),
    ];
    expect(referentDay('landfall', earlier)).toBe('2026-10-08');
    expect(referentDay('vote', earlier)).toBeUndefined();
  });
});

describe('a counted offset', () => {
  it('names what it counts from, in hours, days or weeks, and "prior to" too', () => {
    const f = 'The insurer paid the first claims three days after the fire.';
    expect(namedReferent(f, offset(f))).toBe('fire');
    expect(referentEnd(f, offset(f))).toBe(f.indexOf('fire') + 'fire'.length);
    const h = 'Divers reached the hull some 70 hours after the blast.';
    expect(namedReferent(h, offset(h))).toBe('blast');
    const p = 'Turnout rose a week prior to the vote, officials said.';
    expect(namedReferent(p, offset(p))).toBe('vote');
  });
  it('names nothing when a clause follows it, with a verb in the past of any form', () => {
    const c = 'The roads reopened two days after the storm hit.';
    expect(namedReferent(c, offset(c))).toBeUndefined();
    expect(referentEnd(c, offset(c))).toBeUndefined();
  });
});

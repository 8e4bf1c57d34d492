import { describe, expect, it } from 'vitest';
import type { Mention } from './mentions';
import { happeningLemmas, mergeMentions, pairScore } from './merge';

let n = 0;
function mention(over: Partial<Mention> & { start: string; end?: string }): Mention {
  const { start, end, ...rest } = over;
  n++;
  return {
    key: `m${n}`,
    source: 'a',
    published: '2024-05-10',
    sentence: { paragraph: 1, start: n * 100, end: n * 100 + 50, text: `sentence ${n}` },
    segment: '',
    clause: '',
    happeningAt: 0,
    date: { start, end: end ?? start, precision: end ? 'days' : 'day', approximate: false },
    dateText: start,
    anaphoric: false,
    cls: 'meeting',
    names: [],
    people: [],
    places: [],
    venues: [],
    lemmas: [],
    nameWords: [],
    future: false,
    distinct: false,
    ...rest,
  };
}
const weight = () => 2;

describe('pairScore', () => {
  it('rules out different days, different venues, two speakers and two dates of one sentence', () => {
    const a = mention({ start: '2024-05-06', names: ['oslo', 'ann'], venues: ['oslo'] });
    expect(pairScore(a, mention({ start: '2024-05-07', names: ['oslo', 'ann'], venues: ['oslo'] }), weight)).toBe(-Infinity);
    expect(pairScore(a, mention({ start: '2024-05-06', names: ['bergen', 'ann'], venues: ['bergen'] }), weight)).toBe(-Infinity);
    const s1 = mention({ start: '2024-05-06', cls: 'statement', actor: 'ann', names: ['ann'] });
    expect(pairScore(s1, mention({ start: '2024-05-06', cls: 'statement', actor: 'bob', names: ['ann'] }), weight)).toBe(-Infinity);
    expect(pairScore(a, { ...mention({ start: '2024-05-06', names: ['oslo'] }), sentence: a.sentence }, weight)).toBe(-Infinity);
  });

  it('adds up shared rare names, the same venue and an agreeing day', () => {
    const a = mention({ start: '2024-05-06', names: ['oslo', 'ann'], venues: ['oslo'], source: 'x' });
    const b = mention({ start: '2024-05-06', names: ['oslo', 'ann'], venues: ['oslo'], source: 'y' });
    const c = mention({ start: '2024-05-01', end: '2024-05-31', names: ['ann'], source: 'y' });
    expect(pairScore(a, b, weight)).toBeGreaterThan(pairScore(a, c, weight));
  });
});

describe('pairScore between two sentences of one article', () => {
  it('gives no same-article credit to two dated happenings of different kinds with nothing in common', () => {
    const storm = mention({ start: '2024-05-06', cls: 'incident', lemmas: ['cross', 'storm'] });
    const back = mention({ start: '2024-05-06', cls: 'other', lemmas: ['resident', 'return'] });
    expect(pairScore(storm, back, weight)).toBeLessThan(3);
  });
  it('counts a common noun of one as the name of the other ("the commission", "City Commission")', () => {
    const vote = mention({ start: '2024-05-06', cls: 'election', nameWords: ['city', 'commission'], lemmas: ['vot', 'waiv'] });
    const meeting = mention({ start: '2024-05-06', cls: 'meeting', lemmas: ['commission', 'rebuild'] });
    const unrelated = mention({ start: '2024-05-06', cls: 'meeting', lemmas: ['school', 'rebuild'] });
    expect(pairScore(vote, meeting, weight)).toBeGreaterThanOrEqual(3);
    expect(pairScore(vote, unrelated, weight)).toBeLessThan(3);
  });
});

describe('pairScore across articles on one day', () => {
  it('joins two articles that put one kind of happening on one day, but not two statements', () => {
    const walkout = mention({ start: '2024-03-07', cls: 'protest', source: 'x', lemmas: ['walk', 'job'] });
    const stoppage = mention({ start: '2024-03-07', cls: 'protest', source: 'y', lemmas: ['stoppag', 'vessel'] });
    expect(pairScore(walkout, stoppage, weight)).toBeGreaterThanOrEqual(3);
    const said = mention({ start: '2024-03-07', cls: 'statement', source: 'x', actor: 'ann' });
    expect(pairScore(said, { ...said, key: 'z', source: 'y', sentence: { ...said.sentence, start: 1 } }, weight)).toBeLessThan(3);
  });
});

describe('happeningLemmas', () => {
  it('counts the same verb of happening in two reports, but not the saying', () => {
    const a = mention({ start: '2024-05-06', cls: 'other', clause: 'Corinne formed in the western Caribbean, officials said' });
    expect(happeningLemmas(a)).toEqual(['form']);
    const late = mention({ start: '2024-05-01', end: '2024-05-10', source: 'y', cls: 'incident', clause: 'The storm formed in the Caribbean late last month' });
    const other = { ...late, key: 'o', clause: 'The storm grew in the Caribbean late last month' };
    expect(pairScore(a, late, weight)).toBeGreaterThan(pairScore(a, other, weight));
  });
});

describe('a saying that tells another report’s happening', () => {
  it('may join it, and only when it tells that happening', () => {
    const lemmas = ['divert', 'vessel'];
    const said = mention({ start: '2024-03-08', cls: 'statement', source: 'x', lemmas, clause: 'Shipping lines said on Friday that they were diverting some vessels' });
    const began = mention({ start: '2024-03-08', cls: 'other', source: 'y', lemmas, clause: 'Several shipping lines began diverting vessels on Friday' });
    const closed = { ...began, key: 'c', clause: 'The terminal closed on Friday' };
    expect(pairScore(said, began, weight)).toBeGreaterThanOrEqual(3);
    expect(pairScore(said, closed, weight)).toBe(-Infinity);
  });
});

describe('mergeMentions', () => {
  it('merges reports of one happening across articles and keeps the most precise date', () => {
    const week = mention({ start: '2024-05-05', end: '2024-05-11', source: 'x', names: ['oslo', 'ann'], venues: ['oslo'] });
    week.date = { ...week.date!, precision: 'week' };
    const day = mention({ start: '2024-05-07', source: 'y', names: ['oslo', 'ann'], venues: ['oslo'] });
    const other = mention({ start: '2024-05-07', source: 'y', names: ['bergen', 'bob'], venues: ['bergen'] });
    const clusters = mergeMentions([week, day, other], [], { weight });
    expect(clusters).toHaveLength(2);
    const joined = clusters.find((c) => c.mentions.length === 2)!;
    expect(joined.date.start).toBe('2024-05-07');
    expect(joined.date.precision).toBe('day');
  });

  it('never makes one group of mentions with no day in common, whatever the order', () => {
    const a = mention({ start: '2024-05-01', end: '2024-05-04', names: ['ann'], source: 'x' });
    const b = mention({ start: '2024-05-03', end: '2024-05-08', names: ['ann'], source: 'y' });
    const c = mention({ start: '2024-05-07', end: '2024-05-09', names: ['ann'], source: 'z' });
    for (const order of [[a, b, c], [c, b, a], [b, a, c]]) {
      for (const cl of mergeMentions(order, [], { weight })) {
        const start = cl.mentions.map((m) => m.date!.start).sort().pop()!;
        const end = cl.mentions.map((m) => m.date!.end).sort()[0]!;
        expect(start <= end).toBe(true);
      }
    }
  });

  it('lets a planned date slip a day to meet the report of what happened', () => {
    const plan = mention({ start: '2024-05-06', future: true, published: '2024-05-04', names: ['ann', 'oslo'], venues: ['oslo'], source: 'x' });
    const done = mention({ start: '2024-05-07', published: '2024-05-09', names: ['ann', 'oslo'], venues: ['oslo'], source: 'y' });
    const [only, ...rest] = mergeMentions([plan, done], [], { weight });
    expect(rest).toHaveLength(0);
    expect(only!.date.start).toBe('2024-05-07');
  });

  it('keeps "a second call" apart from the first one of its article', () => {
    const first = mention({ start: '2024-05-04', end: '2024-05-05', cls: 'call', names: ['ann', 'bob'], source: 'x' });
    const second = mention({ start: '2024-05-05', cls: 'call', names: ['ann', 'bob'], source: 'x', distinct: true });
    expect(mergeMentions([first, second], [], { weight })).toHaveLength(2);
  });

  it('lets an undated sentence cite a dated event only through a shared venue', () => {
    const dated = mention({ start: '2024-05-06', names: ['ann', 'oslo'], venues: ['oslo'], source: 'x' });
    const undatedSameVenue = { ...mention({ start: '2024-05-06', names: ['ann', 'oslo'], venues: ['oslo'], source: 'y' }), date: undefined };
    const undatedNoVenue = { ...mention({ start: '2024-05-06', names: ['ann'], source: 'z' }), date: undefined };
    const [c] = mergeMentions([dated], [undatedSameVenue, undatedNoVenue], { weight });
    expect(c!.mentions.map((m) => m.source)).toEqual(['x', 'y']);
  });
});

describe('mergeMentions, two sentences of one article joined through a third', () => {
  it('keeps apart a generic happening that shares nothing with the other (a convoy and a rescue of one day)', () => {
    const heads = (h: string[]) => ({ heads: h });
    const rescue = mention({ start: '2024-05-06', cls: 'incident', lemmas: ['baby', 'rubble', 'quake'], ...heads(['quake']) });
    const toll = mention({ start: '2024-05-06', cls: 'incident', names: ['syria'], lemmas: ['toll', 'quake'], ...heads(['quake']) });
    const convoy = mention({ start: '2024-05-06', cls: 'other', names: ['syria'], lemmas: ['convoy', 'cross'], ...heads(['cross']) });
    const clusters = mergeMentions([rescue, toll, convoy], [], { weight });
    const together = (x: Mention, y: Mention) => clusters.some((c) => c.mentions.includes(x) && c.mentions.includes(y));
    expect(together(rescue, toll)).toBe(true);
    expect(together(rescue, convoy)).toBe(false);
  });
});

describe('pairScore across kinds of happening', () => {
  it('joins two reports of a day told by the same governing verb, whatever kind each took it for', () => {
    const bought = mention({ start: '2024-05-06', cls: 'other', source: 'x', clause: 'Norvia completed the purchase', happeningAt: 7, lemmas: ['complet', 'purchase'] });
    const sale = mention({ start: '2024-05-06', cls: 'agreement', source: 'y', clause: 'The sale, completed', happeningAt: 10, lemmas: ['sale', 'complet'] });
    expect(pairScore(bought, sale, weight)).toBeGreaterThanOrEqual(3);
    // (A happening named only to say when is not told: "rose 3% after the ruling" tells a rise.)
    const rise = mention({ start: '2024-05-06', cls: 'market', source: 'x', clause: 'Shares rose 3% after the ruling', happeningAt: 7 });
    const ruling = mention({ start: '2024-05-06', cls: 'court', source: 'y', clause: 'The court issued its ruling', happeningAt: 22 });
    expect(pairScore(rise, ruling, weight)).toBe(-Infinity);
  });
  it('joins one article telling a day’s happening twice, once by a generic verb, in words it shares', () => {
    const raised = mention({ start: '2024-05-06', cls: 'other', lemmas: ['bid', 'rais'] });
    const filed = mention({ start: '2024-05-06', cls: 'handover', lemmas: ['bid', 'deliver'] });
    expect(pairScore(raised, filed, weight)).toBeGreaterThan(-Infinity);
    expect(pairScore(raised, { ...filed, lemmas: ['office', 'deliver'] }, weight)).toBe(-Infinity);
  });
});

describe('a coarser retelling in a clause that hangs on what it retells', () => {
  // A word a few sentences hold: worth 1.75 at half weight, short of the threshold alone.
  const rare = () => 3.5;
  const march = { start: '2024-03-01', end: '2024-03-31', precision: 'month' as const, approximate: false };
  const vote = () =>
    mention({ start: '2024-03-12', cls: 'election', source: 'x', lemmas: ['council', 'vot', 'favour'], clause: 'The town council voted 7-2 on Tuesday in favour of it', happeningAt: 15 });
  const told = (clause: string, over: Partial<Mention> = {}) =>
    mention({ start: '2024-03-01', date: march, dateText: 'last month', cls: 'agreement', source: 'y', lemmas: ['council', 'endors', 'plan'], clause, happeningAt: clause.indexOf('endorsed'), ...over });

  it('joins the day the other report tells, within its month, when both tell one kind of act in a word they share', () => {
    const v = vote();
    const retold = told('the council, which endorsed the plan last month, met again');
    expect(pairScore(v, retold, rare)).toBeGreaterThanOrEqual(3);
    const clusters = mergeMentions([v, retold], [], { weight: rare });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.date).toMatchObject({ start: '2024-03-12', end: '2024-03-12', precision: 'day' });
  });

  it('leaves apart a report in a main clause, a saying, a generic verb, a plan, one article and a clause with no word in common', () => {
    const v = vote();
    expect(pairScore(v, told('The council endorsed the plan last month'), rare)).toBeLessThan(3);
    expect(pairScore(v, told('the council, which endorsed the plan last month, met again', { cls: 'statement' }), rare)).toBeLessThan(3);
    expect(pairScore({ ...v, cls: 'other' }, told('the council, which endorsed the plan last month, met again', { cls: 'other' }), rare)).toBeLessThan(3);
    expect(pairScore(v, told('the council, which endorsed the plan last month, met again', { future: true }), rare)).toBeLessThan(3);
    expect(pairScore(v, told('the board, which endorsed the plan last month, met again', { lemmas: ['board', 'endors', 'plan'] }), rare)).toBeLessThan(3);
    expect(pairScore(v, told('the council, which endorsed the plan last month, met again', { source: 'x' }), rare)).toBeLessThan(3);
  });

  it('takes a happening named as the setting of a sentence ("At the hearing last week, ...") for a retelling too', () => {
    const ruling = mention({ start: '2024-03-12', cls: 'court', source: 'x', lemmas: ['lawyer', 'objection', 'rul'], clause: 'The judge ruled on Tuesday against the lawyer', happeningAt: 10 });
    const setting = (clause: string) =>
      mention({ start: '2024-03-01', date: march, dateText: 'last month', cls: 'court', source: 'y', lemmas: ['lawyer', 'argu', 'hear'], clause, happeningAt: clause.indexOf('hearing') });
    expect(pairScore(ruling, setting('At the hearing last month'), rare)).toBeGreaterThanOrEqual(3);
    expect(pairScore(ruling, setting('The lawyers argued at a hearing last month'), rare)).toBeLessThan(3);
  });

  it('does not join a day outside its span', () => {
    const april: Mention = { ...vote(), key: 'april', date: { start: '2024-04-02', end: '2024-04-02', precision: 'day', approximate: false } };
    expect(pairScore(april, told('the council, which endorsed the plan last month, met again'), rare)).toBe(-Infinity);
  });
});

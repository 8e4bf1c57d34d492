import { describe, expect, it } from 'vitest';
import { eventSchema, type TimelineEvent } from '../schema';
import { applyEditorial, EditorialError, parseEditorial } from './editorial';

const FILE = 'content/editorial.yaml';

function event(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Title ${id}`,
    start,
    precision: 'day',
    dateText: start,
    summary: `Summary ${id}.`,
    people: [],
    places: [],
    tags: [],
    citations: [{ source: 'src-a', quote: `Quote for ${id}.`, paragraph: 1 }],
    ...extra,
  };
}

function parseError(raw: string): string {
  try {
    parseEditorial(raw, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(EditorialError);
    return (e as Error).message;
  }
  throw new Error('expected an EditorialError');
}

describe('parseEditorial', () => {
  it('reads the documented format', () => {
    const ed = parseEditorial(
      [
        "# Editors' decisions",
        'events:',
        '  some-event-id:',
        '    title: "Better title"',
        '    end: null',
        '    tags: [talks]',
        '  other-id:',
        '    hide: true',
        'merge:',
        '  - into: event-id-a',
        '    from: [event-id-b]',
        'split:',
        '  - from: event-id',
        '    sources: [source-id]',
        '    quoteIncludes: "optional text"',
        '    as: new-event-id',
        '    title: "Its title"',
      ].join('\n'),
      FILE,
    );
    expect(ed).toEqual({
      events: { 'some-event-id': { title: 'Better title', end: null, tags: ['talks'] }, 'other-id': { hide: true } },
      merge: [{ into: 'event-id-a', from: ['event-id-b'] }],
      split: [{ from: 'event-id', sources: ['source-id'], quoteIncludes: 'optional text', as: 'new-event-id', title: 'Its title' }],
    });
  });

  it('reads an empty file or empty sections as no decisions', () => {
    const none = { events: {}, merge: [], split: [] };
    expect(parseEditorial('', FILE)).toEqual(none);
    expect(parseEditorial('# nothing yet\n', FILE)).toEqual(none);
    expect(parseEditorial('events:\nmerge:\nsplit:\n', FILE)).toEqual(none);
    expect(parseEditorial('events:\n  an-id:\n', FILE)).toEqual({ ...none, events: { 'an-id': {} } });
  });

  it('names the file and the entry for each problem', () => {
    const message = parseError(
      [
        'events:',
        '  some-id:',
        '    tittle: "typo"',
        '    start: "2025-13-45"',
        '  Bad_Id:',
        '    hide: true',
        'merge:',
        '  - into: a',
        'split:',
        '  - from: x',
        '    as: y',
        'extra: 1',
      ].join('\n'),
    );
    expect(message).toMatch(/^content\/editorial\.yaml has \d+ problems:/);
    expect(message).toContain('content/editorial.yaml: events.some-id: unknown key "tittle": an event entry takes hide and title, summary');
    expect(message).toContain('content/editorial.yaml: events.some-id.start: not a real calendar date');
    expect(message).toMatch(/events\.Bad_Id: not an event id: use lower-case letters/);
    expect(message).toMatch(/merge\[0\]\.from: /);
    expect(message).toContain('split[0]: say which citations move');
    expect(message).toContain('unknown key "extra": the file has only events, merge and split');
  });

  it('reports malformed YAML with the line', () => {
    expect(parseError('events:\n  a: [unclosed\n')).toMatch(/^content\/editorial\.yaml:\d+: not valid YAML/);
  });
});

describe('applyEditorial', () => {
  const a = event('event-a', '2025-10-24', {
    people: ['Witkoff'],
    tags: ['talks'],
    citations: [
      { source: 'src-a', quote: 'Witkoff met Dmitriev in Miami.', paragraph: 2 },
      { source: 'src-b', quote: 'The plan LEAKED last week.', paragraph: 5 },
      { source: 'src-c', quote: 'They drafted the plan.', paragraph: 7 },
    ],
  });
  const b = event('event-b', '2025-10-25', {
    people: ['Kushner', 'Witkoff'],
    places: ['Miami'],
    tags: ['plan'],
    citations: [
      { source: 'src-b', quote: 'Kushner was there.', paragraph: 3 },
      { source: 'src-a', quote: 'Witkoff met Dmitriev in Miami.', paragraph: 2 },
    ],
  });
  const c = event('event-c', '2025-11-16');
  const all = [c, b, a];

  it('returns the events sorted and unchanged for an empty editorial', () => {
    const out = applyEditorial(all, parseEditorial('', FILE));
    expect(out.events.map((e) => e.id)).toEqual(['event-a', 'event-b', 'event-c']);
    expect(out.warnings).toEqual([]);
    expect(out.events[0]).toEqual(a);
  });

  it('merges citations, people, places and tags, without duplicates', () => {
    const out = applyEditorial(all, parseEditorial('merge:\n  - into: event-a\n    from: [event-b]\n', FILE));
    expect(out.events.map((e) => e.id)).toEqual(['event-a', 'event-c']);
    const merged = out.events[0]!;
    expect(merged.citations).toHaveLength(4);
    expect(merged.people).toEqual(['Witkoff', 'Kushner']);
    expect(merged.places).toEqual(['Miami']);
    expect(merged.tags).toEqual(['talks', 'plan']);
    expect(merged.title).toBe(a.title);
  });

  it('splits the matching citations into a new event with its overrides', () => {
    const out = applyEditorial(
      all,
      parseEditorial(
        'split:\n  - from: event-a\n    sources: [src-b, src-c]\n    quoteIncludes: "plan  leaked"\n    as: plan-leaks\n    title: "The plan leaks"\n    start: "2025-11-18"\n',
        FILE,
      ),
    );
    const leaks = out.events.find((e) => e.id === 'plan-leaks')!;
    expect(leaks.title).toBe('The plan leaks');
    expect(leaks.start).toBe('2025-11-18');
    expect(leaks.citations).toEqual([a.citations[1]]);
    expect(out.events.find((e) => e.id === 'event-a')!.citations).toEqual([a.citations[0], a.citations[2]]);
    expect(out.events.map((e) => e.id)).toEqual(['event-a', 'event-b', 'event-c', 'plan-leaks']);
  });

  it('applies overrides (end: null removes the end) and hides, then re-sorts', () => {
    const withEnd = event('event-d', '2025-10-01', { end: '2025-10-03', precision: 'days' });
    const out = applyEditorial(
      [...all, withEnd],
      parseEditorial(
        'events:\n  event-c:\n    start: "2025-09-01"\n    title: "Earlier"\n  event-d:\n    end: null\n    precision: day\n  event-b:\n    hide: true\n',
        FILE,
      ),
    );
    expect(out.events.map((e) => e.id)).toEqual(['event-c', 'event-d', 'event-a']);
    expect(out.events[0]!.title).toBe('Earlier');
    expect('end' in out.events[1]!).toBe(false);
    for (const e of out.events) expect(eventSchema.safeParse(e).success).toBe(true);
  });

  it('follows the order merge, split, overrides, hide', () => {
    const out = applyEditorial(
      all,
      parseEditorial(
        [
          'merge:',
          '  - into: event-a',
          '    from: [event-b]',
          'split:',
          '  - from: event-a',
          '    sources: [src-b]',
          '    as: event-b-again',
          'events:',
          '  event-b-again:',
          '    title: "Made by a split"',
          '  event-a:',
          '    hide: true',
        ].join('\n'),
        FILE,
      ),
    );
    expect(out.warnings).toEqual([]);
    expect(out.events.map((e) => [e.id, e.title])).toEqual([
      ['event-b-again', 'Made by a split'],
      ['event-c', 'Title event-c'],
    ]);
    expect(out.events[0]!.citations.map((c) => c.quote)).toEqual(['The plan LEAKED last week.', 'Kushner was there.']);
  });

  it('reports ids that match nothing as warnings and drops nothing', () => {
    const out = applyEditorial(
      all,
      parseEditorial(
        [
          'events:',
          '  gone-id:',
          '    title: "x"',
          '  also-gone:',
          '    hide: true',
          'merge:',
          '  - into: nowhere',
          '    from: [event-a]',
          '  - into: event-a',
          '    from: [missing, event-a]',
          'split:',
          '  - from: nothing',
          '    sources: [src-a]',
          '    as: new-one',
          '  - from: event-a',
          '    sources: [src-z]',
          '    as: new-two',
          '  - from: event-a',
          '    sources: [src-a, src-b, src-c]',
          '    as: new-three',
          '  - from: event-a',
          '    sources: [src-a]',
          '    as: event-c',
        ].join('\n'),
        FILE,
      ),
    );
    expect(out.events.map((e) => e.id)).toEqual(['event-a', 'event-b', 'event-c']);
    expect(out.warnings).toEqual([
      'merge[0]: into "nowhere" matches no event; nothing merged',
      'merge[1]: from "missing" matches no event; skipped',
      'merge[1]: from "event-a" is the event merged into; skipped',
      'split[0]: from "nothing" matches no event; nothing split',
      'split[1]: no citation of "event-a" matches; nothing split',
      'split[2]: every citation of "event-a" matches, which would leave it empty; nothing split (rename it under events instead)',
      'split[3]: as "event-c" is already an event id; choose another; nothing split',
      'events.gone-id: matches no event; ignored',
      'events.also-gone: matches no event; ignored',
    ]);
  });

  it('refuses changes that leave an event invalid, naming it', () => {
    expect(() =>
      applyEditorial([event('event-d', '2025-10-01', { end: '2025-10-03' })], parseEditorial('events:\n  event-d:\n    start: "2025-11-01"\n', FILE)),
    ).toThrow(/event "event-d": end: end is before start/);
  });

  it('is deterministic and leaves its input alone', () => {
    const input = structuredClone(all);
    const ed = parseEditorial('merge:\n  - into: event-a\n    from: [event-b]\nevents:\n  event-c:\n    tags: [x]\n', FILE);
    const first = applyEditorial(input, ed);
    expect(applyEditorial(input, ed)).toEqual(first);
    expect(JSON.stringify(applyEditorial(input, ed))).toBe(JSON.stringify(first));
    expect(input).toEqual(all);
  });
});

import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../schema';
import { FLAG, buildTimelineData, readTimelineData, scriptJson } from './timeline-data';

const file: EventsFile = {
  sources: [
    { id: 'r', title: 'R', outlet: 'Reuters', published: '2025-11-22' },
    { id: 'f', title: 'F', outlet: 'Financial Times', published: '2025-12-04' },
  ],
  events: [
    {
      id: 'a',
      title: 'A & <b>',
      start: '2022-01-01',
      end: '2022-12-31',
      precision: 'year',
      context: true,
      dateText: 'in 2022',
      summary: 's',
      people: ['Steve Witkoff', 'Jared Kushner'],
      places: ['Miami'],
      tags: [],
      citations: [
        { source: 'r', quote: 'q', paragraph: 1 },
        { source: 'r', quote: 'q2', paragraph: 2 },
      ],
    },
    {
      id: 'b',
      title: 'B',
      start: '2025-11-21',
      end: '2025-11-21',
      precision: 'day',
      approximate: true,
      dateText: 'on Friday',
      summary: 's',
      people: ['Steve Witkoff'],
      places: [],
      tags: [],
      citations: [
        { source: 'f', quote: 'q', paragraph: 1 },
        { source: 'missing', quote: 'q', paragraph: 1 },
      ],
    },
  ],
};

describe('buildTimelineData', () => {
  it('keeps what the script needs, compactly: the ids and the titles as one string each, the rest as numbers', () => {
    const { data } = buildTimelineData(file);
    expect(data.people).toEqual(['steve-witkoff', 'jared-kushner']);
    expect(data.places).toEqual(['miami']);
    expect(data.outlets).toEqual(['reuters', 'financial-times']);
    expect(data.ids).toBe('ab');
    expect(data.titles).toBe('A & <b>B');
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(data.numbers).toEqual([
      // Context, known to the year (so drawn as uncertain), 364 days after its start; two people, a place, an outlet.
      ...[day('2022-01-01'), FLAG.uncertain | FLAG.context | (364 * FLAG.end), 1, 7, 4, 0, 1, 2, 3],
      // Approximate: its day counts from the previous event's.
      ...[day('2025-11-21') - day('2022-01-01'), FLAG.approximate | FLAG.uncertain, 1, 1, 2, 0, 4],
    ]);
  });

  it('reads back as the events it was made from', () => {
    const { data } = buildTimelineData(file);
    // Through JSON, as the page embeds it.
    expect(readTimelineData(JSON.parse(scriptJson(data)))).toEqual([
      {
        id: 'a',
        title: 'A & <b>',
        start: '2022-01-01',
        end: '2022-12-31',
        approximate: false,
        uncertain: true,
        context: true,
        facets: { people: ['steve-witkoff', 'jared-kushner'], places: ['miami'], outlets: ['reuters'] },
      },
      {
        id: 'b',
        title: 'B',
        start: '2025-11-21',
        end: '2025-11-21',
        approximate: true,
        uncertain: true,
        context: false,
        facets: { people: ['steve-witkoff'], places: [], outlets: ['financial-times'] },
      },
    ]);
  });

  it('keeps any title, dates before 1970, out-of-order events and long spans', () => {
    const base = file.events[1]!;
    const events = [
      { ...base, id: 'x', title: 'Two\nlines, a 😀 and “quotes”', start: '2024-03-01', end: '2024-03-31', precision: 'month' as const, approximate: false },
      { ...base, id: 'y', start: '1965-07-04', end: '1999-12-31', precision: 'days' as const, approximate: false },
      { ...base, id: 'z', start: '2024-02-29', end: '2024-02-29', precision: 'week' as const, approximate: false },
    ];
    const read = readTimelineData(JSON.parse(scriptJson(buildTimelineData({ ...file, events }).data)));
    expect(read.map((e) => [e.id, e.start, e.end, e.uncertain])).toEqual([
      ['x', '2024-03-01', '2024-03-31', true],
      ['y', '1965-07-04', '1999-12-31', false],
      ['z', '2024-02-29', '2024-02-29', true],
    ]);
    expect(read.map((e) => e.title)).toEqual(['Two\nlines, a 😀 and “quotes”', 'B', 'B']);
  });

  it('counts filter options by event, most frequent first', () => {
    const { options } = buildTimelineData(file);
    expect(options.people).toEqual([
      { value: 'steve-witkoff', label: 'Steve Witkoff', count: 2 },
      { value: 'jared-kushner', label: 'Jared Kushner', count: 1 },
    ]);
    expect(options.outlets.map((o) => [o.label, o.count])).toEqual([
      ['Financial Times', 1],
      ['Reuters', 1],
    ]);
  });
});

describe('scriptJson', () => {
  it('cannot end its script element and parses back to the same value', () => {
    const value = { q: '</script><!-- & \u2028 {x} "y"' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
    // In ASCII: the page it goes in stays one-byte text.
    const wide = { t: 'Café — “quoted” 😀' };
    expect(scriptJson(wide)).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(scriptJson(wide))).toEqual(wide);
  });
});

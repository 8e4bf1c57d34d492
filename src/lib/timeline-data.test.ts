import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../schema';
import { buildTimelineData, scriptJson } from './timeline-data';

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
  it('keeps what the script needs, compactly', () => {
    const { data } = buildTimelineData(file);
    expect(data.people).toEqual(['steve-witkoff', 'jared-kushner']);
    expect(data.outlets).toEqual(['reuters', 'financial-times']);
    expect(data.events).toEqual([
      { id: 'a', t: 'A & <b>', s: '2022-01-01', e: '2022-12-31', p: 'year', c: 1, f: [[0, 1], [0], [0]] },
      { id: 'b', t: 'B', s: '2025-11-21', p: 'day', a: 1, f: [[0], [], [1]] },
    ]);
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
  });
});

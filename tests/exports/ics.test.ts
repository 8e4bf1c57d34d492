import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeText, eventsIcs, foldLine } from '../../src/exports/ics';
import { EMOJI, HOSTILE, LONG, RTL, SCRIPT, ZERO_WIDTH, fixture, hostileFile } from './fixtures';

const encoder = new TextEncoder();

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((c) => ({ component: c, event: new ICAL.Event(c) }));
  return { cal, events };
}

describe('eventsIcs', () => {
  const text = eventsIcs(hostileFile, { title: 'Cal, with; "hostile" \\ name', eventUrl: (e) => `https://example.com/t/#${e.id}` });
  const { cal, events } = parse(text);
  const byUid = new Map(events.map((e) => [e.event.uid, e]));
  const get = (id: string) => {
    const e = byUid.get(`${id}@timeline`);
    if (!e) throw new Error(`no VEVENT ${id}`);
    return e;
  };

  it('parses as one VCALENDAR with one VEVENT per event, in time order', () => {
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js types unknown X- properties as "unknown" and does not unescape them; calendar apps
    // read X-WR-CALNAME as TEXT, so it is written escaped as TEXT.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Cal\\, with\\; "hostile" \\\\ name');
    expect(events.map((e) => e.event.uid)).toEqual(
      ['full-scale-invasion', 'miami-meeting', 'plan-published', 'week-of-talks', 'geneva-talks'].map((id) => `${id}@timeline`),
    );
  });

  it('uses CRLF only and folds at 75 octets without cutting characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Some lines really were folded, and no line holds a broken character.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    for (const line of lines) expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('brings titles back literally', () => {
    for (const e of hostileFile.events) expect(get(e.id).event.summary).toBe(e.title);
  });

  it('puts the summary and each citation (outlet: "quote") in DESCRIPTION, literally', () => {
    const plan = get('plan-published').event.description;
    expect(plan.startsWith(`${HOSTILE}\n`)).toBe(true);
    expect(plan).toContain(`Reuters: "Quote with ${SCRIPT}, commas; semicolons "and" ]]>"`);
    expect(plan).toContain(`The Wall Street Journal & <b>Co</b>: "${RTL} ${ZERO_WIDTH} ${EMOJI}"`);
    expect(plan).toContain('Date as reported: Thursday, "this week"');
    const geneva = get('geneva-talks').event.description;
    expect(geneva).toContain(LONG);
    expect(geneva).toContain('(approximate)');
  });

  it('writes all-day events, DTEND exclusive', () => {
    const dates = (id: string) => {
      const { event } = get(id);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      return [event.startDate.toString(), event.endDate.toString()];
    };
    expect(dates('plan-published')).toEqual(['2025-11-20', '2025-11-21']);
    expect(dates('geneva-talks')).toEqual(['2025-11-27', '2025-12-01']);
    expect(dates('miami-meeting')).toEqual(['2025-10-01', '2025-11-01']);
    expect(dates('full-scale-invasion')).toEqual(['2022-01-01', '2023-01-01']);
    expect(dates('week-of-talks')).toEqual(['2025-11-24', '2025-12-01']);
    expect(text).toContain('DTSTART;VALUE=DATE:20251120\r\nDTEND;VALUE=DATE:20251121\r\n');
  });

  it('takes DTSTAMP from the newest source, never the clock', () => {
    for (const { component } of events) expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-11-27T00:00:00Z');
  });

  it('carries places, tags and URL', () => {
    const plan = get('plan-published').component;
    expect(plan.getFirstPropertyValue('location')).toBe(`Miami, FL; ${RTL}`);
    expect(plan.getFirstProperty('categories')?.getValues()).toEqual(['diplomacy & "plans"', EMOJI]);
    expect(get('geneva-talks').component.getFirstProperty('categories')?.getValues()).toEqual(['talks, rounds']);
    expect(get('full-scale-invasion').component.getFirstProperty('categories')?.getValues()).toEqual(['Context', 'war']);
    expect(plan.getFirstPropertyValue('url')).toBe('https://example.com/t/#plan-published');
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives byte-identical output at different times and input orders', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const a = eventsIcs(hostileFile);
    vi.setSystemTime(new Date('2099-06-15T12:34:56Z'));
    const shuffled = fixture();
    shuffled.events.reverse();
    shuffled.sources.reverse();
    expect(eventsIcs(shuffled)).toBe(a);
  });

  it('still has a DTSTAMP with no sources', () => {
    const text = eventsIcs({ sources: [], events: [] });
    expect(text).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline-publisher//events//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Timeline\r\nEND:VCALENDAR\r\n',
    );
    const one = fixture();
    one.sources = [];
    expect(eventsIcs(one)).toContain('DTSTAMP:19700101T000000Z');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 nul\u0000 tab\t')).toBe('bell nul tab\t');
  });

  it('folds to 75 octets, continuation lines start with a space, unfolds to the original', () => {
    const line = `DESCRIPTION:${LONG}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    expect(encoder.encode(parts[0]!).length).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) {
      expect(p.startsWith(' ')).toBe(true);
      expect(encoder.encode(p).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});

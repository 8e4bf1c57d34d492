import { describe, expect, it } from 'vitest';
import { timelineDate, timelineJson, type TimelineJs } from '../../src/exports/timeline-json';
import { EMOJI, HOSTILE, IMG, RTL, SCRIPT, ZERO_WIDTH, fixture, hostileFile } from './fixtures';
import { parseHtml } from './html';

const OUR_ELEMENTS = new Set(['p', 'br', 'blockquote', 'footer', 'cite', 'a']);

describe('timelineJson', () => {
  const text = timelineJson(hostileFile, { title: `My <b>timeline</b> & co`, description: 'About\nthis.' });
  const data = JSON.parse(text) as TimelineJs;
  const slide = (id: string) => {
    const s = data.events.find((e) => e.unique_id === id);
    if (!s) throw new Error(`no slide ${id}`);
    return s;
  };

  it('is 2-space JSON with a trailing newline, deterministic', () => {
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(timelineJson(fixture(), { title: `My <b>timeline</b> & co`, description: 'About\nthis.' })).toBe(text);
  });

  it('has the TimelineJS3 shape', () => {
    expect(Object.keys(data)).toEqual(['title', 'events']);
    expect(parseHtml(data.title.text.headline).text).toBe('My <b>timeline</b> & co');
    expect(parseHtml(data.title.text.headline).elements).toEqual([]);
    expect(data.events.map((e) => e.unique_id)).toEqual([
      'full-scale-invasion', 'miami-meeting', 'plan-published', 'week-of-talks', 'geneva-talks',
    ]);
    for (const e of data.events) {
      expect(typeof e.start_date.year).toBe('number');
      expect(typeof e.text.headline).toBe('string');
      expect(typeof e.text.text).toBe('string');
      expect(typeof e.display_date).toBe('string');
    }
  });

  it('cuts dates to the precision', () => {
    expect(slide('plan-published').start_date).toEqual({ year: 2025, month: 11, day: 20 });
    expect(slide('plan-published').end_date).toBeUndefined();
    expect(slide('geneva-talks').start_date).toEqual({ year: 2025, month: 11, day: 27 });
    expect(slide('geneva-talks').end_date).toEqual({ year: 2025, month: 11, day: 30 });
    expect(slide('miami-meeting').start_date).toEqual({ year: 2025, month: 10 });
    expect(slide('full-scale-invasion').start_date).toEqual({ year: 2022 });
    expect(timelineDate('2025-03-09', 'week')).toEqual({ year: 2025, month: 3, day: 9 });
  });

  it('writes human display dates', () => {
    expect(parseHtml(slide('plan-published').display_date).text).toBe('20 November 2025');
    expect(parseHtml(slide('geneva-talks').display_date).text).toBe('c. 27–30 November 2025');
    expect(parseHtml(slide('miami-meeting').display_date).text).toBe('c. October 2025');
    expect(parseHtml(slide('full-scale-invasion').display_date).text).toBe('2022');
  });

  it('groups context events as "Context", others by their first tag', () => {
    expect(slide('full-scale-invasion').group).toBe('Context');
    expect(parseHtml(slide('plan-published').group!).text).toBe('diplomacy & "plans"');
    expect(slide('miami-meeting').group).toBeUndefined();
  });

  it('escapes every string: hostile text comes back as text, never as markup', () => {
    const plan = slide('plan-published');
    const headline = parseHtml(plan.text.headline);
    expect(headline.elements).toEqual([]);
    expect(headline.text).toBe(`Plan published ${SCRIPT} ${IMG}`);
    for (const s of data.events) {
      const body = parseHtml(s.text.text);
      for (const el of body.elements) expect(OUR_ELEMENTS.has(el), `unexpected <${el}> in ${s.unique_id}`).toBe(true);
      for (const a of body.attributes) {
        const ok = (a.element === 'a' && a.name === 'href') || (a.element === 'p' && a.name === 'class' && a.value === 'tl-date-text');
        expect(ok, `unexpected ${a.element}[${a.name}]`).toBe(true);
      }
      for (const field of [s.text.headline, s.display_date, s.group ?? '']) expect(parseHtml(field).elements).toEqual([]);
    }
    const body = parseHtml(plan.text.text);
    // The summary's lines (newlines become <br>) are all there, literally.
    for (const line of HOSTILE.split('\n')) expect(body.text).toContain(line);
    expect(body.text).toContain(`${RTL} ${ZERO_WIDTH} ${EMOJI}`);
  });

  it('quotes each citation in a blockquote with the outlet, linked when there is a URL', () => {
    const body = parseHtml(slide('plan-published').text.text);
    const quotes = body.textOf('blockquote');
    expect(quotes).toHaveLength(2);
    expect(body.textOf('p').find((p) => p.startsWith('As reported'))).toBe('As reported: “Thursday, "this week"”');
    expect(quotes[0]).toContain(`“Quote with ${SCRIPT}, commas; semicolons "and" ]]>”`);
    expect(body.textOf('cite')).toEqual(['Reuters', 'The Wall Street Journal & <b>Co</b>']);
    expect(body.attributes.filter((a) => a.name === 'href').map((a) => a.value)).toEqual(['https://example.com/reuters', 'https://example.com/wsj?a=1&b=<2>']);
    // A source without URL is named, not linked.
    const miami = parseHtml(slide('miami-meeting').text.text);
    expect(miami.textOf('cite')).toEqual(['Reuters', 'Rewrite Desk']);
    expect(miami.textOf('a')).toEqual(['Reuters']);
  });
});

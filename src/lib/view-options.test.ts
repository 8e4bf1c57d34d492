import { describe, expect, it } from 'vitest';
import { knownFilters, parseViewOptions, viewQuery, type Known } from './view-options';

const known: Known = {
  people: ['steve-witkoff', 'jared-kushner'],
  places: ['miami', 'geneva'],
  outlets: ['reuters'],
  events: ['miami-meeting', 'geneva-talks'],
};
const XSS = '<img src=x onerror=alert(1)>';
const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('view options', () => {
  it('reads every option the data knows', () => {
    expect(parseViewOptions('?people=steve-witkoff,jared-kushner&places=miami&outlets=reuters&from=2025-11-01&to=2025-11-30&event=geneva-talks&theme=dark', known)).toEqual({
      filters: { people: ['steve-witkoff', 'jared-kushner'], places: ['miami'], outlets: ['reuters'] },
      from: '2025-11-01',
      to: '2025-11-30',
      event: 'geneva-talks',
      theme: 'dark',
    });
    expect(parseViewOptions('', known)).toEqual({ filters: { people: [], places: [], outlets: [] }, theme: 'auto' });
    expect(parseViewOptions('from=2025-11-01', known)).toMatchObject({ from: '2025-11-01' });
    expect(parseViewOptions('?to=2025-11-01', known)).toMatchObject({ to: '2025-11-01' });
    // Names are accepted as the home page's filters accept them, then checked against the data.
    expect(knownFilters('?people=Steve%20Witkoff', known).people).toEqual(['steve-witkoff']);
  });

  it('drops unknown ids, unreal dates, reversed ranges and other themes', () => {
    const bad = parseViewOptions(
      q({ people: `nobody,${XSS}`, places: 'atlantis', outlets: XSS, event: 'no-such-event', theme: 'sepia', from: '2025-02-30', to: '2025-13-01' }),
      known,
    );
    expect(bad).toEqual({ filters: { people: [], places: [], outlets: [] }, theme: 'auto' });
    expect(parseViewOptions('?from=2025-11-30&to=2025-11-01', known)).not.toHaveProperty('from');
    expect(parseViewOptions('?from=2025-11-30&to=2025-11-01', known)).not.toHaveProperty('to');
    for (const date of ['2025-1-01', '20251101', '2025-11-01T00:00', ' 2025-11-01', '2025-11-31', '2023-02-29', '0000-01-01', XSS]) {
      expect(parseViewOptions(q({ from: date }), known), date).not.toHaveProperty('from');
    }
    expect(parseViewOptions('?from=2024-02-29', known).from).toBe('2024-02-29');
    for (const event of [XSS, 'Miami-Meeting', 'miami-meeting ', '../miami-meeting', '']) {
      expect(parseViewOptions(q({ event }), known), event).not.toHaveProperty('event');
    }
    for (const theme of ['Dark', 'dark ', XSS, '']) expect(parseViewOptions(q({ theme }), known).theme, theme).toBe('auto');
  });

  it('never returns anything but data ids, checked dates and listed themes', () => {
    const hostile = [XSS, '"><script>alert(1)</script>', "'-alert(1)-'", 'javascript:alert(1)', '%3Csvg%20onload%3Dalert(1)%3E'];
    for (const h of hostile) {
      const o = parseViewOptions(q({ people: h, places: h, outlets: h, event: h, theme: h, from: h, to: h }), known);
      const values = [...Object.values(o.filters).flat(), o.from, o.to, o.event, o.theme].filter((v) => v !== undefined);
      expect(values).toEqual(['auto']);
    }
  });

  it('writes the query the embed reads back', () => {
    const view = {
      filters: { people: ['steve-witkoff'], places: [], outlets: ['reuters'] },
      from: '2025-11-01',
      to: '2025-11-30',
      event: 'miami-meeting',
      theme: 'light' as const,
    };
    const query = viewQuery(view);
    expect(query).toBe('?people=steve-witkoff&outlets=reuters&from=2025-11-01&to=2025-11-30&event=miami-meeting&theme=light');
    expect(parseViewOptions(query, known)).toEqual(view);
    expect(viewQuery({})).toBe('');
    expect(viewQuery({ theme: 'auto' })).toBe('');
    expect(viewQuery({ from: 'soon' })).toBe('');
  });
});

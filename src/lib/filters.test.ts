import { describe, expect, it } from 'vitest';
import { emptyFilters, isEmpty, matches, parseFilters, serializeFilters, slugify } from './filters';

describe('filters', () => {
  it('slugifies names', () => {
    expect(slugify('Steve Witkoff')).toBe('steve-witkoff');
    expect(slugify('  Déjà vu & Co. ')).toBe('deja-vu-co');
    expect(slugify('The Wall Street Journal')).toBe('the-wall-street-journal');
    expect(slugify("Ukraine's")).toBe('ukraine-s');
  });

  it('parses the query string', () => {
    expect(parseFilters('?people=a,b&places=kyiv&outlets=reuters')).toEqual({ people: ['a', 'b'], places: ['kyiv'], outlets: ['reuters'] });
    expect(parseFilters('people=a%2Cb&x=1')).toEqual({ people: ['a', 'b'], places: [], outlets: [] });
    expect(parseFilters('?people=Steve%20Witkoff,,a,a')).toEqual({ people: ['steve-witkoff', 'a'], places: [], outlets: [] });
    expect(parseFilters('?people=%E0%A4%A')).toEqual({ people: ['e0-a4-a'], places: [], outlets: [] });
    expect(parseFilters('')).toEqual(emptyFilters());
    expect(isEmpty(parseFilters('?q=1'))).toBe(true);
  });

  it('serialises sorted, keeping other parameters', () => {
    expect(serializeFilters({ people: ['b', 'a'], places: [], outlets: ['reuters'] })).toBe('?people=a,b&outlets=reuters');
    expect(serializeFilters(emptyFilters(), '?people=a&lang=en')).toBe('?lang=en');
    expect(serializeFilters(emptyFilters(), '')).toBe('');
    expect(serializeFilters({ people: [], places: ['kyiv'], outlets: [] }, '?places=x&a=1')).toBe('?a=1&places=kyiv');
  });

  it('round-trips', () => {
    const f = { people: ['jared-kushner', 'steve-witkoff'], places: ['miami'], outlets: ['financial-times', 'reuters'] };
    expect(parseFilters(serializeFilters(f))).toEqual(f);
  });

  it('matches any value within a facet and every facet', () => {
    const ev = { people: ['a', 'b'], places: ['kyiv'], outlets: ['reuters'] };
    expect(matches(ev, emptyFilters())).toBe(true);
    expect(matches(ev, { people: ['b', 'z'], places: [], outlets: [] })).toBe(true);
    expect(matches(ev, { people: ['b'], places: ['miami'], outlets: [] })).toBe(false);
    expect(matches(ev, { people: [], places: ['kyiv'], outlets: ['reuters'] })).toBe(true);
  });
});

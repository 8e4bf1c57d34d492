import { describe, expect, it } from 'vitest';
import { relativeHref } from './paths';

describe('relativeHref', () => {
  it('links from the home page', () => {
    expect(relativeHref('/', '')).toBe('index.html');
    expect(relativeHref('/', '/')).toBe('index.html');
    expect(relativeHref('/', 'events/a/')).toBe('events/a/index.html');
    expect(relativeHref('/', '/sources/b')).toBe('sources/b/index.html');
    expect(relativeHref('/index.html', 'events/a/')).toBe('events/a/index.html');
  });

  it('links from a nested page, with or without the file name in its URL', () => {
    for (const from of ['/events/a/', '/events/a/index.html', '/events/a']) {
      expect(relativeHref(from, '')).toBe('../../index.html');
      expect(relativeHref(from, 'sources/b/')).toBe('../../sources/b/index.html');
      expect(relativeHref(from, 'events/c/')).toBe('../c/index.html');
      expect(relativeHref(from, 'events/a/')).toBe('index.html');
    }
  });

  it('keeps query and fragment', () => {
    expect(relativeHref('/events/a/', '?people=x,y')).toBe('../../index.html?people=x,y');
    expect(relativeHref('/events/a/', '#b')).toBe('../../index.html#b');
    expect(relativeHref('/', 'events/a/#top')).toBe('events/a/index.html#top');
  });

  it('works under a base path, whatever its slashes', () => {
    for (const base of ['/timelines/peace-plan/', '/timelines/peace-plan']) {
      expect(relativeHref('/timelines/peace-plan/', '', base)).toBe('index.html');
      expect(relativeHref('/timelines/peace-plan', 'events/a/', base)).toBe('events/a/index.html');
      expect(relativeHref('/timelines/peace-plan/events/a/', '', base)).toBe('../../index.html');
      expect(relativeHref('/timelines/peace-plan/events/a/index.html', 'sources/s/', base)).toBe('../../sources/s/index.html');
    }
  });

  it('never produces a root-absolute or directory href', () => {
    const froms = ['/', '/events/a/', '/sources/b/index.html', '/x/y/z/'];
    const tos = ['', 'events/a/', '/sources/b', 'feed.xml', 'events/a/#q'];
    for (const f of froms) {
      for (const t of tos) {
        const href = relativeHref(f, t);
        expect(href.startsWith('/')).toBe(false);
        expect(href.split(/[?#]/)[0]).toMatch(/[^/]+\.[a-z]+$/);
      }
    }
    expect(relativeHref('/events/a/', 'feed.xml')).toBe('../../feed.xml');
  });

  it('resolves to the intended file', () => {
    const cases: [string, string, string][] = [
      ['/events/a/', 'sources/b/', '/sources/b/index.html'],
      ['/t/p/events/a/', 'sources/b/', '/t/p/sources/b/index.html'],
      ['/t/p/', 'events/a/', '/t/p/events/a/index.html'],
    ];
    for (const [from, to, expected] of cases) {
      const base = from.startsWith('/t/p/') ? '/t/p/' : '/';
      expect(new URL(relativeHref(from, to, base), `https://h${from}`).pathname).toBe(expected);
    }
  });
});

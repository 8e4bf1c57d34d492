import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLdScript, openGraphMeta, truncateText } from '../../src/lib/seo';
import { HOSTILE, LS_PS, SCRIPT, hostileFile } from './fixtures';
import { parseHtml } from './html';

const event = (id: string) => hostileFile.events.find((e) => e.id === id)!;

describe('eventJsonLd', () => {
  it('describes an event with its dates, places and the articles that report it', () => {
    const ld = eventJsonLd(event('plan-published'), hostileFile.sources, 'https://example.com/t/');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://example.com/t/#plan-published',
      url: 'https://example.com/t/',
      name: event('plan-published').title,
      description: HOSTILE,
      startDate: '2025-11-20',
    });
    expect(ld.endDate).toBeUndefined();
    expect(ld.location).toEqual([{ '@type': 'Place', name: 'Miami, FL' }, { '@type': 'Place', name: event('plan-published').places[1] }]);
    expect(ld.subjectOf).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Miami meeting',
        datePublished: '2025-11-22',
        publisher: { '@type': 'Organization', name: 'Reuters' },
        url: 'https://example.com/reuters',
      },
      {
        '@type': 'NewsArticle',
        headline: 'Kremlin <input> & "edits", ]]>',
        datePublished: '2025-11-27',
        publisher: { '@type': 'Organization', name: 'The Wall Street Journal & <b>Co</b>' },
        url: 'https://example.com/wsj?a=1&b=<2>',
        author: [{ '@type': 'Person', name: 'Ann "A" Author' }, { '@type': 'Person', name: 'Bo, Writer' }],
      },
    ]);
  });

  it('gives spans an endDate and widens month/year/week precision', () => {
    expect(eventJsonLd(event('geneva-talks'), hostileFile.sources)).toMatchObject({ startDate: '2025-11-27', endDate: '2025-11-30' });
    expect(eventJsonLd(event('miami-meeting'), hostileFile.sources)).toMatchObject({ startDate: '2025-10-01', endDate: '2025-10-31' });
    expect(eventJsonLd(event('full-scale-invasion'), hostileFile.sources)).toMatchObject({ startDate: '2022-01-01', endDate: '2022-12-31' });
    expect(eventJsonLd(event('week-of-talks'), hostileFile.sources)).toMatchObject({ startDate: '2025-11-24', endDate: '2025-11-30' });
  });

  it('lists each cited source once and leaves out what is empty', () => {
    const ld = eventJsonLd(event('week-of-talks'), hostileFile.sources);
    expect(ld['@id']).toBeUndefined();
    expect(ld.location).toBeUndefined();
    expect(ld.keywords).toBeUndefined();
    expect((ld.subjectOf as unknown[]).length).toBe(1);
    const twice = { ...event('week-of-talks'), citations: [...event('week-of-talks').citations, ...event('week-of-talks').citations] };
    expect((eventJsonLd(twice, hostileFile.sources).subjectOf as unknown[]).length).toBe(1);
  });
});

describe('jsonLdScript', () => {
  const obj = eventJsonLd(event('plan-published'), hostileFile.sources, 'https://example.com/t/');
  const withExtras = { ...obj, extra: `</script><!-- ${SCRIPT} & ${LS_PS}` };
  const text = jsonLdScript(withExtras);

  it('parses back to the same value', () => {
    expect(JSON.parse(text)).toEqual(withExtras);
  });

  it('contains nothing that can end or alter the script element', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const page = parseHtml(`<script type="application/ld+json">${text}</script><p>after</p>`);
    expect(page.elements).toEqual(['script', 'p']);
    expect(page.textOf('script')).toEqual([text]);
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => jsonLdScript(undefined)).toThrow(TypeError);
  });
});

describe('openGraphMeta', () => {
  it('writes Open Graph properties and Twitter names in a fixed order', () => {
    expect(openGraphMeta({ title: 'T', description: 'D', url: 'https://example.com/t/', type: 'website' })).toEqual([
      { property: 'og:title', content: 'T' },
      { property: 'og:description', content: 'D' },
      { property: 'og:type', content: 'website' },
      { property: 'og:url', content: 'https://example.com/t/' },
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: 'T' },
      { name: 'twitter:description', content: 'D' },
    ]);
  });

  it('leaves out relative URLs, adds images, site name and locale', () => {
    const tags = openGraphMeta({
      title: 'T', description: 'D', url: '../relative/', type: 'article', siteName: 'S', locale: 'en_GB',
      image: 'https://example.com/i.png', imageAlt: 'alt',
    });
    expect(tags.find((t) => 'property' in t && t.property === 'og:url')).toBeUndefined();
    expect(tags).toContainEqual({ property: 'og:image', content: 'https://example.com/i.png' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
    expect(tags).toContainEqual({ property: 'og:site_name', content: 'S' });
    expect(tags).toContainEqual({ property: 'og:locale', content: 'en_GB' });
    expect(openGraphMeta({ title: 'T', description: 'D', url: 'javascript:alert(1)', type: 'website' }).length).toBe(6);
  });

  it('keeps hostile text as plain text (the template escapes it) and folds white space', () => {
    const tags = openGraphMeta({ title: `A\n${SCRIPT}`, description: HOSTILE, type: 'article' });
    expect(tags[0]).toEqual({ property: 'og:title', content: `A ${SCRIPT}` });
    expect(tags[1]!.content).toBe(truncateText(HOSTILE, 300));
    expect(tags[1]!.content).not.toContain('\n');
  });

  it('cuts long descriptions at a word, 300 for Open Graph and 200 for Twitter', () => {
    const long = 'word '.repeat(100);
    const tags = openGraphMeta({ title: 'T', description: long, type: 'website' });
    const og = tags.find((t) => 'property' in t && t.property === 'og:description')!.content;
    const tw = tags.find((t) => 'name' in t && t.name === 'twitter:description')!.content;
    expect([...og].length).toBeLessThanOrEqual(300);
    expect([...tw].length).toBeLessThanOrEqual(200);
    expect(og.endsWith('word…')).toBe(true);
    expect(truncateText('🙂'.repeat(10), 5)).toBe('🙂🙂🙂🙂…');
    expect(truncateText('short', 5)).toBe('short');
  });
});

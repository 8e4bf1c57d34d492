/**
 * Search and social metadata for the pages: pure functions, no Astro imports.
 *
 *   <script type="application/ld+json" set:html={jsonLdScript(eventJsonLd(event, sources, url))} />
 *   {openGraphMeta({ title, description, url, type: 'article' }).map((m) => <meta {...m} />)}
 */
import type { EventsFile, TimelineEvent } from '../schema';
import { eventSpan, sourceIndex } from '../exports/common';

type Source = EventsFile['sources'][number];

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

function newsArticle(s: Source): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: s.title,
    datePublished: s.published,
    publisher: { '@type': 'Organization', name: s.outlet },
    ...(s.url ? { url: s.url } : {}),
    ...(s.authors?.length ? { author: s.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
  };
}

/**
 * schema.org `Event` for one timeline event.
 *
 * - `startDate`/`endDate` are full ISO dates; a month- or year-precise event spans its month/year
 *   (schema.org readers do not agree on reduced-precision dates like `2025-10`).
 * - The articles that report it are `subjectOf` items of type `NewsArticle` (one per cited source,
 *   in citation order). `subjectOf` is the schema.org property for "a CreativeWork about this
 *   Thing"; `citation` belongs to CreativeWork, not Event, so validators would flag it here.
 * - `location` lists the places as `Place`s; `keywords` the tags. No `eventStatus` or offers: these
 *   are news events, not tickets, and they do not aim at Google's event rich results.
 * - With `pageUrl`, the event gets `url` and an `@id` of `pageUrl#<id>`.
 */
export function eventJsonLd(event: TimelineEvent, sources: readonly Source[], pageUrl?: string): JsonLd {
  const byId = sourceIndex(sources);
  const cited: Source[] = [];
  for (const c of event.citations) {
    const s = byId.get(c.source);
    if (s && !cited.includes(s)) cited.push(s);
  }
  const { first, last } = eventSpan(event);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    ...(pageUrl ? { '@id': `${pageUrl.split('#')[0]}#${event.id}`, url: pageUrl } : {}),
    name: event.title,
    description: event.summary,
    startDate: first,
    ...(last !== first ? { endDate: last } : {}),
    ...(event.places.length ? { location: event.places.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(event.people.length ? { about: event.people.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(event.tags.length ? { keywords: event.tags.join(', ') } : {}),
    ...(cited.length ? { subjectOf: cited.map(newsArticle) } : {}),
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026` (so neither `</script>` nor `<!--` can end or change the script element),
 * and U+2028/U+2029 become escapes too (legal in JSON, but line breaks to older JS parsers).
 * Those characters only ever occur inside JSON strings, where the escapes mean the same thing, so
 * the result parses to the same value. Put it in with `set:html` (Astro would escape it otherwise).
 */
export function jsonLdScript(obj: unknown): string {
  const json = JSON.stringify(obj);
  if (json === undefined) throw new TypeError('jsonLdScript: value is not JSON-serialisable');
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface OpenGraphInput {
  title: string;
  description: string;
  /** Canonical absolute URL of the page; left out of the tags unless it is absolute http(s). */
  url?: string;
  type: 'website' | 'article';
  siteName?: string;
  /** e.g. `en_GB`. */
  locale?: string;
  /** Absolute URL of a share image; with one, the Twitter card is `summary_large_image`. */
  image?: string;
  imageAlt?: string;
}

const OG_DESCRIPTION_MAX = 300;
const TWITTER_DESCRIPTION_MAX = 200;

/** Folds white space and cuts at a word boundary to at most `max` characters, adding "…". */
export function truncateText(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const chars = [...folded];
  if (chars.length <= max) return folded;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function isAbsoluteHttp(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Open Graph (`property="og:*"`) and Twitter (`name="twitter:*"`) meta tags, in a fixed order.
 * Values are plain text: let the template escape them as attributes (Astro does). Descriptions are
 * folded and cut to 300 (Open Graph) and 200 (Twitter) characters; relative URLs are left out
 * because both protocols require absolute ones.
 */
export function openGraphMeta(input: OpenGraphInput): MetaTag[] {
  const title = input.title.replace(/\s+/g, ' ').trim();
  const tags: MetaTag[] = [
    { property: 'og:title', content: title },
    { property: 'og:description', content: truncateText(input.description, OG_DESCRIPTION_MAX) },
    { property: 'og:type', content: input.type },
  ];
  if (isAbsoluteHttp(input.url)) tags.push({ property: 'og:url', content: input.url });
  if (input.siteName) tags.push({ property: 'og:site_name', content: input.siteName });
  if (input.locale) tags.push({ property: 'og:locale', content: input.locale });
  const image = isAbsoluteHttp(input.image) ? input.image : undefined;
  if (image) {
    tags.push({ property: 'og:image', content: image });
    if (input.imageAlt) tags.push({ property: 'og:image:alt', content: input.imageAlt });
  }
  tags.push(
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: truncateText(input.description, TWITTER_DESCRIPTION_MAX) },
  );
  if (image) {
    tags.push({ name: 'twitter:image', content: image });
    if (input.imageAlt) tags.push({ name: 'twitter:image:alt', content: input.imageAlt });
  }
  return tags;
}

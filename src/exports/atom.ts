/**
 * `dist/feed.xml`: the events as an Atom 1.0 feed (RFC 4287), newest event first.
 *
 * Written by hand rather than with the `feed` package: `feed` (6.x) is deterministic when every date
 * is passed in, but it writes entry titles as `type="html"` CDATA of the raw string, so a plain-text
 * title such as `<script>…` would be read as markup by feed readers unless escaped twice by the
 * caller, and it passes through characters XML 1.0 forbids (C0 controls), which makes the feed
 * ill-formed. The Atom needed here is a few elements, so this file owns every byte.
 *
 * - Nothing from the clock: the feed's `updated` is the newest source's publication date; an
 *   entry's `published`/`updated` are the oldest/newest publication dates of the sources it cites
 *   (the first report of it and the latest word on it).
 * - Stable ids that do not depend on where the site is hosted: `urn:uuid:` name-based (version 5,
 *   SHA-1) UUIDs, the feed's from its key (by default the title), an entry's from the feed id and
 *   the event id. Moving the site keeps them; renaming the timeline without a fixed `key` does not.
 * - `title` and `summary` are `type="text"`; `content` is `type="html"`: HTML escaped by us, then
 *   escaped again as XML text (no CDATA, so `]]>` in the data is harmless).
 * - Characters XML 1.0 does not allow (C0 controls but TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF)
 *   are dropped; everything else, RTL marks and zero-width characters included, is kept as is.
 */
import { createHash } from 'node:crypto';
import type { EventsFile, TimelineEvent } from '../schema';
import {
  DEFAULT_TITLE,
  citationsHtml,
  citedPublished,
  compareEvents,
  displayDate,
  escapeHtml,
  newestPublished,
  sourceIndex,
  textToHtml,
  type ExportMeta,
  type Source,
} from './common';

export interface AtomOptions extends ExportMeta {
  /** Seed of the feed id; defaults to the title. Fix it if the title may change. */
  key?: string;
  /** Feed author (Atom needs one); defaults to the title. */
  author?: string;
  /** `xml:lang` of the feed. */
  lang?: string;
  /** Absolute URL of the feed itself, for `<link rel="self">`. */
  selfUrl?: string;
  /** URL of the timeline page, for the feed's `<link rel="alternate">`. */
  siteUrl?: string;
  /** URL of an event (absolute, or relative to the feed's own URL), for the entry's link. */
  eventUrl?: (e: TimelineEvent) => string | undefined;
}

const EPOCH = '1970-01-01';

/** Name-based UUID, version 5 (RFC 9562 §5.5), in a namespace of our own. */
const NAMESPACE = Buffer.from('6f1c2b0e9a7d4c4f8e3b5d2a1c0f9e8d', 'hex');

export function uuidV5(name: string, namespace: Buffer = NAMESPACE): string {
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Drops what XML 1.0 cannot carry at all (§2.2 Char). */
export function xmlSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** Escapes text for a double-quoted XML attribute, keeping TAB and LF (which parsers would fold). */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function timestamp(iso: string): string {
  return `${iso}T00:00:00Z`;
}

function entryHtml(e: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const when = `<p><strong>${escapeHtml(displayDate(e))}</strong> (as reported: “${escapeHtml(e.dateText)}”)</p>`;
  return `${when}${textToHtml(e.summary)}${citationsHtml(e, sources)}`;
}

/** The text of `dist/feed.xml`. */
export function atomFeed(file: EventsFile, options: AtomOptions = {}): string {
  const sources = sourceIndex(file.sources);
  const title = options.title ?? DEFAULT_TITLE;
  const feedId = `urn:uuid:${uuidV5(options.key ?? title)}`;
  const updated = newestPublished(file.sources) ?? EPOCH;
  const events = [...file.events].sort((a, b) => compareEvents(b, a));
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${options.lang ? ` xml:lang="${escapeXmlAttr(options.lang)}"` : ''}>`,
    `  <id>${feedId}</id>`,
    `  <title type="text">${escapeXml(title)}</title>`,
  ];
  if (options.description) out.push(`  <subtitle type="text">${escapeXml(options.description)}</subtitle>`);
  out.push(`  <updated>${timestamp(updated)}</updated>`);
  out.push(`  <author><name>${escapeXml(options.author ?? title)}</name></author>`);
  if (options.selfUrl) out.push(`  <link rel="self" type="application/atom+xml" href="${escapeXmlAttr(options.selfUrl)}"/>`);
  if (options.siteUrl) out.push(`  <link rel="alternate" type="text/html" href="${escapeXmlAttr(options.siteUrl)}"/>`);
  for (const e of events) {
    const dates = citedPublished(e, sources);
    const url = options.eventUrl?.(e);
    out.push('  <entry>');
    out.push(`    <id>urn:uuid:${uuidV5(`${feedId}/${e.id}`)}</id>`);
    out.push(`    <title type="text">${escapeXml(e.title)}</title>`);
    if (url) out.push(`    <link rel="alternate" type="text/html" href="${escapeXmlAttr(url)}"/>`);
    out.push(`    <published>${timestamp(dates?.oldest ?? updated)}</published>`);
    out.push(`    <updated>${timestamp(dates?.newest ?? updated)}</updated>`);
    if (e.context) out.push(`    <category term="Context"/>`);
    for (const tag of e.tags) if (tag !== '') out.push(`    <category term="${escapeXmlAttr(tag)}"/>`);
    out.push(`    <summary type="text">${escapeXml(e.summary)}</summary>`);
    out.push(`    <content type="html">${escapeXml(entryHtml(e, sources))}</content>`);
    out.push('  </entry>');
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}

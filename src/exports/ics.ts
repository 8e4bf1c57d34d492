/**
 * `dist/events.ics`: the events as an iCalendar file (RFC 5545), one all-day VEVENT each.
 *
 * Written by hand rather than with the `ics` package: `ics` (3.x) can be made deterministic (it
 * takes `timestamp` and `uid`), but it folds lines every 75 *characters*, not 75 octets, so a line
 * of accented, Cyrillic or emoji text comes out up to four times longer than RFC 5545 §3.1 allows;
 * it also adds `X-PUBLISHED-TTL` and keeps control characters that the TEXT grammar forbids. The
 * format needed here is small, so this file owns every byte.
 *
 * - `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE`, DTEND exclusive (last day + 1), so a one-day
 *   event spans one day and "27–30 November" spans four; see `eventSpan` for events with no end.
 * - `UID:<id>@timeline`, stable across builds.
 * - `DTSTAMP` from the data, not the clock: the newest source's publication date at 00:00 UTC
 *   (the same for every VEVENT), so two builds of the same data are byte-identical.
 * - TEXT values escaped (`\\`, `\;`, `\,`, newline → `\n`); other control characters dropped.
 * - Lines folded at 75 octets of UTF-8, never inside a character; CRLF line ends throughout.
 */
import type { EventsFile, TimelineEvent } from '../schema';
import {
  DEFAULT_TITLE,
  addDays,
  eventSpan,
  newestPublished,
  outletOf,
  sortEvents,
  sourceIndex,
  type ExportMeta,
  type Source,
} from './common';

export interface IcsOptions extends ExportMeta {
  /** Absolute URL of an event's page, for the URL property; left out when not given. */
  eventUrl?: (e: TimelineEvent) => string | undefined;
}

export const UID_DOMAIN = 'timeline';
export const PRODID = '-//timeline-publisher//events//EN';
/** DTSTAMP when the data has no sources at all (DTSTAMP is required). */
const EPOCH_STAMP = '19700101T000000Z';

/** Escapes a TEXT value (RFC 5545 §3.3.11). CR LF, CR and LF all become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, not counting the
 * CRLF; each continuation starts with one space, which counts. Splits only between code points, so
 * no UTF-8 sequence (or surrogate pair) is ever cut.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    // UTF-8 length from the code point: encoding each character was most of the calendar's build time.
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function date(iso: string): string {
  return iso.replace(/-/g, '');
}

function description(e: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const lines = [e.summary, '', `Date as reported: ${e.dateText}${e.approximate ? ' (approximate)' : ''}`];
  if (e.context) lines.push('Background to the story.');
  lines.push('', 'Sources:');
  for (const c of e.citations) lines.push(`${outletOf(sources, c.source)}: "${c.quote}"`);
  return lines.join('\n');
}

function vevent(e: TimelineEvent, sources: ReadonlyMap<string, Source>, stamp: string, url: string | undefined): string[] {
  const { first, last } = eventSpan(e);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${date(first)}`,
    `DTEND;VALUE=DATE:${date(addDays(last, 1))}`,
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(description(e, sources))}`,
  ];
  if (e.places.length) lines.push(`LOCATION:${escapeText(e.places.join('; '))}`);
  // CATEGORIES is a list: the commas between values stay bare, those inside a value are escaped.
  const categories = [...(e.context ? ['Context'] : []), ...e.tags].filter((t) => t !== '');
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (url) lines.push(`URL:${url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The text of `dist/events.ics`. */
export function eventsIcs(file: EventsFile, options: IcsOptions = {}): string {
  const sources = sourceIndex(file.sources);
  const newest = newestPublished(file.sources);
  const stamp = newest ? `${date(newest)}T000000Z` : EPOCH_STAMP;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.title ?? DEFAULT_TITLE)}`,
    ...(options.description ? [`X-WR-CALDESC:${escapeText(options.description)}`] : []),
    ...sortEvents(file.events).flatMap((e) => vevent(e, sources, stamp, options.eventUrl?.(e))),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

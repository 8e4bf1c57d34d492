/**
 * Helpers shared by the exports (src/exports/*.ts). Everything here is pure: no clock, no file
 * system, no randomness, so two builds from the same data are byte-identical.
 */
import { escapeHtml } from '../lib/html';
import { compareStrings } from '../lib/compare';
import type { EventsFile, TimelineEvent } from '../schema';

export type Source = EventsFile['sources'][number];

/** Site-wide words the exports print; the endpoints pass the site's own. */
export interface ExportMeta {
  /** Name of the timeline (feed title, calendar name, TimelineJS title slide). */
  title?: string;
  /** One or two sentences about it. */
  description?: string;
}

export const DEFAULT_TITLE = 'Timeline';

export { compareStrings };

/** The canonical order of events: start, then end (a missing end counts as the start), then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareStrings(a.start, b.start) ||
    compareStrings(a.end ?? a.start, b.end ?? b.start) ||
    compareStrings(a.id, b.id)
  );
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}

/** The canonical order of sources: published, then id. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => compareStrings(a.published, b.published) || compareStrings(a.id, b.id));
}

/** Sources by id. Pages and exports all index the one list of every source: it is indexed once. */
export function sourceIndex(sources: readonly Source[]): ReadonlyMap<string, Source> {
  let byId = indexed.get(sources);
  if (!byId) indexed.set(sources, (byId = new Map(sources.map((s) => [s.id, s]))));
  return byId;
}
const indexed = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

/** The outlet's name for a citation, or the bare source id when the source is missing. */
export function outletOf(sources: ReadonlyMap<string, Source>, id: string): string {
  return sources.get(id)?.outlet ?? id;
}

/** Adds whole days to a `YYYY-MM-DD` date (UTC arithmetic, so no DST surprises). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function lastDayOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The days an event covers, both ends inclusive. An explicit `end` wins; without one the precision
 * says how wide the start is: a `month` event covers its month, a `year` its year, a `week` seven
 * days, and `day`/`days` just the start.
 */
export function eventSpan(e: TimelineEvent): { first: string; last: string } {
  if (e.end !== undefined) return { first: e.start, last: e.end };
  switch (e.precision) {
    case 'month':
      return { first: e.start, last: lastDayOfMonth(e.start) };
    case 'year':
      return { first: e.start, last: `${e.start.slice(0, 4)}-12-31` };
    case 'week':
      return { first: e.start, last: addDays(e.start, 6) };
    default:
      return { first: e.start, last: e.start };
  }
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * A date for people, as exact as the precision allows: "22 November 2025", "27–30 November 2025",
 * "November 2025", "2025"; "c. " in front when the articles were vague. English, fixed format (no
 * locale data, so the output cannot change with the machine).
 */
export function displayDate(e: TimelineEvent): string {
  const s = parts(e.start);
  const end = e.end && e.end !== e.start ? parts(e.end) : undefined;
  let text: string;
  if (e.precision === 'year') {
    text = end && end.y !== s.y ? `${s.y}–${end.y}` : `${s.y}`;
  } else if (e.precision === 'month') {
    if (!end || (end.y === s.y && end.m === s.m)) text = `${MONTHS[s.m - 1]} ${s.y}`;
    else if (end.y === s.y) text = `${MONTHS[s.m - 1]}–${MONTHS[end.m - 1]} ${s.y}`;
    else text = `${MONTHS[s.m - 1]} ${s.y} – ${MONTHS[end.m - 1]} ${end.y}`;
  } else if (!end) {
    text = `${s.d} ${MONTHS[s.m - 1]} ${s.y}`;
  } else if (end.y !== s.y) {
    text = `${s.d} ${MONTHS[s.m - 1]} ${s.y} – ${end.d} ${MONTHS[end.m - 1]} ${end.y}`;
  } else if (end.m !== s.m) {
    text = `${s.d} ${MONTHS[s.m - 1]} – ${end.d} ${MONTHS[end.m - 1]} ${s.y}`;
  } else {
    text = `${s.d}–${end.d} ${MONTHS[s.m - 1]} ${s.y}`;
  }
  return e.approximate ? `c. ${text}` : text;
}

/** A source's publication date for people: "22 November 2025". */
export function displayPublished(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The newest `published` among the sources, or undefined when there are none. */
export function newestPublished(sources: readonly Source[]): string | undefined {
  let newest: string | undefined;
  for (const s of sources) if (newest === undefined || s.published > newest) newest = s.published;
  return newest;
}

/** Oldest and newest publication dates of the sources an event cites (those that exist). */
export function citedPublished(
  e: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
): { oldest: string; newest: string } | undefined {
  const dates = e.citations
    .map((c) => sources.get(c.source)?.published)
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates.length ? { oldest: dates[0]!, newest: dates[dates.length - 1]! } : undefined;
}


/** Plain text → HTML paragraphs: blank lines split paragraphs, single newlines become `<br>`. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The citations of an event as HTML: one `<blockquote>` each, quote escaped, attributed to the
 * outlet (linked to the article when its URL is known) with the article's title and date.
 */
export function citationsHtml(e: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  return e.citations
    .map((c) => {
      const s = sources.get(c.source);
      const outlet = escapeHtml(s?.outlet ?? c.source);
      const name = s?.url ? `<a href="${escapeHtml(s.url)}">${outlet}</a>` : outlet;
      const detail = s ? `, “${escapeHtml(s.title)}”, ${displayPublished(s.published)}` : '';
      return `<blockquote><p>“${escapeHtml(c.quote)}”</p><footer>— <cite>${name}</cite>${detail}</footer></blockquote>`;
    })
    .join('');
}

export { escapeHtml };

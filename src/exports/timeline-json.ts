/**
 * `dist/timeline.json`: the events in Knight Lab's TimelineJS3 JSON format
 * (timeline.knightlab.com/docs/json-format.html), so the file can be handed to
 * `new TL.Timeline('embed', 'timeline.json')` as it is.
 *
 * TimelineJS puts `headline`, `text` and `display_date` into the page as HTML, so every string from
 * the data is HTML-escaped here; the only markup is ours (paragraphs, blockquotes, links to sources).
 * That includes `group`: TimelineJS3's TimeGroup sets the row label with `innerHTML`.
 */
import type { EventsFile, TimelineEvent } from '../schema';
import {
  DEFAULT_TITLE,
  citationsHtml,
  displayDate,
  escapeHtml,
  sortEvents,
  sourceIndex,
  textToHtml,
  type ExportMeta,
  type Source,
} from './common';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  display_date: string;
  group?: string;
  unique_id: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

/** The group label TimelineJS rows events by: "Context" for background, else the first tag. */
export const CONTEXT_GROUP = 'Context';

/** A date cut to the event's precision: `month` drops the day, `year` keeps only the year. */
export function timelineDate(iso: string, precision: TimelineEvent['precision']): TimelineDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

function slide(e: TimelineEvent, sources: ReadonlyMap<string, Source>): TimelineSlide {
  const start = timelineDate(e.start, e.precision);
  const end = e.end !== undefined ? timelineDate(e.end, e.precision) : undefined;
  const sameEnd = end && end.year === start.year && end.month === start.month && end.day === start.day;
  const group = e.context ? CONTEXT_GROUP : e.tags[0];
  const dateNote = `<p class="tl-date-text">As reported: “${escapeHtml(e.dateText)}”${e.approximate ? ' (approximate)' : ''}</p>`;
  return {
    start_date: start,
    ...(end && !sameEnd ? { end_date: end } : {}),
    text: {
      headline: escapeHtml(e.title),
      text: `${textToHtml(e.summary)}${dateNote}${citationsHtml(e, sources)}`,
    },
    display_date: escapeHtml(displayDate(e)),
    ...(group !== undefined && group !== '' ? { group: escapeHtml(group) } : {}),
    unique_id: e.id,
  };
}

export function timelineJsData(file: EventsFile, meta: ExportMeta = {}): TimelineJs {
  const sources = sourceIndex(file.sources);
  return {
    title: {
      text: {
        headline: escapeHtml(meta.title ?? DEFAULT_TITLE),
        text: meta.description ? textToHtml(meta.description) : '',
      },
    },
    events: sortEvents(file.events).map((e) => slide(e, sources)),
  };
}

/** The text of `dist/timeline.json`: 2-space indent, trailing newline. */
export function timelineJson(file: EventsFile, meta: ExportMeta = {}): string {
  return `${JSON.stringify(timelineJsData(file, meta), null, 2)}\n`;
}

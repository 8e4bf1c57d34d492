/**
 * The timeline's view options in the URL query, shared by the home page and the embed
 * (`embed/index.html?people=a,b&from=2025-11-01&to=2025-11-30&event=x&theme=dark`): pure functions.
 *
 * Parsing is strict, and anything that does not pass is dropped, never shown: facet values and the
 * event must be ids the data has, dates must be real `YYYY-MM-DD` days (`from` after `to` drops
 * both), the theme one of a fixed set. What comes out is only ever ids from the data, dates that
 * passed the check and a theme from the list, so no part of the query can reach the page as markup.
 */
import { isIsoDate } from './dates';
import { emptyFilters, FACETS, parseFilters, serializeFilters, type Facet, type Filters } from './filters';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewOptions {
  filters: Filters;
  /** First day to show, `YYYY-MM-DD`. */
  from?: string;
  /** Last day to show, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** The id of the event to open. */
  event?: string;
  theme: Theme;
}

/** What the data has: the facet values (slugs) and the event ids. */
export type Known = Record<Facet, readonly string[]> & { events: readonly string[] };

/** The first value of `key` in a query string, decoded; undefined when absent. */
function param(search: string, key: string): string | undefined {
  return new URLSearchParams(search).get(key) ?? undefined;
}

/** The filters of `search` that name values the data has, unknown ones dropped. */
export function knownFilters(search: string, known: Known): Filters {
  const filters = parseFilters(search);
  for (const f of FACETS) filters[f] = filters[f].filter((v) => known[f].includes(v));
  return filters;
}

/** Reads the view options from a query string (with or without `?`). */
export function parseViewOptions(search: string, known: Known): ViewOptions {
  const options: ViewOptions = { filters: knownFilters(search, known), theme: 'auto' };
  let from = param(search, 'from');
  let to = param(search, 'to');
  if (from !== undefined && !isIsoDate(from)) from = undefined;
  if (to !== undefined && !isIsoDate(to)) to = undefined;
  if (from !== undefined && to !== undefined && from > to) from = to = undefined;
  if (from !== undefined) options.from = from;
  if (to !== undefined) options.to = to;
  const event = param(search, 'event');
  if (event !== undefined && known.events.includes(event)) options.event = event;
  const theme = param(search, 'theme') as Theme | undefined;
  if (theme !== undefined && THEMES.includes(theme)) options.theme = theme;
  return options;
}

/**
 * The query string for a view: `''` or `?…` with filters (sorted), `from`, `to`, `event` and a
 * theme other than `auto`, in that order. Values are ids and dates: they need no escaping.
 */
export function viewQuery(view: Partial<ViewOptions>): string {
  const parts = serializeFilters(view.filters ?? emptyFilters()).replace(/^\?/, '');
  const more = [
    view.from && isIsoDate(view.from) ? `from=${view.from}` : '',
    view.to && isIsoDate(view.to) ? `to=${view.to}` : '',
    view.event ? `event=${encodeURIComponent(view.event)}` : '',
    view.theme && view.theme !== 'auto' ? `theme=${view.theme}` : '',
  ];
  const query = [parts, ...more].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

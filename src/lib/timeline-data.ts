/**
 * What the home page embeds for its script (`<script type="application/json" id="tl_data">`) and the
 * filter choices it renders: pure functions from the `events.json` shape.
 *
 * The embedded data is read before the timeline is first drawn, so it is kept small and quick to
 * parse (it scales with the number of events): the ids and the titles each as one string, and the
 * rest as one list of numbers (dates as day numbers, facet values as indices into shared lists), so
 * that parsing it makes a handful of values, not tens of thousands; no summaries or quotes (the card
 * reuses the list's markup). `readTimelineData` gives the events back with their fields named.
 */
import type { EventsFile } from '../schema';
import { DAY, dayMs, isoDay, isUncertain } from './dates';
import { FACETS, slugify, type Facet } from './filters';

export interface TimelineData {
  /** Facet values (slugs), indexed by the events' facets. */
  people: string[];
  places: string[];
  outlets: string[];
  /** The events' ids, one after another (their lengths are in `numbers`). */
  ids: string;
  /** The events' titles, one after another. */
  titles: string;
  /**
   * Per event, in time order: `day, flags, id length, title length, facet count, ...facets`.
   *
   * - `day`: its start as days since 1970-01-01, written as the difference from the previous
   *   event's (the first event's from 0): the events are in time order, so most are a digit or two;
   * - `flags`: `FLAG.approximate | FLAG.uncertain | FLAG.context`, plus the days from its start to
   *   its end times `FLAG.end` (0 for one day);
   * - `facets`: indices into the facet values, people, then places, then outlets, as one list
   *   (a place `k` is `people.length + k`).
   */
  numbers: number[];
}

/** The bits of an event's `flags`. */
export const FLAG = {
  /** The words were vague. */
  approximate: 1,
  /** Drawn as uncertain: approximate, or known only to the week, month or year. */
  uncertain: 2,
  /** Background to the story. */
  context: 4,
  /** The days from start to end count in multiples of this. */
  end: 8,
} as const;

/**
 * Calls `each` for the events of `data` in order, with its id, title, start (days since
 * 1970-01-01), flags and where its facets are in `data.numbers` (read them with `facetsAt`).
 */
export function eachEvent(data: TimelineData, each: (id: string, title: string, day: number, flags: number, facets: number) => void): void {
  const n = data.numbers;
  let day = 0;
  let id = 0;
  let title = 0;
  for (let k = 0; k < n.length; k += 5 + n[k + 4]!) {
    const idEnd = id + n[k + 2]!;
    const titleEnd = title + n[k + 3]!;
    each(data.ids.slice(id, idEnd), data.titles.slice(title, titleEnd), (day += n[k]!), n[k + 1]!, k + 4);
    id = idEnd;
    title = titleEnd;
  }
}

/** The facet values of the event whose facets are at `at` in `data.numbers` (see `eachEvent`). */
export function facetsAt(data: TimelineData, at: number): Record<Facet, string[]> {
  const named: Record<Facet, string[]> = { people: [], places: [], outlets: [] };
  const people = data.people.length;
  const places = people + data.places.length;
  for (let j = 1; j <= data.numbers[at]!; j++) {
    const k = data.numbers[at + j]!;
    if (k < people) named.people.push(data.people[k]!);
    else if (k < places) named.places.push(data.places[k - people]!);
    else named.outlets.push(data.outlets[k - places]!);
  }
  return named;
}

/** An event of the embedded data with its fields named. */
export interface TimelineEntry {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end: string;
  approximate: boolean;
  uncertain: boolean;
  context: boolean;
  facets: Record<Facet, string[]>;
}

const dayOf = (iso: string) => dayMs(iso) / DAY;

/** The days from an event's start to its end (0 for one day), from its `flags`. */
export const daysToEnd = (flags: number) => Math.floor(flags / FLAG.end);

/** The events of the embedded data with their fields named (what the script reads). */
export function readTimelineData(data: TimelineData): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  eachEvent(data, (id, title, day, flags, facets) =>
    out.push({
      id,
      title,
      start: isoDay(day * DAY),
      end: isoDay((day + daysToEnd(flags)) * DAY),
      approximate: (flags & FLAG.approximate) > 0,
      uncertain: (flags & FLAG.uncertain) > 0,
      context: (flags & FLAG.context) > 0,
      facets: facetsAt(data, facets),
    }),
  );
  return out;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export type FacetOptions = Record<Facet, FacetOption[]>;

/** Event facet values as names: people and places as written, outlets of the cited sources. */
export function eventFacetNames(event: EventsFile['events'][number], outletOf: ReadonlyMap<string, string>): Record<Facet, string[]> {
  const outlets = event.citations.map((c) => outletOf.get(c.source)).filter((o): o is string => o !== undefined);
  return { people: event.people, places: event.places, outlets };
}

export function buildTimelineData(file: EventsFile): { data: TimelineData; options: FacetOptions } {
  const outletOf = new Map(file.sources.map((s) => [s.id, s.outlet]));
  const index: Record<Facet, Map<string, number>> = { people: new Map(), places: new Map(), outlets: new Map() };
  const tallies: Record<Facet, Map<string, FacetOption>> = { people: new Map(), places: new Map(), outlets: new Map() };
  const data: TimelineData = { people: [], places: [], outlets: [], ids: '', titles: '', numbers: [] };
  // Each event's facet values, as indices into each facet's list (known only once all are seen).
  const picked: Record<Facet, number[]>[] = [];

  for (const ev of file.events) {
    const names = eventFacetNames(ev, outletOf);
    const mine = {} as Record<Facet, number[]>;
    for (const facet of FACETS) {
      const seen = new Set<number>();
      for (const name of names[facet]) {
        const value = slugify(name);
        if (!value) continue;
        let i = index[facet].get(value);
        if (i === undefined) {
          i = data[facet].push(value) - 1;
          index[facet].set(value, i);
        }
        if (seen.has(i)) continue;
        seen.add(i);
        const tally = tallies[facet].get(value);
        if (tally) tally.count++;
        else tallies[facet].set(value, { value, label: name, count: 1 });
      }
      mine[facet] = [...seen];
    }
    picked.push(mine);
  }

  let previous = 0;
  const at = { people: 0, places: data.people.length, outlets: data.people.length + data.places.length };
  file.events.forEach((ev, n) => {
    const day = dayOf(ev.start);
    const end = ev.end && ev.end > ev.start ? dayOf(ev.end) : day;
    const flags =
      (ev.approximate ? FLAG.approximate : 0) | (isUncertain(ev) ? FLAG.uncertain : 0) | (ev.context ? FLAG.context : 0);
    const facets = FACETS.flatMap((f) => picked[n]![f].map((k) => k + at[f]));
    data.ids += ev.id;
    data.titles += ev.title;
    data.numbers.push(day - previous, flags + (end - day) * FLAG.end, ev.id.length, ev.title.length, facets.length, ...facets);
    previous = day;
  });

  const sorted = (m: Map<string, FacetOption>) =>
    [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  return { data, options: { people: sorted(tallies.people), places: sorted(tallies.places), outlets: sorted(tallies.outlets) } };
}

/**
 * JSON safe inside a `<script>` element: `<`, `>`, `&` as `\u` escapes (they only occur inside
 * strings, where the escapes mean the same), so `</script>` or `<!--` cannot end it; and in ASCII,
 * every other character escaped too, so that the page stays one-byte text (see `latin1Html`).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

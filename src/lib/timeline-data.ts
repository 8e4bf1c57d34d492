/**
 * What the home page embeds for its script (`<script type="application/json" id="tl_data">`) and the
 * filter choices it renders: pure functions from the `events.json` shape.
 *
 * The embedded data is read before the timeline is first drawn, so it is kept small and quick to
 * parse (it scales with the number of events): one array per event, not an object with keys; dates
 * as day numbers; facet values as indices into shared lists; no summaries or quotes (the card
 * reuses the list's markup). `readTimelineData` turns it back into named fields.
 */
import type { EventsFile } from '../schema';
import { DAY, dayMs, isUncertain } from './dates';
import { FACETS, slugify, type Facet } from './filters';

/**
 * One event: `[id, title, day, flags, ...facets]`.
 *
 * - `day`: its start as days since 1970-01-01, written as the difference from the previous
 *   event's (the first event's from 0): the events are in time order, so most are a digit or two;
 * - `flags`: `FLAG.approximate | FLAG.uncertain | FLAG.context`, plus the days from its start to
 *   its end times `FLAG.end` (0 for one day);
 * - `facets`: indices into the facet values, people, then places, then outlets, as one list
 *   (a place `k` is `people.length + k`).
 */
export type TimelineRow = [id: string, title: string, day: number, flags: number, ...facets: number[]];

/** The bits of a row's `flags`. */
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

export interface TimelineData {
  /** Facet values (slugs), indexed by the rows' facets. */
  people: string[];
  places: string[];
  outlets: string[];
  events: TimelineRow[];
}

/** A row with its fields named. */
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
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The events of the embedded data with their fields named (what the script reads from each row). */
export function readTimelineData(data: TimelineData): TimelineEntry[] {
  let day = 0;
  return data.events.map(([id, title, delta, flags, ...facets]) => {
    day += delta;
    const named: Record<Facet, string[]> = { people: [], places: [], outlets: [] };
    for (const k of facets) {
      const [facet, i] = facetOf(data, k);
      named[facet].push(data[facet][i]!);
    }
    return {
      id,
      title,
      start: isoOf(day),
      end: isoOf(day + Math.floor(flags / FLAG.end)),
      approximate: (flags & FLAG.approximate) > 0,
      uncertain: (flags & FLAG.uncertain) > 0,
      context: (flags & FLAG.context) > 0,
      facets: named,
    };
  });
}

/** Which facet a row's facet index `k` names, and its index in that facet's list. */
export function facetOf(data: Pick<TimelineData, Facet>, k: number): [Facet, number] {
  const people = data.people.length;
  const places = people + data.places.length;
  return k < people ? ['people', k] : k < places ? ['places', k - people] : ['outlets', k - places];
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
  const data: TimelineData = { people: [], places: [], outlets: [], events: [] };
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
  file.events.forEach((ev, n) => {
    const day = dayOf(ev.start);
    const end = ev.end && ev.end > ev.start ? dayOf(ev.end) : day;
    const flags =
      (ev.approximate ? FLAG.approximate : 0) | (isUncertain(ev) ? FLAG.uncertain : 0) | (ev.context ? FLAG.context : 0);
    const { people, places, outlets } = picked[n]!;
    const at = [0, data.people.length, data.people.length + data.places.length];
    data.events.push([
      ev.id,
      ev.title,
      day - previous,
      flags + (end - day) * FLAG.end,
      ...people.map((k) => k + at[0]!),
      ...places.map((k) => k + at[1]!),
      ...outlets.map((k) => k + at[2]!),
    ]);
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

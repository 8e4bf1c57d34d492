/**
 * What the home page embeds for its script (`<script type="application/json" id="tl_data">`) and the
 * filter choices it renders: pure functions from the `events.json` shape.
 *
 * The embedded data is kept small (it scales with the number of events): short keys, facet values
 * as indices into shared lists, no summaries or quotes (the card reuses the list's markup).
 */
import type { EventsFile, Precision } from '../schema';
import { FACETS, slugify, type Facet } from './filters';

export interface TimelineDatum {
  id: string;
  /** Title. */
  t: string;
  /** Start, `YYYY-MM-DD`. */
  s: string;
  /** End, when it differs from the start. */
  e?: string;
  p: Precision;
  /** Approximate (the words were vague). */
  a?: 1;
  /** Context: background to the story. */
  c?: 1;
  /** Indices into `people`, `places`, `outlets`. */
  f: [number[], number[], number[]];
}

export interface TimelineData {
  /** Slugs, indexed by the events' `f`. */
  people: string[];
  places: string[];
  outlets: string[];
  events: TimelineDatum[];
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

  for (const ev of file.events) {
    const names = eventFacetNames(ev, outletOf);
    const f = FACETS.map((facet) => {
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
      return [...seen];
    }) as TimelineDatum['f'];
    data.events.push({
      id: ev.id,
      t: ev.title,
      s: ev.start,
      ...(ev.end && ev.end !== ev.start ? { e: ev.end } : {}),
      p: ev.precision,
      ...(ev.approximate ? { a: 1 as const } : {}),
      ...(ev.context ? { c: 1 as const } : {}),
      f,
    });
  }

  const sorted = (m: Map<string, FacetOption>) =>
    [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  return { data, options: { people: sorted(tallies.people), places: sorted(tallies.places), outlets: sorted(tallies.outlets) } };
}

/**
 * JSON safe inside a `<script>` element: `<`, `>`, `&` and U+2028/9 as `\u` escapes (they only
 * occur inside strings, where the escapes mean the same), so `</script>` or `<!--` cannot end it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

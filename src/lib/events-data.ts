/** The site's one read of the content collections, shaped as the public `events.json` contract. */
import { getCollection } from 'astro:content';
import type { EventsFile } from '../schema';

import { compareStrings as cmp } from './compare';
import { sourceIndex } from '../exports/common';

let cached: Promise<EventsFile> | undefined;

export function loadEventsFile(): Promise<EventsFile> {
  cached ??= (async () => {
    const [sources, events] = await Promise.all([getCollection('sources'), getCollection('events')]);
    return {
      sources: sources
        .map(({ id, data }) => ({
          id,
          title: data.title,
          outlet: data.outlet,
          published: data.published,
          ...(data.url ? { url: data.url } : {}),
          ...(data.authors ? { authors: data.authors } : {}),
          ...(data.derivedFrom ? { derivedFrom: data.derivedFrom } : {}),
        }))
        .sort((a, b) => cmp(a.published, b.published) || cmp(a.id, b.id)),
      events: events
        .map((e) => e.data)
        .sort((a, b) => cmp(a.start, b.start) || cmp(a.end ?? a.start, b.end ?? b.start) || cmp(a.id, b.id)),
    };
  })();
  return cached;
}

type Source = EventsFile['sources'][number];
type Event = EventsFile['events'][number];

/** Lookups the event and source pages need, made once for the thousands of pages that use them. */
export interface EventsIndex {
  file: EventsFile;
  sourceById: ReadonlyMap<string, Source>;
  /** Each event's place in `file.events`. */
  positionOf: ReadonlyMap<string, number>;
  /** Per source, the events citing it (in `file.events`' order) with its citations in each. */
  citing: ReadonlyMap<string, ReadonlyArray<{ e: Event; quotes: Event['citations'] }>>;
}

let index: Promise<EventsIndex> | undefined;

export function loadEventsIndex(): Promise<EventsIndex> {
  index ??= loadEventsFile().then((file) => {
    const citing = new Map<string, Array<{ e: Event; quotes: Event['citations'] }>>();
    const positionOf = new Map<string, number>();
    file.events.forEach((e, i) => {
      if (!positionOf.has(e.id)) positionOf.set(e.id, i);
      const bySource = new Map<string, Event['citations']>();
      for (const c of e.citations) {
        const quotes = bySource.get(c.source);
        if (quotes) quotes.push(c);
        else bySource.set(c.source, [c]);
      }
      for (const [source, quotes] of bySource) {
        const list = citing.get(source);
        if (list) list.push({ e, quotes });
        else citing.set(source, [{ e, quotes }]);
      }
    });
    return { file, sourceById: sourceIndex(file.sources), positionOf, citing };
  });
  return index;
}

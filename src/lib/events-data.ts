/** The site's one read of the content collections, shaped as the public `events.json` contract. */
import { getCollection } from 'astro:content';
import type { EventsFile } from '../schema';

import { compareStrings as cmp } from './compare';

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

/**
 * `dist/events.json`: the public contract. Exactly `eventsFileSchema`, validated before it is
 * written, in a canonical form so that the same data always gives the same bytes:
 * - sources by published date then id, events by start, end, id;
 * - keys in the schema's order, optional keys left out when absent (never `null`);
 * - 2-space indent, `\n` line ends, one trailing newline.
 */
import { eventsFileSchema, type EventsFile, type TimelineEvent } from '../schema';
import { sortEvents, sortSources, type Source } from './common';

export class EventsFileError extends Error {
  override name = 'EventsFileError';
}

function canonicalSource(s: Source): Source {
  return {
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    published: s.published,
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.authors !== undefined ? { authors: [...s.authors] } : {}),
    ...(s.derivedFrom !== undefined ? { derivedFrom: s.derivedFrom } : {}),
  };
}

function canonicalEvent(e: TimelineEvent): TimelineEvent {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    ...(e.end !== undefined ? { end: e.end } : {}),
    precision: e.precision,
    ...(e.approximate !== undefined ? { approximate: e.approximate } : {}),
    dateText: e.dateText,
    summary: e.summary,
    ...(e.context !== undefined ? { context: e.context } : {}),
    people: [...e.people],
    places: [...e.places],
    tags: [...e.tags],
    citations: e.citations.map((c) => ({ source: c.source, quote: c.quote, paragraph: c.paragraph })),
  };
}

/**
 * Validates `file` against `eventsFileSchema` plus the cross-references the schema cannot see
 * (unique ids, citations that name a listed source, `derivedFrom` that names one) and returns it in
 * canonical form. Throws `EventsFileError` listing every problem.
 */
export function canonicalEventsFile(file: EventsFile): EventsFile {
  const parsed = eventsFileSchema.safeParse(file);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new EventsFileError(`events data does not match eventsFileSchema:\n${problems.join('\n')}`);
  }
  const data = parsed.data;
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const s of data.sources) {
    if (sourceIds.has(s.id)) problems.push(`  source "${s.id}" is listed twice`);
    sourceIds.add(s.id);
  }
  for (const s of data.sources) {
    if (s.derivedFrom !== undefined && !sourceIds.has(s.derivedFrom)) {
      problems.push(`  source "${s.id}" is derived from "${s.derivedFrom}", which is not a listed source`);
    }
  }
  const eventIds = new Set<string>();
  for (const e of data.events) {
    if (eventIds.has(e.id)) problems.push(`  event "${e.id}" is listed twice`);
    eventIds.add(e.id);
    for (const c of e.citations) {
      if (!sourceIds.has(c.source)) problems.push(`  event "${e.id}" cites "${c.source}", which is not a listed source`);
    }
  }
  if (problems.length) throw new EventsFileError(`events data is inconsistent:\n${problems.join('\n')}`);
  return {
    sources: sortSources(data.sources).map(canonicalSource),
    events: sortEvents(data.events).map(canonicalEvent),
  };
}

/** The text of `dist/events.json`. */
export function eventsJson(file: EventsFile): string {
  return `${JSON.stringify(canonicalEventsFile(file), null, 2)}\n`;
}

/**
 * The editors' decisions, kept in `content/editorial.yaml` and applied on every run of
 * `npm run events`, so a re-extraction never loses them. Keyed by event id:
 *
 * ```yaml
 * # Editors' decisions, applied on every run of `npm run events`, keyed by event id.
 * events:
 *   some-event-id:
 *     title: "Better title"          # any of: title, summary, start, end, precision, approximate,
 *                                    # dateText, tags, people, places, context (end: null removes the end)
 *     hide: true                     # drop the event from the timeline
 * merge:
 *   - into: event-id-a               # event-id-b's citations, people, places and tags move into a
 *     from: [event-id-b]             # (a keeps its own title, dates and summary)
 * split:
 *   - from: event-id                 # citations matching `sources` (and/or `quoteIncludes`) move to a new event
 *     sources: [source-id]           # source ids: file names in content/sources without .md
 *     quoteIncludes: "optional text" # case and white space do not matter
 *     as: new-event-id               # starts as a copy of `from` with only the moved citations
 *     title: "Its title"             # optional overrides like in `events`
 * ```
 *
 * Applied in this order: merge, then split, then the overrides under `events` (so they can name an
 * event made by a split), then hide. An id that matches no event is reported as a warning (the
 * extraction may have renamed it); nothing is dropped silently. Every event must still pass the
 * schema afterwards, or the run stops naming the event and the problem.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { eventSchema, isoDate, precisionSchema, slugId, type Citation, type TimelineEvent } from '../schema';

const overridesSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    start: isoDate,
    // null removes an end date the extraction found.
    end: isoDate.nullable(),
    precision: precisionSchema,
    approximate: z.boolean(),
    dateText: z.string().min(1),
    tags: z.array(z.string()),
    people: z.array(z.string()),
    places: z.array(z.string()),
    context: z.boolean(),
  })
  .partial()
  .strict();
type Overrides = z.infer<typeof overridesSchema>;

const eventEntrySchema = overridesSchema.extend({ hide: z.boolean().optional() }).strict();

const mergeSchema = z.object({ into: slugId, from: z.array(slugId).min(1) }).strict();

const splitSchema = overridesSchema
  .extend({
    from: slugId,
    sources: z.array(slugId).min(1).optional(),
    quoteIncludes: z.string().trim().min(1).optional(),
    as: slugId,
  })
  .strict()
  .refine((s) => s.sources !== undefined || s.quoteIncludes !== undefined, {
    message: 'say which citations move: give `sources`, `quoteIncludes` or both',
  });

/** `key:` with nothing after it is null in YAML: read it as empty. */
const emptyAs = <T extends z.ZodType>(schema: T, empty: unknown) => z.preprocess((v) => v ?? empty, schema);

export const editorialSchema = z
  .object({
    events: emptyAs(z.record(slugId, emptyAs(eventEntrySchema, {})), {}),
    merge: emptyAs(z.array(mergeSchema), []),
    split: emptyAs(z.array(splitSchema), []),
  })
  .strict();
export type Editorial = z.infer<typeof editorialSchema>;

export class EditorialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorialError';
  }
}

/** Reads the editorial file; every problem is listed with the file and the entry it is in. */
export function parseEditorial(raw: string, file: string): Editorial {
  const doc = parseDocument(raw.replace(/^\uFEFF/, ''), { prettyErrors: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line;
      return `${file}${line ? `:${line}` : ''}: not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '')}`;
    });
    throw new EditorialError(lines.join('\n'));
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = editorialSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    const problem =
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: ${allowedKeysHelp(issue.path)}`
        : issue.code === 'invalid_key'
          ? `not an event id: ${issue.issues[0]?.message ?? issue.message}`
          : issue.message;
    return `${file}: ${where ? `${where}: ` : ''}${problem}`;
  });
  throw new EditorialError(`${file} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function allowedKeysHelp(path: PropertyKey[]): string {
  const overrides = Object.keys(overridesSchema.shape).join(', ');
  if (path.length === 0) return 'the file has only events, merge and split';
  if (path[0] === 'events') return `an event entry takes hide and ${overrides}`;
  if (path[0] === 'merge') return 'a merge takes into and from';
  return `a split takes from, sources, quoteIncludes, as and ${overrides}`;
}

/** Applies the editors' decisions; ids that match nothing come back as warnings. */
export function applyEditorial(
  events: TimelineEvent[],
  ed: Editorial,
): { events: TimelineEvent[]; warnings: string[] } {
  const warnings: string[] = [];
  // Work on copies: the caller's events stay as extracted.
  let list: TimelineEvent[] = structuredClone(events);
  const find = (id: string) => list.find((e) => e.id === id);

  ed.merge.forEach((m, i) => {
    const into = find(m.into);
    if (!into) {
      warnings.push(`merge[${i}]: into "${m.into}" matches no event; nothing merged`);
      return;
    }
    for (const fromId of m.from) {
      const from = fromId === m.into ? undefined : find(fromId);
      if (!from) {
        warnings.push(`merge[${i}]: from "${fromId}" ${fromId === m.into ? 'is the event merged into' : 'matches no event'}; skipped`);
        continue;
      }
      into.citations = uniqueCitations([...into.citations, ...from.citations]);
      into.people = union(into.people, from.people);
      into.places = union(into.places, from.places);
      into.tags = union(into.tags, from.tags);
      list = list.filter((e) => e !== from);
    }
  });

  ed.split.forEach((s, i) => {
    const { from: fromId, sources, quoteIncludes, as, ...overrides } = s;
    const from = find(fromId);
    if (!from) {
      warnings.push(`split[${i}]: from "${fromId}" matches no event; nothing split`);
      return;
    }
    if (find(as)) {
      warnings.push(`split[${i}]: as "${as}" is already an event id; choose another; nothing split`);
      return;
    }
    const needle = quoteIncludes === undefined ? undefined : foldCase(quoteIncludes);
    const moves = (c: Citation) =>
      (sources === undefined || sources.includes(c.source)) && (needle === undefined || foldCase(c.quote).includes(needle));
    const moving = from.citations.filter(moves);
    const staying = from.citations.filter((c) => !moves(c));
    if (moving.length === 0) {
      warnings.push(`split[${i}]: no citation of "${fromId}" matches; nothing split`);
      return;
    }
    if (staying.length === 0) {
      warnings.push(`split[${i}]: every citation of "${fromId}" matches, which would leave it empty; nothing split (rename it under events instead)`);
      return;
    }
    from.citations = staying;
    list.push(applyOverrides({ ...structuredClone(from), id: as, citations: moving }, overrides));
  });

  for (const [id, entry] of Object.entries(ed.events)) {
    const { hide: _hide, ...overrides } = entry;
    const event = find(id);
    if (!event) {
      warnings.push(`events.${id}: matches no event; ignored`);
      continue;
    }
    list = list.map((e) => (e === event ? applyOverrides(e, overrides) : e));
  }

  const hidden = new Set(Object.entries(ed.events).filter(([, entry]) => entry.hide === true).map(([id]) => id));
  list = list.filter((e) => !hidden.has(e.id));

  const problems: string[] = [];
  list = list.map((e) => {
    const checked = eventSchema.safeParse(e);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      problems.push(`event "${e.id}": ${formatPath(issue.path) || 'event'}: ${issue.message}`);
    }
    return e;
  });
  if (problems.length > 0) {
    throw new EditorialError(
      `the editorial changes leave ${problems.length === 1 ? 'an event' : 'events'} invalid; fix content/editorial.yaml:\n${problems.join('\n')}`,
    );
  }

  list.sort(
    (a, b) =>
      compare(a.start, b.start) || compare(a.end ?? a.start, b.end ?? b.start) || compare(a.id, b.id),
  );
  return { events: list, warnings };
}

function applyOverrides(event: TimelineEvent, overrides: Overrides): TimelineEvent {
  const out: Record<string, unknown> = { ...event };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = structuredClone(value);
  }
  return out as TimelineEvent;
}

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = JSON.stringify([c.source, c.paragraph, c.quote]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function foldCase(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

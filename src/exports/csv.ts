/**
 * `dist/events.csv`: one row per event for spreadsheets, RFC 4180.
 *
 * - Header `id,start,end,precision,dateText,title,summary,context,people,places,tags,sources,quotes`.
 * - Lists joined with "; ". `sources` and `quotes` have one entry per citation, in the same order,
 *   so the n-th source id belongs to the n-th quote (a source cited twice appears twice). A quote
 *   that itself contains "; " makes that column ambiguous to split: use events.json for exact data.
 * - `end` is empty when the event has no end; `context` is `true` or `false`.
 * - Records end in CRLF; a field is wrapped in double quotes (inner quotes doubled) when it holds a
 *   comma, a double quote, CR or LF. Line breaks inside a field are kept as they are.
 * - UTF-8 without a byte-order mark (RFC 4180 and most tools; Excel may need "Import from text").
 *
 * Formula injection (CWE-1236): spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and
 * some also with TAB or CR) as a formula, e.g. `=HYPERLINK(...)` in an article quote. Such a cell
 * gets a leading apostrophe (`'=...`), the OWASP recommendation: spreadsheets show it as text and
 * hide the apostrophe. The cost: a program reading the CSV sees the apostrophe, so a reader that
 * wants the exact text drops one leading `'` when the next character is one of those six (or reads
 * events.json). The guard applies to every cell; ids, dates and precisions never trigger it.
 */
import type { EventsFile, TimelineEvent } from '../schema';
import { sortEvents } from './common';

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'precision', 'dateText', 'title', 'summary', 'context',
  'people', 'places', 'tags', 'sources', 'quotes',
] as const;

export const LIST_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would run as a formula (see the file comment). */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: guarded, then quoted when it must be. */
export function csvField(value: string): string {
  const v = guardFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function row(e: TimelineEvent): string[] {
  return [
    e.id,
    e.start,
    e.end ?? '',
    e.precision,
    e.dateText,
    e.title,
    e.summary,
    e.context ? 'true' : 'false',
    e.people.join(LIST_SEPARATOR),
    e.places.join(LIST_SEPARATOR),
    e.tags.join(LIST_SEPARATOR),
    e.citations.map((c) => c.source).join(LIST_SEPARATOR),
    e.citations.map((c) => c.quote).join(LIST_SEPARATOR),
  ];
}

/** The text of `dist/events.csv`: header plus one record per event in time order, CRLF after each. */
export function eventsCsv(file: EventsFile): string {
  const records = [[...CSV_COLUMNS], ...sortEvents(file.events).map(row)];
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

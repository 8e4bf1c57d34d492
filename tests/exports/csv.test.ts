import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, eventsCsv, guardFormula } from '../../src/exports/csv';
import type { TimelineEvent } from '../../src/schema';
import { HOSTILE, fixture, hostileFile } from './fixtures';

/** Undo the formula guard, as the file comment tells readers to. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function expectedRow(e: TimelineEvent): string[] {
  return [
    e.id, e.start, e.end ?? '', e.precision, e.dateText, e.title, e.summary, e.context ? 'true' : 'false',
    e.people.join('; '), e.places.join('; '), e.tags.join('; '),
    e.citations.map((c) => c.source).join('; '), e.citations.map((c) => c.quote).join('; '),
  ];
}

describe('eventsCsv', () => {
  const text = eventsCsv(hostileFile);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''));

  it('parses cleanly with papaparse, header first', () => {
    expect(parsed.errors).toEqual([]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]!.join(',')).toBe('id,start,end,precision,dateText,title,summary,context,people,places,tags,sources,quotes');
    expect(rows).toHaveLength(hostileFile.events.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('gives back every field literally (after dropping the formula guard), in time order', () => {
    const byId = new Map(hostileFile.events.map((e) => [e.id, e]));
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'full-scale-invasion', 'miami-meeting', 'plan-published', 'week-of-talks', 'geneva-talks',
    ]);
    for (const r of rows.slice(1)) expect(r.map(unguard)).toEqual(expectedRow(byId.get(r[0]!)!));
    const plan = rows.find((r) => r[0] === 'plan-published')!;
    expect(plan[6]).toBe(HOSTILE);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    const geneva = rows.find((r) => r[0] === 'geneva-talks')!;
    expect(geneva[5]).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(geneva[6]!.startsWith(`'+1 talks`)).toBe(true);
    expect(geneva[8]).toBe(`'-minus person; @handle`);
    expect(geneva[12]!.startsWith(`'=cmd|`)).toBe(true);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(guardFormula('\t=1')).toBe(`'\t=1`);
    expect(guardFormula('safe = text')).toBe('safe = text');
  });

  it('ends every record with CRLF and quotes only where needed', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain('\r\nweek-of-talks,2025-11-24,,week,this week,A week of talks,Talks all week.,false,,,,rewrite-miami,this week\r\n');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe(`'=1+1`);
    expect(csvField('=1,1')).toBe(`"'=1,1"`);
  });

  it('is deterministic and order-independent', () => {
    const shuffled = fixture();
    shuffled.events.reverse();
    expect(eventsCsv(shuffled)).toBe(text);
  });

  it('writes just the header for no events', () => {
    expect(eventsCsv({ sources: [], events: [] })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

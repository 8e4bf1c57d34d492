/**
 * The real build: runs the link checker over dist/ (building it with `npx astro build` when there is
 * none) and reads each export back with a parser of its format. Set BASE_PATH as for the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../src/schema';
import { CSV_COLUMNS } from '../../src/exports/csv';
import { checkFolder } from '../../scripts/lib/links-fs';
import { formatReport } from '../../scripts/lib/links';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
let builtHere = false;

beforeAll(() => {
  if (existsSync(join(DIST, 'index.html'))) return;
  const r = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  builtHere = true;
});

/** The export's text, or undefined when an older dist/ does not have it (a fresh build must). */
function exported(name: string): string | undefined {
  const path = join(DIST, name);
  if (!existsSync(path)) {
    if (builtHere) throw new Error(`the build did not write ${name}`);
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

describe('built site', () => {
  it('has no broken local links', () => {
    const result = checkFolder(DIST, { base: process.env.BASE_PATH || '/' });
    expect(result.broken, formatReport(result)).toEqual([]);
  });

  it('writes events.json that matches eventsFileSchema', (ctx) => {
    const text = exported('events.json');
    if (text === undefined) return ctx.skip();
    const data = eventsFileSchema.parse(JSON.parse(text));
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    const starts = data.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('writes the other exports in formats their parsers accept', (ctx) => {
    const json = exported('events.json');
    if (json === undefined) return ctx.skip();
    const data = eventsFileSchema.parse(JSON.parse(json));
    const ics = exported('events.ics');
    if (ics !== undefined) {
      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(data.events.map((e) => `${e.id}@timeline`));
    }
    const csv = exported('events.csv');
    if (csv !== undefined) {
      const parsed = Papa.parse<string[]>(csv.replace(/\r\n$/, ''));
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
      expect(parsed.data.slice(1).map((r) => r[0])).toEqual(data.events.map((e) => e.id));
    }
    const feed = exported('feed.xml');
    if (feed !== undefined) expect(XMLValidator.validate(feed)).toBe(true);
    const timeline = exported('timeline.json');
    if (timeline !== undefined) {
      expect(JSON.parse(timeline).events.map((e: { unique_id: string }) => e.unique_id)).toEqual(data.events.map((e) => e.id));
    }
  });
});

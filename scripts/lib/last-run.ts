/**
 * What the last successful run of `npm run events` left (`.cache/last-run.json`), and whether a new
 * run would find everything as it was: the shortcut of scripts/events-cli.ts, kept apart so that
 * scripts/events.mjs can take it before it starts the command itself.
 *
 * A run whose every input is as the last successful run left it (the same code, the same bytes in
 * content/sources and content/editorial.yaml, and content/events untouched since that run wrote it)
 * would write nothing and print what that run printed, with every file unchanged: the extraction
 * is deterministic and a run's own output read back gives the same ids (keep-ids.ts).
 *
 * Files are compared by their inode's number, size and change time rather than their bytes: any
 * write to a file, a rename or a new link changes its ctime, which no editor or tool can set back.
 */
import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './atomic';

/** Where the last run's inputs and report are kept. */
const LAST_RUN = '.cache/last-run.json';

export interface LastRun {
  /** sha256 of the code, the sources and the editorial file (`inputsHash`). */
  inputs: string;
  /** sha256 of content/events as the run left it. */
  events: string;
  /** What a run that changes nothing prints. */
  report: string;
}

/** The stat of a file as the caller took it already (undefined: take it now). */
export type KnownStats = (file: string) => BigIntStats | undefined;

/** Adds what tells a file's or folder's versions apart: its inode's number, size, mode and change times. */
function addStat(h: Hash, name: string, file: string, known?: KnownStats): void {
  const s = known?.(file) ?? lstatSync(file, { bigint: true });
  h.update(`${name}\0${s.ino}\0${s.size}\0${s.mode}\0${s.ctimeNs}\0${s.mtimeNs}\0`);
  if (s.isDirectory()) for (const e of readdirSync(file).sort()) addStat(h, `${name}/${e}`, path.join(file, e), known);
}

/** sha256 of the code, and of content/sources (every entry, all the way down) and editorial.yaml as they are on disk. */
export function inputsHash(root: string, code: string): string {
  const h = createHash('sha256').update(code).update('\0');
  addStat(h, 'sources', path.join(root, 'content/sources'));
  try {
    addStat(h, 'editorial', path.join(root, 'content/editorial.yaml'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    h.update('no editorial\0');
  }
  return h.digest('hex');
}

/**
 * sha256 of content/events as it is on disk; `known`, the stats of files a run took after it last
 * touched them (the folder itself is always asked again), spare asking for them again.
 */
export function eventsHash(root: string, known?: KnownStats): string {
  const h = createHash('sha256');
  const dir = path.join(root, 'content/events');
  addStat(h, 'events', dir, known && ((file) => (file === dir ? undefined : known(file))));
  return h.digest('hex');
}

/** The hashes, or undefined when a folder cannot be read (the run itself then says why). */
export function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function readLastRun(root: string): LastRun | undefined {
  return attempt(() => {
    const r = JSON.parse(readFileSync(path.join(root, LAST_RUN), 'utf8')) as Partial<LastRun>;
    return typeof r.inputs === 'string' && typeof r.events === 'string' && typeof r.report === 'string' ? (r as LastRun) : undefined;
  });
}

/** What `unchanged` found: the report to print again, or the inputs' hash the run will need (when it could be taken). */
export interface LastRunCheck {
  report?: string;
  inputs?: string;
}

/**
 * The report to print again when the code, the sources, the editorial file and content/events are
 * as the last run left them; else no report, with the inputs' hash the run will need.
 */
export function unchanged(root: string, code: string): LastRunCheck {
  const inputs = attempt(() => inputsHash(root, code));
  const last = inputs && readLastRun(root);
  if (last && last.inputs === inputs && attempt(() => eventsHash(root)) === last.events) return { report: last.report };
  return inputs ? { inputs } : {};
}

/** Written whole or not at all; failing to keep it only costs the next run its shortcut. */
export function saveLastRun(root: string, run: LastRun): void {
  attempt(() => writeAtomic(path.join(root, LAST_RUN), JSON.stringify(run)));
}

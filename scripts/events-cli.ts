/**
 * The `npm run events` command (scripts/events.mjs bundles and starts it).
 *
 * A run whose every input is as the last successful run left it (the same code, the same bytes in
 * content/sources and content/editorial.yaml, and content/events untouched since that run wrote it)
 * would write nothing and print what that run printed, with every file unchanged: the extraction
 * is deterministic and a run's own output read back gives the same ids (keep-ids.ts). So that run's
 * report is printed again, and nothing is loaded: the pipeline (and compromise, whose start-up alone
 * is a sizeable part of a run) is imported only when something changed.
 *
 * Files are compared by their inode's number, size and change time rather than their bytes: any
 * write to a file, a rename or a new link changes its ctime, which no editor or tool can set back.
 */
import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './lib/atomic';
import { summary } from './lib/summary';

/** Where the last run's inputs and report are kept. */
const LAST_RUN = '.cache/last-run.json';

interface LastRun {
  /** sha256 of the code, the sources and the editorial file (`inputsHash`). */
  inputs: string;
  /** sha256 of content/events as the run left it. */
  events: string;
  /** What a run that changes nothing prints. */
  report: string;
}

/** Adds what tells a file's or folder's versions apart: its inode's number, size, mode and change times. */
function addStat(h: Hash, name: string, file: string): void {
  const s = lstatSync(file, { bigint: true });
  h.update(`${name}\0${s.ino}\0${s.size}\0${s.mode}\0${s.ctimeNs}\0${s.mtimeNs}\0`);
  if (s.isDirectory()) for (const e of readdirSync(file).sort()) addStat(h, `${name}/${e}`, path.join(file, e));
}

/** sha256 of the code, and of content/sources (every entry, all the way down) and editorial.yaml as they are on disk. */
function inputsHash(root: string, code: string): string {
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

/** sha256 of content/events as it is on disk. */
function eventsHash(root: string): string {
  const h = createHash('sha256');
  addStat(h, 'events', path.join(root, 'content/events'));
  return h.digest('hex');
}

/** The hashes, or undefined when a folder cannot be read (the run itself then says why). */
function attempt<T>(f: () => T): T | undefined {
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

export interface CliOptions {
  root?: string;
  /** A fingerprint of the code that runs (events.mjs: of every file of the bundle); without it, every run runs. */
  code?: string;
}

/**
 * The command: in `root` (the current folder), reporting a failure without a stack trace. True when
 * it ran the extraction, false when nothing had changed.
 */
export async function cli({ root = process.cwd(), code }: CliOptions = {}): Promise<boolean> {
  try {
    const inputs = code === undefined ? undefined : attempt(() => inputsHash(root, code));
    const last = inputs && readLastRun(root);
    if (last && last.inputs === inputs && attempt(() => eventsHash(root)) === last.events) {
      console.log(last.report);
      return false;
    }
    const { buildEvents } = await import('./build-events');
    const result = await buildEvents({ root });
    // Kept only when the run's report holds nothing about this run's own I/O, and nothing changed meanwhile.
    if (inputs && result.cachesKept && attempt(() => inputsHash(root, code!)) === inputs) {
      const events = attempt(() => eventsHash(root));
      const { written } = result;
      const again = { ...written, written: 0, removed: 0, unchanged: written.written + written.unchanged };
      if (events) saveLastRun(root, { inputs, events, report: summary({ ...result, written: again }) });
    }
    return true;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error('Nothing was generated: content/events is as it was.');
    process.exit(1);
  }
}

/** Written whole or not at all; failing to keep it only costs the next run its shortcut. */
function saveLastRun(root: string, run: LastRun): void {
  attempt(() => writeAtomic(path.join(root, LAST_RUN), JSON.stringify(run)));
}

/**
 * Writes the generated event files into their folder (content/events) all at once or not at all,
 * and never over an editor's work.
 *
 * - All-or-nothing: the new folder is built as a temporary sibling and swapped in by renames only
 *   when every file was written; on any failure the old folder is left exactly as it was.
 * - Hand edits survive: `.generated.json` records the sha256 of each file as generated. A file whose
 *   content no longer matches (an editor changed it), or that was never generated (an editor's own
 *   file), is carried over as it is and reported, so the editor can move the change into
 *   content/editorial.yaml or delete the file to have it generated again.
 * - Quiet: byte-identical files are carried over as the same file (hard link), keeping their mtimes,
 *   and a run that changes nothing leaves the folder untouched.
 */
import { createHash } from 'node:crypto';
import { linkSync, lstatSync, readFileSync, type Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IdMemory } from './keep-ids';

export const MANIFEST_NAME = '.generated.json';

export interface EventFile {
  name: string;
  content: string;
}

export interface WriteEventFilesOptions {
  /** Writes one file of the new folder; tests replace it to fail mid-way. */
  writeFile?: (file: string, content: string) => Promise<void>;
  /** Kept in the manifest for the next run, so that events keep their ids (keep-ids.ts). */
  ids?: IdMemory;
}

export interface WriteEventFilesResult {
  /** Files written with new content (new events or changed ones). */
  written: number;
  /** Files already byte-identical, left as they were. */
  unchanged: number;
  /** Generated files of events that disappeared (and that nobody edited). */
  removed: number;
  /** Files kept as they are because an editor changed or added them, sorted. */
  keptHandEdited: string[];
  /** Those of `keptHandEdited` that were never generated (an editor's own files). */
  keptNotGenerated: string[];
}

type Manifest = Record<string, string>;

export async function writeEventFiles(
  dir: string,
  files: EventFile[],
  opts: WriteEventFilesOptions = {},
): Promise<WriteEventFilesResult> {
  checkNames(files);
  const writeFile = opts.writeFile ?? ((file: string, content: string) => fs.writeFile(file, content, 'utf8'));
  const target = path.resolve(dir);
  const existing = await listFolder(target);
  const manifest = existing ? await readManifest(target) : {};

  // What goes into the new folder, decided first and done only if the folder changes: a re-run
  // that changes nothing then reads the files and nothing else (files are read synchronously, which
  // is several times quicker than through promises for thousands of small files).
  const steps: Array<(tmp: string) => Promise<void>> = [];
  const carryOver = (name: string) => steps.push((tmp) => linkOrCopy(path.join(target, name), path.join(tmp, name)));
  const next: Manifest = {};
  const result: WriteEventFilesResult = { written: 0, unchanged: 0, removed: 0, keptHandEdited: [], keptNotGenerated: [] };
  const keep = (name: string) => {
    carryOver(name);
    result.keptHandEdited.push(name);
    // Keep the generated hash, so the file still reads as hand-edited next run.
    if (manifest[name] !== undefined) next[name] = manifest[name]!;
    else result.keptNotGenerated.push(name);
  };

  for (const file of [...files].sort((a, b) => compare(a.name, b.name))) {
    const hash = sha256(file.content);
    const current = existing?.get(file.name);
    if (current?.isFile()) {
      const currentHash = sha256(readFileSync(path.join(target, file.name)));
      if (currentHash === hash) {
        carryOver(file.name);
        next[file.name] = hash;
        result.unchanged++;
        continue;
      }
      if (manifest[file.name] !== currentHash) {
        keep(file.name);
        continue;
      }
    } else if (current) {
      // A folder or link where a generated file should go: an editor's, keep it.
      keep(file.name);
      continue;
    }
    steps.push((tmp) => writeFile(path.join(tmp, file.name), file.content));
    next[file.name] = hash;
    result.written++;
  }

  const generated = new Set(files.map((f) => f.name));
  for (const [name, entry] of existing ?? []) {
    if (name === MANIFEST_NAME || generated.has(name)) continue;
    // Dot files (.gitkeep, editor swap files) are not events: carry them, say nothing.
    if (name.startsWith('.')) {
      carryOver(name);
      continue;
    }
    const recorded = manifest[name];
    if (entry.isFile() && recorded !== undefined && sha256(readFileSync(path.join(target, name))) === recorded) {
      result.removed++;
      continue;
    }
    keep(name);
  }
  result.keptHandEdited.sort(compare);
  result.keptNotGenerated.sort(compare);

  const manifestText = serializeManifest(next, opts.ids);
  if (existing && result.written === 0 && result.removed === 0 && (await readText(path.join(target, MANIFEST_NAME))) === manifestText) {
    return result;
  }

  const tmp = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.tmp-`));
  try {
    await fs.chmod(tmp, existing ? (await fs.stat(target)).mode & 0o7777 : 0o755);
    for (const step of steps) await step(tmp);
    await writeFile(path.join(tmp, MANIFEST_NAME), manifestText);
    await swapIn(tmp, target, existing !== undefined);
    return result;
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Lines telling the editor what was kept and what to do about it; empty when nothing was kept. */
export function describeKeptFiles(dir: string, result: WriteEventFilesResult): string[] {
  const own = new Set(result.keptNotGenerated);
  return result.keptHandEdited.map((name) => {
    const file = path.join(dir, name);
    return own.has(name)
      ? `${file} was not generated (an editor's own file?) and was kept as it is; delete it if it is not wanted.`
      : `${file} was edited by hand and was kept as it is: move the change into content/editorial.yaml, then delete the file to have it generated again.`;
  });
}

function checkNames(files: EventFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name) || name === MANIFEST_NAME || name.startsWith('.')) {
      throw new Error(`cannot write an event file named ${JSON.stringify(name)}: use a plain file name such as "event-id.mdx"`);
    }
    if (seen.has(name)) throw new Error(`two event files are named "${name}": event ids must be unique`);
    seen.add(name);
  }
}

/** The folder's entries by name, or undefined when there is no folder yet. */
async function listFolder(dir: string): Promise<Map<string, Dirent> | undefined> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return new Map(entries.map((e) => [e.name, e]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_NAME);
  const text = await readText(file);
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    const files = parsed.files;
    if (typeof files === 'object' && files !== null && Object.values(files).every((v) => typeof v === 'string')) {
      return files as Manifest;
    }
  } catch {
    // Reported below.
  }
  // Guessing would risk overwriting hand edits (or keeping stale files forever): stop instead.
  throw new Error(
    `${file} is not a valid manifest: restore it from version control, or delete it (every file in ${dir} is then kept as hand-made until deleted)`,
  );
}

/**
 * The ids the last run gave its events, with their citations; empty when there is no manifest or
 * it has none (an older one). A manifest that is not valid is reported by `writeEventFiles`.
 */
export async function readEventIds(dir: string): Promise<IdMemory> {
  try {
    const { ids } = JSON.parse((await readText(path.join(dir, MANIFEST_NAME))) ?? '{}') as { ids?: unknown };
    const valid = typeof ids === 'object' && ids !== null && Object.values(ids).every((v) => Array.isArray(v) && v.every((k) => typeof k === 'string'));
    return valid ? (ids as IdMemory) : {};
  } catch {
    return {};
  }
}

function serializeManifest(files: Manifest, ids?: IdMemory): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => compare(a, b)));
  return `${JSON.stringify(
    {
      about:
        'Written by `npm run events`: the sha256 of each file as generated (a file that no longer matches was edited by hand and is kept, not regenerated), and each event id with its citations (so that an event keeps its id when its title changes).',
      files: sorted,
      ...(ids ? { ids } : {}),
    },
    null,
    2,
  )}\n`;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Same file in the new folder: a hard link keeps content and mtime without rewriting anything. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  const stat = lstatSync(from);
  if (stat.isFile()) {
    try {
      linkSync(from, to);
      return;
    } catch {
      // No hard links on this file system: copy, then restore the times.
    }
  }
  await fs.cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
}

/**
 * Replaces `target` with `tmp` by two renames (the old folder moved aside, then removed), so the
 * folder is never half-written; if the second rename fails the old folder is put back.
 */
async function swapIn(tmp: string, target: string, hadTarget: boolean): Promise<void> {
  if (!hadTarget) {
    await fs.rename(tmp, target);
    return;
  }
  const aside = `${tmp.replace(/\.tmp-([^/\\]*)$/, '.old-$1')}`;
  await fs.rename(target, aside);
  try {
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rename(aside, target);
    throw error;
  }
  await fs.rm(aside, { recursive: true, force: true });
}

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes the generated event files into their folder (content/events) all at once or not at all,
 * and never over an editor's work.
 *
 * - All-or-nothing: every new file is first written into a temporary sibling folder; only when all
 *   of them are written are they moved into place (each by a rename, so a reader sees a file's old
 *   content or its new one, never half), the files of events that disappeared moved out, and the
 *   manifest replaced last. On a failure while writing, the folder is left exactly as it was; on a
 *   failure while moving, what was moved is put back. A first run builds the whole folder beside
 *   and renames it into place.
 * - Hand edits survive: `.generated.json` records the sha256 of each file as generated. A file whose
 *   content no longer matches (an editor changed it), or that was never generated (an editor's own
 *   file), is carried over as it is and reported, so the editor can move the change into
 *   content/editorial.yaml or delete the file to have it generated again.
 * - Quiet: files whose content does not change are not touched at all (their inode, mtime and ctime
 *   stay), and a run that changes nothing leaves the folder untouched. On a re-run after one article
 *   changed, only a few files and the manifest are written: relinking every file into a new folder
 *   and removing the old one cost more than the rest of the writing.
 */
import { hash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, type Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IdMemory } from './keep-ids';

export const MANIFEST_NAME = '.generated.json';

/**
 * A file to write: its content, or the sha256 of its content (`contentHash`) with a way to make
 * the content when it is to be written (a re-run that knows the hash of every unchanged event's
 * MDX then makes only the changed ones').
 */
export type EventFile = { name: string; content: string } | { name: string; sha256: string; content: () => string };

/** The sha256 (hex) of a file's content, as the manifest records it. */
export const contentHash = (content: string | Buffer): string => hash('sha256', content, 'hex');

export interface WriteEventFilesOptions {
  /** Writes one new file (into the temporary folder); tests replace it to fail mid-way. */
  writeFile?: (file: string, content: string) => Promise<void>;
  /** Moves a file into or out of the folder; tests replace it to fail while the files are put in place. */
  rename?: (from: string, to: string) => void;
  /** Kept in the manifest for the next run, so that events keep their ids (keep-ids.ts). */
  ids?: IdMemory;
  /** The manifest as the caller read it already (`readManifestFile`), not to read it twice. */
  manifest?: ManifestRead;
  /**
   * The sha256 (hex) of the folder's files as they are on disk (by default, each file is read and
   * hashed), told of the files this run writes. `npm run events` passes a memo that knows the
   * files it saw or wrote and that have not changed since (scripts/lib/file-hashes.ts).
   */
  hashes?: ContentHashes;
}

export interface ContentHashes {
  hash(file: string): string;
  written?(file: string, sha256: string): void;
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
  const hashOf = (file: string) => (opts.hashes ? opts.hashes.hash(file) : contentHash(readFileSync(file)));
  const target = path.resolve(dir);
  const existing = await listFolder(target);
  const read = existing ? (opts.manifest ?? (await readManifestFile(target))) : { text: undefined };
  const manifest = manifestFiles(target, read);

  // What changes, decided first and done only if the folder changes: a re-run that changes nothing
  // then reads the files (or only their stats, through `hashOf`) and nothing else.
  const toWrite: Array<{ name: string; content: string }> = [];
  const toRemove: string[] = [];
  const next: Manifest = {};
  const result: WriteEventFilesResult = { written: 0, unchanged: 0, removed: 0, keptHandEdited: [], keptNotGenerated: [] };
  const keep = (name: string) => {
    result.keptHandEdited.push(name);
    // Keep the generated hash, so the file still reads as hand-edited next run.
    if (manifest[name] !== undefined) next[name] = manifest[name]!;
    else result.keptNotGenerated.push(name);
  };

  for (const file of [...files].sort((a, b) => compare(a.name, b.name))) {
    const hash = 'sha256' in file ? file.sha256 : contentHash(file.content);
    const current = existing?.get(file.name);
    if (current?.isFile()) {
      const currentHash = hashOf(path.join(target, file.name));
      if (currentHash === hash) {
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
    toWrite.push({ name: file.name, content: typeof file.content === 'string' ? file.content : file.content() });
    next[file.name] = hash;
    result.written++;
  }

  const generated = new Set(files.map((f) => f.name));
  for (const [name, entry] of existing ?? []) {
    // Dot files (.gitkeep, editor swap files) are not events: left as they are, said nothing of.
    if (name === MANIFEST_NAME || generated.has(name) || name.startsWith('.')) continue;
    const recorded = manifest[name];
    if (entry.isFile() && recorded !== undefined && hashOf(path.join(target, name)) === recorded) {
      toRemove.push(name);
      result.removed++;
      continue;
    }
    keep(name);
  }
  result.keptHandEdited.sort(compare);
  result.keptNotGenerated.sort(compare);

  const manifestText = serializeManifest(next, opts.ids);
  if (existing && toWrite.length === 0 && toRemove.length === 0 && read.text === manifestText) {
    return result;
  }

  const tmp = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.tmp-`));
  try {
    if (!existing) await fs.chmod(tmp, 0o755);
    for (const file of toWrite) await writeFile(path.join(tmp, file.name), file.content);
    await writeFile(path.join(tmp, MANIFEST_NAME), manifestText);
    if (existing) putInPlace(tmp, target, [...toWrite.map((f) => f.name), MANIFEST_NAME], toRemove, opts.rename ?? renameSync);
    else await fs.rename(tmp, target);
    for (const file of toWrite) opts.hashes?.written?.(path.join(target, file.name), next[file.name]!);
    return result;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Moves the files `written` (in `tmp`) into `target`, over the files they replace, after moving the
 * files `removed` out of it (into `tmp`, removed with it), the last of `written` last. Each file a
 * new one replaces is linked (or copied) into `tmp` first, so that on a failure every step done is
 * undone, in reverse: the folder is then as it was.
 */
function putInPlace(tmp: string, target: string, written: string[], removed: string[], rename: (from: string, to: string) => void): void {
  const old = path.join(tmp, '.replaced');
  mkdirSync(old);
  const undo: Array<() => void> = [];
  try {
    for (const name of removed) {
      rename(path.join(target, name), path.join(old, name));
      undo.push(() => rename(path.join(old, name), path.join(target, name)));
    }
    for (const name of written) {
      const to = path.join(target, name);
      const kept = backUp(to, path.join(old, name));
      rename(path.join(tmp, name), to);
      undo.push(kept ? () => rename(path.join(old, name), to) : () => unlinkSync(to));
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Put back what can be: the error below says what went wrong first.
      }
    }
    throw error;
  }
}

/** A link (or, without hard links, a copy) of `file` at `to`; false when there is no such file. */
function backUp(file: string, to: string): boolean {
  try {
    linkSync(file, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    copyFileSync(file, to);
    return true;
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

/** The manifest as read: its text (undefined when there is none), and its JSON (undefined when it does not parse). */
export interface ManifestRead {
  text: string | undefined;
  json?: unknown;
}

/** Reads the manifest of `dir` once, for `readEventIds` and `writeEventFiles` to share. */
export async function readManifestFile(dir: string): Promise<ManifestRead> {
  const text = await readText(path.join(path.resolve(dir), MANIFEST_NAME));
  if (text === undefined) return { text };
  try {
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    return { text };
  }
}

function manifestFiles(dir: string, read: ManifestRead): Manifest {
  if (read.text === undefined) return {};
  const files = (read.json as { files?: unknown } | null | undefined)?.files;
  if (typeof files === 'object' && files !== null && Object.values(files).every((v) => typeof v === 'string')) {
    return files as Manifest;
  }
  // Guessing would risk overwriting hand edits (or keeping stale files forever): stop instead.
  const file = path.join(dir, MANIFEST_NAME);
  throw new Error(
    `${file} is not a valid manifest: restore it from version control, or delete it (every file in ${dir} is then kept as hand-made until deleted)`,
  );
}

/**
 * The ids the last run gave its events, with their citations; empty when there is no manifest or
 * it has none (an older one). A manifest that is not valid is reported by `writeEventFiles`.
 */
export async function readEventIds(dir: string, read?: ManifestRead): Promise<IdMemory> {
  try {
    const { ids } = ((read ?? (await readManifestFile(dir))).json ?? {}) as { ids?: unknown };
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


function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

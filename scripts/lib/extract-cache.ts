/**
 * The extraction's cache on disk (src/extract/cache.ts): its memos in `file`, every source's result
 * in `file` with `-results.txt` for `.json` (read as bytes, each part parsed when the pipeline needs
 * it: src/extract/result-store.ts), and the per-source files in `dir`, read only when the pipeline
 * asks for one.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILE, ExtractCache } from '../../src/extract/cache';
import { writeAtomic } from './atomic';

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
const readOrUndefined = (file: string): string | undefined => attempt(() => readFileSync(file, 'utf8'));

/** The results' file beside the memos' `file`. */
export const resultsFile = (file: string) => file.replace(/\.json$/, '') + '-results.txt';

/** The cache kept in `file` and `dir`; missing, unreadable or of other code, it starts empty. */
export function openExtractCache(file: string, dir: string, codeVersion: string): ExtractCache {
  return ExtractCache.parse(
    attempt(() => readFileSync(file)),
    codeVersion,
    {
      read: (name) => readOrUndefined(path.join(dir, name)),
      readBytes: (name) => attempt(() => readFileSync(path.join(dir, name))),
    },
    attempt(() => readFileSync(resultsFile(file))),
  );
}

/**
 * Writes what changed (appending the new memos and results to their files while few of their lines
 * are unused, see ExtractCache.appendix), and removes the per-source files no source of the run uses.
 */
export function saveExtractCache(cache: ExtractCache, file: string, dir: string): void {
  // The corpus file names lines of the others: gone while they are written, written after them.
  rmSync(path.join(dir, CORPUS_FILE), { force: true });
  if (cache.changed) {
    const more = cache.appendix();
    if (more === undefined) writeAtomic(file, cache.serialize());
    else if (more) appendFileSync(file, more);
  }
  const results = cache.resultsToWrite();
  if (results && 'whole' in results) writeAtomic(resultsFile(file), results.whole);
  else if (results) appendFileSync(resultsFile(file), results.append);
  const { write, live } = cache.files();
  for (const [name, text] of write) writeAtomic(path.join(dir, name), text);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) if (!live.has(name)) rmSync(path.join(dir, name), { force: true });
  const corpus = cache.corpusToWrite();
  if (corpus !== undefined) writeAtomic(path.join(dir, CORPUS_FILE), corpus);
}

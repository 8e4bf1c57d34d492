/**
 * The extraction's cache on disk (src/extract/cache.ts): its serialised form in `file`, and the
 * per-source files in `dir`, read only when the pipeline asks for one.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ExtractCache } from '../../src/extract/cache';
import { writeAtomic } from './atomic';

const readOrUndefined = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The cache kept in `file` and `dir`; missing, unreadable or of other code, it starts empty. */
export function openExtractCache(file: string, dir: string, codeVersion: string): ExtractCache {
  return ExtractCache.parse(readOrUndefined(file), codeVersion, { read: (name) => readOrUndefined(path.join(dir, name)) });
}

/**
 * Writes what changed (appending the new memos to `file` while few of its lines are unused, see
 * ExtractCache.appendix), and removes the per-source files no source of the run uses.
 */
export function saveExtractCache(cache: ExtractCache, file: string, dir: string): void {
  if (cache.changed) {
    const more = cache.appendix();
    if (more === undefined) writeAtomic(file, cache.serialize());
    else if (more) appendFileSync(file, more);
  }
  const { write, live } = cache.files();
  for (const [name, text] of write) writeAtomic(path.join(dir, name), text);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) if (!live.has(name)) rmSync(path.join(dir, name), { force: true });
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from '../../src/extract/load-sources';

/** The sources of a folder, loaded as `npm run events` loads them. */
export function loadFolder(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), raw: readFileSync(path.join(dir, f)) }));
  return loadSources(files).sources;
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../bench/corpus';
import { CORPUS_FILE } from '../../src/extract/cache';
import { loadSources } from '../../src/extract/load-sources';
import { extractEvents } from '../../src/extract/pipeline';
import { openExtractCache, resultsFile, saveExtractCache } from './extract-cache';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  vi.restoreAllMocks();
});

describe('saveExtractCache', () => {
  it('writes the corpus file last, and leaves none when writing the others fails', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'extract-cache-'));
    dirs.push(root);
    const [file, dir] = [path.join(root, 'extract.json'), path.join(root, 'extract')];
    const { sources } = loadSources(generateCorpus({ articles: 8, seed: 3 }).files.map((f) => ({ file: `content/sources/${f.name}`, raw: f.content })));
    const first = openExtractCache(file, dir, 'code');
    const events = JSON.stringify(extractEvents(sources, { cache: first }));
    saveExtractCache(first, file, dir);
    expect(existsSync(path.join(dir, CORPUS_FILE))).toBe(true);
    expect(existsSync(resultsFile(file))).toBe(true);
    const second = openExtractCache(file, dir, 'code');
    expect(second.corpus()!.sources.size).toBe(sources.length);
    expect(JSON.stringify(extractEvents(sources, { cache: second }))).toBe(events);
    vi.spyOn(second, 'resultsToWrite').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => saveExtractCache(second, file, dir)).toThrow('disk full');
    expect(existsSync(path.join(dir, CORPUS_FILE))).toBe(false);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    // The next run, without it, replays what the memos asked: the same events.
    const third = openExtractCache(file, dir, 'code');
    expect(third.corpus()).toBeUndefined();
    expect(JSON.stringify(extractEvents(sources, { cache: third }))).toBe(events);
  });
});

/**
 * One timed extraction in a process of its own, so that its peak memory is its own:
 * `tsx scripts/bench/extract-run.ts <sources dir> [--cache <file>] [--code <fingerprint>]`.
 * Prints one line of JSON: times (ms) of loading and of extracting, the process's peak resident
 * memory, the report's counts and, with a cache, its hits and misses. With `--cache` the cache is
 * read from the file first (when it exists) and written back after.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExtractCache } from '../../src/extract/cache';
import { loadSources } from '../../src/extract/load-sources';
import { extractEvents } from '../../src/extract/pipeline';

export interface ExtractRun {
  articles: number;
  loadMs: number;
  extractMs: number;
  cacheReadMs?: number;
  cacheWriteMs?: number;
  sentences: number;
  mentions: number;
  events: number;
  warnings: number;
  peakRssMb: number;
  heapUsedMb: number;
  hits?: number;
  misses?: number;
}

function main() {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) throw new Error('usage: extract-run.ts <sources dir> [--cache <file>] [--code <fingerprint>]');
  const opt = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const cacheFile = opt('--cache');
  const t0 = performance.now();
  const names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const files = names.map((n) => ({ file: path.join('content/sources', n), raw: readFileSync(path.join(dir, n)) }));
  const { sources } = loadSources(files);
  const t1 = performance.now();
  let cache: ExtractCache | undefined;
  let cacheReadMs: number | undefined;
  if (cacheFile) {
    cache = ExtractCache.parse(existsSync(cacheFile) ? readFileSync(cacheFile) : undefined, opt('--code') ?? '');
    cacheReadMs = performance.now() - t1;
  }
  const t2 = performance.now();
  const { report } = extractEvents(sources, cache ? { cache } : {});
  const t3 = performance.now();
  let cacheWriteMs: number | undefined;
  if (cache && cacheFile) {
    if (cache.changed) writeFileSync(cacheFile, cache.serialize());
    cacheWriteMs = performance.now() - t3;
  }
  const out: ExtractRun = {
    articles: sources.length,
    loadMs: t1 - t0,
    extractMs: t3 - t2,
    ...(cacheReadMs !== undefined ? { cacheReadMs } : {}),
    ...(cacheWriteMs !== undefined ? { cacheWriteMs } : {}),
    sentences: report.sentences,
    mentions: report.mentions,
    events: report.events,
    warnings: report.warnings.length,
    // maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    ...(cache ? { hits: cache.hits, misses: cache.misses } : {}),
  };
  console.log(JSON.stringify(out));
}

main();

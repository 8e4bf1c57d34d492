import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { Answers, codeFingerprint, CORPUS_FILE, entryFile, ExtractCache, hashDeps, memoized, namesFor, NotRecordable, PAIRS_FILE, recallOrCompute, WORDS_FILE, RecordingSet, sourceKey, type SentenceEntry } from './cache';
import { loadSources, type SourceFile } from './load-sources';
import { PairsMemo } from './merge-pairs';
import { findNames } from './names';
import { extractEvents } from './pipeline';

const ROOT = path.resolve(import.meta.dirname, '../..');

function realCorpus(): SourceFile[] {
  const dir = path.join(ROOT, 'content/sources');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: `content/sources/${f}`, raw: readFileSync(path.join(dir, f)) }));
}

function generated(articles: number): SourceFile[] {
  return generateCorpus({ articles, seed: 7 }).files.map((f) => ({ file: `content/sources/${f.name}`, raw: f.content }));
}

const json = (x: unknown) => JSON.stringify(x);

/** A cache's files as a run leaves them on disk: the per-source files kept, the unused removed, the results' file. */
class Disk {
  readonly files = new Map<string, string | Uint8Array>();
  results: Uint8Array | undefined;
  /** The cache as a new run reads it back. */
  reread(cache: ExtractCache, version: string): ExtractCache {
    this.files.delete(CORPUS_FILE);
    const { write, live } = cache.files();
    for (const [name, text] of write) this.files.set(name, text);
    for (const name of [...this.files.keys()]) if (!live.has(name)) this.files.delete(name);
    const corpus = cache.corpusToWrite();
    if (corpus !== undefined) this.files.set(CORPUS_FILE, corpus);
    const results = cache.resultsToWrite();
    if (results && 'whole' in results) this.results = results.whole;
    else if (results) this.results = Buffer.concat([this.results!, results.append]);
    return this.open(cache.serialize(), version);
  }
  /** A cache of these files, with the memos `serialized`. */
  open(serialized: string | undefined, version: string): ExtractCache {
    return ExtractCache.parse(serialized, version, this.store(), this.results);
  }
  /** What a cache reads the files through. */
  store() {
    const text = (name: string) => {
      const f = this.files.get(name);
      return typeof f === 'string' ? f : undefined;
    };
    const bytes = (name: string) => {
      const f = this.files.get(name);
      return f instanceof Uint8Array ? f : undefined;
    };
    return { read: text, readBytes: bytes };
  }
  /** The results' file's lines (after its first), and its text with other lines. */
  resultLines(): string[] {
    return Buffer.from(this.results!).toString('utf8').split('\n').slice(1, -1);
  }
  setResultLines(lines: string[]): void {
    const first = Buffer.from(this.results!).toString('utf8').split('\n')[0]!;
    this.results = Buffer.from([first, ...lines, ''].join('\n'));
  }
}

/** A results' line's key and parts (index 1 on: known, names deps, asked, value, mentions deps, asked, value, id), and a line of them. */
function splitResult(line: string): string[] {
  const bytes = Buffer.from(line);
  const tab = bytes.indexOf(9);
  const lengths = bytes.subarray(65, tab).toString().split(',').map(Number);
  const parts = [line.slice(0, 64)];
  let at = tab + 1;
  for (const n of lengths) parts.push(bytes.subarray(at, (at += n)).toString());
  return parts;
}
const joinResult = ([key, ...parts]: string[], lengths = parts.map((p) => Buffer.byteLength(p))) => `${key} ${lengths.join(',')}\t${parts.join('')}`;

/** The files with a paragraph added at the end of file `i`. */
const withParagraph = (files: SourceFile[], i: number, paragraph: string) =>
  files.map((f, k) => (k === i ? { ...f, raw: `${String(f.raw).replace(/\n*$/, '')}\n\n${paragraph}\n` } : f));
const MEETING = 'The two delegations met again in Saltmere on Monday, a senior diplomat said.';

/** `n` generated articles extracted once with a cache, and that cache written to a disk and read back (`reread`). */
function cachedOnDisk(n: number) {
  const files = generated(n);
  const { sources } = loadSources(files);
  const cache = new ExtractCache('code');
  extractEvents(sources, { cache });
  const disk = new Disk();
  const reread = disk.reread(cache, 'code');
  return { files, sources, cache, disk, reread };
}

describe('extraction with a cache', () => {
  for (const [name, files] of [
    ['the real corpus', realCorpus()],
    ['a generated corpus', generated(40)],
  ] as const) {
    it(`gives the same events as without, cold, warm and after a round trip (${name})`, () => {
      const { sources } = loadSources([...files]);
      const plain = json(extractEvents(sources));
      const cache = new ExtractCache('code');
      expect(json(extractEvents(sources, { cache }))).toBe(plain);
      expect([cache.hits, cache.misses]).toEqual([0, sources.length]);
      // Warm, in memory: the same objects served twice must not have been changed by the first run.
      expect(json(extractEvents(sources, { cache }))).toBe(plain);
      const disk = new Disk();
      const reread = disk.reread(cache, 'code');
      expect(json(extractEvents(sources, { cache: reread }))).toBe(plain);
      expect([reread.hits, reread.misses]).toEqual([sources.length, 0]);
      expect([reread.changed, reread.files().write.length]).toEqual([false, 0]);
      // Every source's result was served whole: its sentences were not even read.
      const partial = new Disk();
      const results = partial.reread(cache, 'code');
      for (const name of [...partial.files.keys()]) if (name.endsWith('.sentences.json')) partial.files.delete(name);
      expect(json(extractEvents(sources, { cache: results }))).toBe(plain);
      expect(results.misses).toBe(0);
    });
  }

  it('analyses again only the source that changed, and the events follow the change', () => {
    const files = generated(25);
    const { sources } = loadSources(files);
    const cache = new ExtractCache('code');
    extractEvents(sources, { cache });
    const changed = withParagraph(files, 3, 'Dallimore met Varnholt in Karsk on Tuesday to discuss the grain corridor deal.');
    const { sources: after } = loadSources(changed);
    const disk = new Disk();
    const reread = disk.reread(cache, 'code');
    const cached = json(extractEvents(after, { cache: reread }));
    expect([reread.hits, reread.misses]).toEqual([sources.length - 1, 1]);
    expect(cached).toBe(json(extractEvents(after)));
    expect(cached).not.toBe(json(extractEvents(sources)));
    // Only the files of the sources in use are kept: the old version of the changed source's are dropped.
    const third = disk.reread(reread, 'code');
    const keys = after.map((src) => third.keyOf(src));
    expect([...disk.files.keys()].sort()).toEqual([...keys.map(entryFile), CORPUS_FILE, PAIRS_FILE, WORDS_FILE].sort());
    // The results' file holds a line for each source of the run (those made in the change run appended).
    expect(disk.resultLines().map((l) => l.slice(0, 64))).toEqual(expect.arrayContaining(keys));
    // The next run has nothing to redo.
    expect(json(extractEvents(after, { cache: third }))).toBe(cached);
    expect([third.hits, third.misses, third.changed, third.files().write.length]).toEqual([sources.length, 0, false, 0]);
  });

  it('sums the pairs of unchanged mentions from the kept parts, and merges as from scratch with that memo whole, cut short, stale or corrupt', () => {
    const { files, sources, cache, disk } = cachedOnDisk(30);
    const kept = Buffer.from(disk.files.get(PAIRS_FILE) as Uint8Array);
    const memo = PairsMemo.parse(kept, cache.version);
    // Every dated mention is listed (its pairs all kept).
    expect(memo.size).toBe(extractEvents(sources).report.mentions);
    const changed = withParagraph(files, 7, MEETING);
    const { sources: after } = loadSources(changed);
    const fresh = json(extractEvents(after));
    const flipped = Buffer.from(kept);
    flipped[flipped.length - 3]! ^= 1;
    for (const pairs of [kept, kept.subarray(0, kept.length >> 1), Buffer.from(kept.toString('latin1').replace(cache.version, 'x'.repeat(cache.version.length)), 'latin1'), Buffer.from('{"version":'), flipped]) {
      disk.files.set(PAIRS_FILE, pairs);
      const reread = disk.open(cache.serialize(), 'code');
      expect(json(extractEvents(after, { cache: reread }))).toBe(fresh);
      expect(reread.misses).toBe(1);
      // What it keeps lists every mention of the run.
      const next = PairsMemo.parse(reread.files().write.find(([name]) => name === PAIRS_FILE)![1] as Uint8Array, cache.version);
      expect(next.size).toBe(JSON.parse(fresh).report.mentions);
    }
  });

  it('serves a source whose result no longer holds from its kept sentences, without analysing it again', () => {
    const { sources, cache, disk } = cachedOnDisk(25);
    // A result whose recorded answers no longer hold, as when another article changes the registry.
    const key = cache.keyOf(sources[0]!);
    const lines = disk.resultLines();
    const at = lines.findIndex((l) => l.startsWith(key));
    const parts = splitResult(lines[at]!);
    const asked = JSON.parse(parts[6]!) as Array<[string, string, string]>;
    expect(asked.length).toBeGreaterThan(0);
    asked[0]![2] = '"an answer the registry never gives"';
    parts[6] = JSON.stringify(asked);
    lines[at] = joinResult(parts);
    disk.setResultLines(lines);
    // (Without the last run's corpus: with it, an unchanged registry would serve the result unasked.)
    disk.files.delete(CORPUS_FILE);
    const reread = disk.open(cache.serialize(), 'code');
    expect(json(extractEvents(sources, { cache: reread }))).toBe(json(extractEvents(sources)));
    expect([reread.hits, reread.misses]).toEqual([sources.length, 0]);
    expect(reread.files().write.map(([name]) => name)).toEqual([]);
    // Only that source's result is written again: appended.
    const more = reread.resultsToWrite();
    expect(more && 'append' in more && Buffer.from(more.append).toString('utf8').split('\n').filter(Boolean).map((l) => l.slice(0, 64))).toEqual([key]);
  });

  it('computes a source whose result line is cut short, has a part that does not parse, or is of other code, and merges as from scratch', () => {
    const { sources, cache, disk } = cachedOnDisk(20);
    const plain = json(extractEvents(sources));
    const lines = disk.resultLines();
    const damaged = (k: number, part: number, text: string) => lines.map((l, i) => (i === k ? joinResult(splitResult(l).map((p, j) => (j === part ? text : p))) : l));
    const whole = disk.results!;
    for (const variant of [
      damaged(2, 1, '["cut'),
      damaged(3, 4, '[[{"text":'),
      damaged(4, 7, '{"dated":'),
      damaged(5, 8, 'not json'),
      lines.map((l, i) => (i === 6 ? joinResult(splitResult(l).slice(0, 5)) : l)),
      // Lengths that do not add up to the line, or a header cut short.
      lines.map((l, i) => (i === 7 ? joinResult(splitResult(l), [...splitResult(l).slice(1).map((p) => Buffer.byteLength(p)).slice(0, -1), 1]) : l)),
      lines.map((l, i) => (i === 8 ? l.slice(0, 70) : l)),
    ]) {
      disk.setResultLines(variant);
      const reread = disk.open(cache.serialize(), 'code');
      expect(json(extractEvents(sources, { cache: reread }))).toBe(plain);
      // The damaged source's result is written again, the others' served.
      expect(reread.misses).toBe(0);
      disk.results = whole;
    }
    // The file cut short mid-line, of other code, or not there at all.
    for (const results of [whole.subarray(0, whole.length >> 1), Buffer.from(Buffer.from(whole).toString('utf8').replace('code', 'other')), undefined]) {
      disk.results = results;
      const reread = disk.open(cache.serialize(), 'code');
      expect(json(extractEvents(sources, { cache: reread }))).toBe(plain);
      const more = reread.resultsToWrite();
      expect(more && 'whole' in more).toBe(true);
    }
  });

  it('keeps compromise’s answers about words for the next run, and gives the same events with that file stale or corrupt', () => {
    const { sources, cache, disk } = cachedOnDisk(15);
    const plain = json(extractEvents(sources));
    const kept = JSON.parse(disk.files.get(WORDS_FILE) as string) as { version: string; answers: { tags: Record<string, string[]> } };
    expect(kept.version).toBe(cache.version);
    expect(Object.keys(kept.answers.tags).length).toBeGreaterThan(10);
    for (const words of [JSON.stringify(kept), JSON.stringify({ ...kept, version: 'other' }), '{"version":', undefined]) {
      if (words === undefined) disk.files.delete(WORDS_FILE);
      else disk.files.set(WORDS_FILE, words);
      const reread = disk.open(cache.serialize(), 'code');
      expect(json(extractEvents(sources, { cache: reread }))).toBe(plain);
    }
  });

  it('serves the memos the last run checked without replaying them while the corpus answers alike, and only those', () => {
    const { files, sources, disk, reread: second } = cachedOnDisk(25);
    const corpus = second.corpus()!;
    expect(corpus.sources.size).toBe(sources.length);
    expect(corpus.memos.size).toBeGreaterThan(10);
    // Nothing changed: every memo is served without a question asked of the corpus.
    const plain = json(extractEvents(sources));
    const asked = vi.spyOn(Answers.prototype, 'get');
    expect(json(extractEvents(sources, { cache: second }))).toBe(plain);
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
    // One article changed: the same events as from scratch, and the next run's corpus names its result.
    const changed = withParagraph(files, 4, MEETING);
    const { sources: after } = loadSources(changed);
    const third = disk.reread(second, 'code');
    expect(json(extractEvents(after, { cache: third }))).toBe(json(extractEvents(after)));
    const fourth = disk.reread(third, 'code');
    expect(fourth.corpus()!.sources.has(fourth.keyOf(after[4]!))).toBe(true);
    expect(json(extractEvents(after, { cache: fourth }))).toBe(json(extractEvents(after)));
    // A corpus file of other code, corrupt or missing: the memos are replayed, with the same events.
    for (const text of [JSON.stringify({ ...JSON.parse(disk.files.get(CORPUS_FILE) as string), version: 'other' }), '{"version":', undefined]) {
      if (text === undefined) disk.files.delete(CORPUS_FILE);
      else disk.files.set(CORPUS_FILE, text);
      const reread = disk.open(fourth.serialize(), 'code');
      expect(reread.corpus()).toBeUndefined();
      expect(json(extractEvents(after, { cache: reread }))).toBe(json(extractEvents(after)));
    }
  });

  it('starts empty on another version of the code, and on a corrupt or missing file', () => {
    const { sources } = loadSources(generated(3));
    const cache = new ExtractCache('v1');
    extractEvents(sources, { cache });
    const disk = new Disk();
    const misses = (c: ExtractCache) => (extractEvents(sources, { cache: c }), c.misses);
    expect(misses(disk.reread(cache, 'v1'))).toBe(0);
    expect(misses(disk.reread(cache, 'v2'))).toBe(3);
    const read = disk.store();
    expect(misses(ExtractCache.parse('{"version":', 'v1', read))).toBe(0);
    for (const name of disk.files.keys()) disk.files.set(name, '{"version":');
    expect(misses(ExtractCache.parse(undefined, 'v1', read))).toBe(3);
    expect(misses(ExtractCache.parse(undefined, 'v1'))).toBe(3);
  });

  it('keys a source by what its analysis reads', () => {
    const { sources } = loadSources(generated(2));
    const s = sources[0]!;
    const k = sourceKey(s, 'v');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceKey({ ...s, meta: { ...s.meta, outlet: 'Elsewhere' } }, 'v')).toBe(k);
    expect(sourceKey({ ...s, body: `${s.body} ` }, 'v')).not.toBe(k);
    expect(sourceKey({ ...s, meta: { ...s.meta, published: '2001-01-01' } }, 'v')).not.toBe(k);
    expect(sourceKey(s, 'w')).not.toBe(k);
    expect(codeFingerprint([['b.ts', '2'], ['a.ts', '1']])).toBe(codeFingerprint([['a.ts', '1'], ['b.ts', '2']]));
    expect(codeFingerprint([['a.ts', '1']])).not.toBe(codeFingerprint([['a.ts', '2']]));
  });
});

describe('names for the corpus-wide known set', () => {
  it('reuses a recorded run only when the known set gives the same answers', () => {
    // A sentence-initial word is a name only when it is known as one elsewhere.
    const text = 'Varnholt later met envoys in Karsk.';
    const none = new RecordingSet(false);
    const all = new RecordingSet(true);
    const entry: SentenceEntry = {
      sentence: { paragraph: 1, start: 0, end: text.length, text },
      expressions: [],
      names: findNames(text, [], none.asSet()),
      asked: [...none.asked],
      ifKnown: { names: findNames(text, [], all.asSet()), asked: [...all.asked] },
    };
    for (const known of [new Set<string>(), new Set(['varnholt']), new Set(['karsk', 'varnholt'])]) {
      expect(namesFor(entry, known)).toEqual(findNames(text, [], known));
    }
  });
});

describe('recallOrCompute', () => {
  const kinds: Record<string, string> = { karsk: 'place', marwick: 'person' };
  const opts = { kind: (k: string) => kinds[k] ?? 'org', limit: 3 };
  const compute = (o: typeof opts) => ['karsk', 'marwick'].map((k) => `${k}:${o.kind(k)}`).slice(0, o.limit);

  it('computes, recording what the options answered, then recalls while the answers hold', () => {
    let calls = 0;
    const counted = (o: typeof opts) => (calls++, compute(o));
    const first = recallOrCompute(undefined, 'd', opts, counted);
    expect([first.hit, calls, first.value]).toEqual([false, 1, ['karsk:place', 'marwick:person']]);
    expect(first.memo.asked).toHaveLength(2);
    const stored = JSON.parse(JSON.stringify(first.memo));
    const again = recallOrCompute(stored, 'd', opts, counted);
    expect([again.hit, calls, again.value]).toEqual([true, 1, first.value]);
  });

  it('computes again when an answer or the dependencies changed', () => {
    const { memo } = recallOrCompute(undefined, 'd', opts, compute);
    const moved = { ...opts, kind: (k: string) => (k === 'karsk' ? 'org' : opts.kind(k)) };
    expect(recallOrCompute(memo, 'd', moved, compute)).toMatchObject({ hit: false, value: ['karsk:org', 'marwick:person'] });
    expect(recallOrCompute(memo, 'e', opts, compute).hit).toBe(false);
  });
});

describe('Answers', () => {
  it('replays many memos against one set of options asking each question once, with the same outcome', () => {
    const kinds: Record<string, string> = { karsk: 'place', marwick: 'person' };
    let asked = 0;
    const opts = { kind: (k: string) => (asked++, kinds[k] ?? 'org') };
    const compute = (o: typeof opts) => ['karsk', 'marwick'].map((k) => `${k}:${o.kind(k)}`);
    const memos = ['a', 'b', 'c'].map((d) => JSON.parse(JSON.stringify(recallOrCompute(undefined, d, opts, compute).memo)));
    asked = 0;
    const answers = new Answers();
    const again = memos.map((m, i) => recallOrCompute(m, ['a', 'b', 'c'][i]!, opts, compute, answers));
    expect(again.map((r) => r.hit)).toEqual([true, true, true]);
    expect(asked).toBe(2);
    // Answers that no longer hold are a miss, as without Answers.
    kinds.karsk = 'org';
    const moved = new Answers();
    expect(recallOrCompute(memos[0], 'a', opts, compute, moved)).toMatchObject({ hit: false, value: ['karsk:org', 'marwick:person'] });
    expect(recallOrCompute(memos[0], 'a', opts, compute).hit).toBe(false);
  });

  it('takes dependencies already hashed as it takes their text', () => {
    const opts = { double: (x: number) => 2 * x };
    const { memo } = recallOrCompute(undefined, '"d"', opts, (o) => o.double(2));
    expect(memo.deps).toBe(hashDeps('"d"'));
    expect(recallOrCompute(memo, { sha256: hashDeps('"d"') }, opts, () => -1)).toMatchObject({ hit: true, value: 4 });
    expect(recallOrCompute(memo, { sha256: hashDeps('"e"') }, opts, () => -1)).toMatchObject({ hit: false, value: -1 });
  });
});

describe('memoized', () => {
  it('keeps results in the cache by their dependencies, and falls back when a dependency cannot be recorded', () => {
    const cache = new ExtractCache('v');
    const opts = { double: (x: number) => 2 * x };
    expect(memoized(cache, '"a"', opts, (o) => o.double(2), () => -1)).toBe(4);
    const reread = ExtractCache.parse(cache.serialize(), 'v');
    expect(memoized(reread, '"a"', opts, () => 99, () => -1)).toBe(4);
    expect(reread.changed).toBe(false);
    expect(
      memoized(reread, '"b"', opts, () => {
        throw new NotRecordable();
      }, () => -1),
    ).toBe(-1);
  });
});

describe('ExtractCache.appendix', () => {
  const opts = { double: (x: number) => 2 * x };
  const keep = (cache: ExtractCache, names: string[]) => names.forEach((n, i) => memoized(cache, JSON.stringify(n), opts, (o) => o.double(i), () => -1));

  it('appends the memos made in a run to the form read, which then reads as the whole form would', () => {
    const first = new ExtractCache('v');
    keep(first, ['a', 'b', 'c', 'd', 'e', 'f']);
    const text = first.serialize();
    const second = ExtractCache.parse(text, 'v');
    keep(second, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const more = second.appendix();
    expect(more).toMatch(/^\["m",[^\n]*\]\n$/);
    const appended = ExtractCache.parse(text + more!, 'v');
    const whole = ExtractCache.parse(second.serialize(), 'v');
    keep(appended, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    keep(whole, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect([appended.changed, whole.changed]).toEqual([false, false]);
    expect(appended.serialize()).toBe(whole.serialize());
    expect(appended.appendix()).toBe('');
  });

  it('asks for the whole form when a third of the lines are unused, or the form read ends mid-line (that line skipped)', () => {
    const first = new ExtractCache('v');
    keep(first, ['a', 'b', 'c', 'd', 'e', 'f']);
    const text = first.serialize();
    const few = ExtractCache.parse(text, 'v');
    keep(few, ['a', 'b']);
    expect(few.appendix()).toBeUndefined();
    for (const cutText of [`${text}["m","x",{"deps":`, `${text}["m","a\\u0041",{"deps":`]) {
      const cut = ExtractCache.parse(cutText, 'v');
      keep(cut, ['a', 'b', 'c', 'd', 'e', 'f']);
      expect(cut.changed).toBe(false);
      expect(cut.appendix()).toBeUndefined();
      expect(cut.serialize()).toBe(text);
    }
  });

  it('reads its form from bytes as from text, each line decoded when its memo is asked for', () => {
    const first = new ExtractCache('v');
    const keys = ['a', 'b', 'é\u2019', 'k\\"q', 'x'.repeat(300)];
    keys.forEach((k, i) => first.keepMemo(k, { deps: k, asked: [['f', '["é"]', '"’"']], value: { title: `event ${i} “quoted” — ${k}` } }));
    const text = first.serialize();
    expect(text).toMatch(/“quoted”/);
    for (const form of [text, `${text}["m","cut`]) {
      const fromText = ExtractCache.parse(form, 'v');
      const fromBytes = ExtractCache.parse(Buffer.from(form), 'v');
      for (const k of [...keys, 'missing', 'cut']) expect(json(fromBytes.memo(k))).toBe(json(fromText.memo(k)));
      expect(fromBytes.memo('é\u2019')).toEqual({ deps: 'é\u2019', asked: [['f', '["é"]', '"’"']], value: { title: 'event 2 “quoted” — é\u2019' } });
      expect(fromBytes.serialize()).toBe(fromText.serialize());
      expect([fromBytes.changed, fromBytes.appendix()]).toEqual([fromText.changed, fromText.appendix()]);
    }
    expect(ExtractCache.parse(Buffer.from(text), 'other').memo('a')).toBeUndefined();
  });
});

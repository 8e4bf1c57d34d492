import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { Answers, codeFingerprint, entryFile, ExtractCache, hashDeps, memoized, namesFor, NotRecordable, recallOrCompute, RecordingSet, resultFile, sourceKey, type SentenceEntry } from './cache';
import { loadSources, type SourceFile } from './load-sources';
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

/** A cache's files as a run leaves them on disk: the per-source files kept, the unused removed. */
class Disk {
  readonly files = new Map<string, string>();
  /** The cache as a new run reads it back. */
  reread(cache: ExtractCache, version: string): ExtractCache {
    const { write, live } = cache.files();
    for (const [name, text] of write) this.files.set(name, text);
    for (const name of [...this.files.keys()]) if (!live.has(name)) this.files.delete(name);
    return ExtractCache.parse(cache.serialize(), version, { read: (name) => this.files.get(name) });
  }
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
    const changed = files.map((f, i) =>
      i === 3 ? { ...f, raw: String(f.raw).replace(/\n*$/, '\n\nDallimore met Varnholt in Karsk on Tuesday to discuss the grain corridor deal.\n') } : f,
    );
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
    expect([...disk.files.keys()].sort()).toEqual(keys.flatMap((k) => [entryFile(k), resultFile(k)]).sort());
    // The next run has nothing to redo.
    expect(json(extractEvents(after, { cache: third }))).toBe(cached);
    expect([third.hits, third.misses, third.changed, third.files().write.length]).toEqual([sources.length, 0, false, 0]);
  });

  it('serves a source whose result no longer holds from its kept sentences, without analysing it again', () => {
    const files = generated(25);
    const { sources } = loadSources(files);
    const cache = new ExtractCache('code');
    extractEvents(sources, { cache });
    const disk = new Disk();
    disk.reread(cache, 'code');
    // A result whose recorded answers no longer hold, as when another article changes the registry.
    const key = cache.keyOf(sources[0]!);
    const stale = JSON.parse(disk.files.get(resultFile(key))!) as { value: { mentions: { asked: Array<[string, string, string]> } } };
    expect(stale.value.mentions.asked.length).toBeGreaterThan(0);
    stale.value.mentions.asked[0]![2] = '"an answer the registry never gives"';
    disk.files.set(resultFile(key), JSON.stringify(stale));
    const reread = ExtractCache.parse(cache.serialize(), 'code', { read: (name) => disk.files.get(name) });
    expect(json(extractEvents(sources, { cache: reread }))).toBe(json(extractEvents(sources)));
    expect([reread.hits, reread.misses]).toEqual([sources.length, 0]);
    expect(reread.files().write.map(([name]) => name)).toEqual([resultFile(key)]);
  });

  it('starts empty on another version of the code, and on a corrupt or missing file', () => {
    const { sources } = loadSources(generated(3));
    const cache = new ExtractCache('v1');
    extractEvents(sources, { cache });
    const disk = new Disk();
    const misses = (c: ExtractCache) => (extractEvents(sources, { cache: c }), c.misses);
    expect(misses(disk.reread(cache, 'v1'))).toBe(0);
    expect(misses(disk.reread(cache, 'v2'))).toBe(3);
    const read = { read: (name: string) => disk.files.get(name) };
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
    const cut = ExtractCache.parse(`${text}["m","x",{"deps":`, 'v');
    keep(cut, ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(cut.changed).toBe(false);
    expect(cut.appendix()).toBeUndefined();
    expect(cut.serialize()).toBe(text);
  });
});

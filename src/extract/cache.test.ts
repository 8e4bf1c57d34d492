import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { codeFingerprint, ExtractCache, memoized, namesFor, NotRecordable, recallOrCompute, RecordingSet, sourceKey, type SentenceEntry } from './cache';
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
      const reread = ExtractCache.parse(cache.serialize(), 'code');
      expect(json(extractEvents(sources, { cache: reread }))).toBe(plain);
      expect([reread.hits, reread.misses]).toEqual([sources.length, 0]);
      expect(reread.changed).toBe(false);
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
    const reread = ExtractCache.parse(cache.serialize(), 'code');
    const cached = json(extractEvents(after, { cache: reread }));
    expect([reread.hits, reread.misses]).toEqual([sources.length - 1, 1]);
    expect(cached).toBe(json(extractEvents(after)));
    expect(cached).not.toBe(json(extractEvents(sources)));
    // Only the entries in use are written back: the old version of the changed source is dropped.
    expect(ExtractCache.parse(reread.serialize(), 'code').size).toBe(sources.length);
    // Unchanged lines are written back as read, changed ones anew: the next run has nothing to redo.
    const third = ExtractCache.parse(reread.serialize(), 'code');
    expect(json(extractEvents(after, { cache: third }))).toBe(cached);
    expect([third.hits, third.misses, third.changed]).toEqual([sources.length, 0, false]);
  });

  it('writes back the bytes it read for what did not change, the same bytes it would serialise', () => {
    // Text beyond ASCII: lines are cut as bytes, so a multi-byte character must never be split.
    const files = realCorpus();
    const { sources } = loadSources(files);
    const cache = new ExtractCache('code');
    extractEvents(sources, { cache });
    const fresh = cache.serialize();
    expect(fresh.toString('utf8')).toMatch(/[’“—]/);
    const reread = ExtractCache.parse(fresh, 'code');
    extractEvents(sources, { cache: reread });
    expect(reread.serialize().equals(fresh)).toBe(true);
    const fromText = ExtractCache.parse(fresh.toString('utf8'), 'code');
    extractEvents(sources, { cache: fromText });
    expect(fromText.serialize().equals(fresh)).toBe(true);
  });

  it('writes again an entry it served and the pipeline added to', () => {
    const { sources } = loadSources(generated(2));
    const cache = new ExtractCache('v');
    extractEvents(sources, { cache });
    const reread = ExtractCache.parse(cache.serialize(), 'v');
    const key = reread.keyOf(sources[0]!);
    // As mentionsFromEntry does when what a sentence's mentions depend on changed.
    reread.get(key)![0]!.mentions = { deps: 'changed', asked: [], value: null };
    reread.touch(key);
    expect(ExtractCache.parse(reread.serialize(), 'v').get(key)![0]!.mentions?.deps).toBe('changed');
  });

  it('starts empty on another version of the code, and on a corrupt or missing file', () => {
    const { sources } = loadSources(generated(3));
    const cache = new ExtractCache('v1');
    extractEvents(sources, { cache });
    expect(ExtractCache.parse(cache.serialize(), 'v1').size).toBe(3);
    expect(ExtractCache.parse(cache.serialize(), 'v2').size).toBe(0);
    expect(ExtractCache.parse('{"version":', 'v1').size).toBe(0);
    expect(ExtractCache.parse(undefined, 'v1').size).toBe(0);
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

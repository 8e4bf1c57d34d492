import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceMemo } from './source-memo';
import { statKey } from './stat-memo';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'source-memo-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const meta = { title: 'T', outlet: 'O', published: '2024-05-06' } as never;

describe('SourceMemo', () => {
  it('knows a file again by its stat, with its key only for the extraction version it was made for', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'sources.json');
    const a = path.join(dir, 'a.md');
    writeFileSync(a, 'A');
    const first = SourceMemo.open(memoFile, 'v');
    expect(first.lookup('a.md', statKey(a), 'k1')).toBeUndefined();
    first.record('a.md', statKey(a), { meta, hadBom: false, key: 'key-a' }, 'k1');
    first.save();
    const again = SourceMemo.open(memoFile, 'v');
    expect(again.lookup('a.md', statKey(a), 'k1')).toEqual({ meta, hadBom: false, key: 'key-a' });
    expect(again.lookup('a.md', statKey(a), 'k2')).toEqual({ meta, hadBom: false });
    expect(SourceMemo.open(memoFile, 'other').lookup('a.md', statKey(a), 'k1')).toBeUndefined();
    // Written again: another stat, so not known.
    writeFileSync(a, 'B');
    expect(again.lookup('a.md', statKey(a), 'k1')).toBeUndefined();
  });

  it('keeps only the files of the run, and writes nothing when it holds what it read', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'sources.json');
    const [a, b] = ['a.md', 'b.md'].map((n) => path.join(dir, n));
    writeFileSync(a!, 'A');
    writeFileSync(b!, 'B');
    const first = SourceMemo.open(memoFile, 'v');
    first.record('a.md', statKey(a!), { meta, hadBom: false, key: 'ka' }, 'k');
    first.record('b.md', statKey(b!), { meta, hadBom: true, key: 'kb' }, 'k');
    first.save();
    const text = readFileSync(memoFile, 'utf8');
    const same = SourceMemo.open(memoFile, 'v');
    for (const [n, f, k] of [['a.md', a!, 'ka'], ['b.md', b!, 'kb']] as const) same.record(n, statKey(f), { ...same.lookup(n, statKey(f), 'k')!, key: k }, 'k');
    writeFileSync(memoFile, text.replace(/\n$/, ' \n'));
    same.save();
    expect(readFileSync(memoFile, 'utf8')).toMatch(/ \n$/);
    const fewer = SourceMemo.open(memoFile, 'v');
    fewer.record('a.md', statKey(a!), { meta, hadBom: false, key: 'ka' }, 'k');
    fewer.save();
    expect(Object.keys(JSON.parse(readFileSync(memoFile, 'utf8')).files)).toEqual(['a.md']);
    expect(SourceMemo.open(memoFile, 'v').lookup('b.md', statKey(b!), 'k')).toBeUndefined();
  });

  it('counts a missing, corrupt or cut-short memo as empty', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'sources.json');
    const a = path.join(dir, 'a.md');
    writeFileSync(a, 'A');
    const first = SourceMemo.open(memoFile, 'v');
    first.record('a.md', statKey(a), { meta, hadBom: false, key: 'ka' }, 'k');
    first.save();
    const text = readFileSync(memoFile, 'utf8');
    for (const bad of [text.slice(0, -15), '{not json', 'null', JSON.stringify({ format: 1, version: 'v', files: { 'a.md': ['x'] } })]) {
      writeFileSync(memoFile, bad);
      expect(SourceMemo.open(memoFile, 'v').lookup('a.md', statKey(a), 'k')).toBeUndefined();
    }
    expect(SourceMemo.open(path.join(dir, 'none.json'), 'v').lookup('a.md', statKey(a), 'k')).toBeUndefined();
  });
});

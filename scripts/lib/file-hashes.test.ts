import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileHashes } from './file-hashes';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'file-hashes-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A file `a` holding `text`, hashed by a memo that was then saved to `memoFile`; `first` is the hash it gave. */
function hashedOnce(text: string, name = 'a') {
  const dir = tempDir();
  const memoFile = path.join(dir, 'memo.json');
  const a = path.join(dir, name);
  writeFileSync(a, text);
  const memo = FileHashes.open(memoFile);
  const first = memo.hash(a);
  memo.save();
  return { dir, memoFile, a, first };
}

describe('FileHashes', () => {
  it('reads a file it does not know, and serves it from its stat next time', () => {
    const { memoFile, a, first } = hashedOnce('A', 'a.mdx');
    expect(first).toBe(sha('A'));
    // Served without reading: the memo's word for the stat is taken.
    writeFileSync(memoFile, readFileSync(memoFile, 'utf8').replace(sha('A'), 'from the memo'));
    const again = FileHashes.open(memoFile);
    expect(again.hash(a)).toBe('from the memo');
    expect(again.changed).toBe(false);
  });

  it('reads a file again once it was written, renamed over or replaced, whatever its size and times', () => {
    const { dir, memoFile, a } = hashedOnce('A1', 'a.mdx');
    writeFileSync(a, 'A2');
    expect(FileHashes.open(memoFile).hash(a)).toBe(sha('A2'));
    const other = path.join(dir, 'other');
    writeFileSync(other, 'A3');
    renameSync(other, a);
    expect(FileHashes.open(memoFile).hash(a)).toBe(sha('A3'));
  });

  it('keeps what it was told of a file just written, and only the files of this run', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'memo.json');
    const [a, b] = [path.join(dir, 'a'), path.join(dir, 'b')];
    writeFileSync(a, 'A');
    writeFileSync(b, 'B');
    const memo = FileHashes.open(memoFile);
    memo.hash(a);
    memo.hash(b);
    memo.save();
    const next = FileHashes.open(memoFile);
    writeFileSync(a, 'A new');
    // Told a hash of its own: it is what the memo serves for that stat (the writer knows best).
    next.written(a, 'told');
    next.save();
    const third = FileHashes.open(memoFile);
    expect(third.hash(a)).toBe('told');
    expect(third.changed).toBe(false);
    const kept = JSON.parse(readFileSync(memoFile, 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(kept.files)).toEqual([a]);
  });

  it('counts a missing, corrupt, cut-short or other-format memo as empty', () => {
    const { dir, memoFile, a } = hashedOnce('A');
    const text = readFileSync(memoFile, 'utf8');
    for (const bad of [text.slice(0, text.length - 20), '{not json', JSON.stringify({ format: 99, files: {} }), 'null', JSON.stringify({ format: 1, files: { [a]: ['x'] } })]) {
      writeFileSync(memoFile, bad);
      const memo = FileHashes.open(memoFile);
      expect(memo.hash(a)).toBe(sha('A'));
      expect(memo.changed).toBe(true);
    }
    // A memo whose stat for the file is wrong is only not served.
    writeFileSync(memoFile, JSON.stringify({ format: 1, files: { [a]: ['0:0:1:0:0', sha('stale')] } }));
    expect(FileHashes.open(memoFile).hash(a)).toBe(sha('A'));
    expect(FileHashes.open(path.join(dir, 'missing.json')).hash(a)).toBe(sha('A'));
  });

  it('writes nothing when it holds what it read', () => {
    const { memoFile, a } = hashedOnce('A');
    writeFileSync(memoFile, readFileSync(memoFile, 'utf8').replace(/\n$/, ' \n'));
    const again = FileHashes.open(memoFile);
    again.hash(a);
    again.save();
    expect(readFileSync(memoFile, 'utf8')).toMatch(/ \n$/);
  });
});

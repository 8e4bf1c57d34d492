import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StatMemo, statKey } from './stat-memo';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stat-memo-'));
  dirs.push(dir);
  return dir;
};
const asNumber = ([n]: unknown[]) => (typeof n === 'number' ? n : undefined);

describe('StatMemo', () => {
  it('serves an entry only for its recorded stat, and only under the same head', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'memo.json');
    const a = path.join(dir, 'a');
    writeFileSync(a, 'A');
    const first = new StatMemo(memoFile, { format: 1, version: 'v' }, asNumber);
    first.record('a', statKey(a), 7);
    first.save((n) => [n], { extra: 'kept' });
    const again = new StatMemo(memoFile, { format: 1, version: 'v' }, asNumber);
    expect(again.lookup('a', statKey(a))).toBe(7);
    expect(again.read?.extra).toBe('kept');
    expect(again.lookup('a', '0:0:0:0:0')).toBeUndefined();
    expect(new StatMemo(memoFile, { format: 1, version: 'w' }, asNumber).lookup('a', statKey(a))).toBeUndefined();
    writeFileSync(a, 'B');
    expect(again.lookup('a', statKey(a))).toBeUndefined();
  });

  it('drops entries its decoder refuses, and rewrites only when what it holds changed', () => {
    const dir = tempDir();
    const memoFile = path.join(dir, 'memo.json');
    const a = path.join(dir, 'a');
    writeFileSync(a, 'A');
    writeFileSync(memoFile, JSON.stringify({ format: 1, files: { a: [statKey(a), 'not a number'], b: [statKey(a), 3] } }));
    const memo = new StatMemo(memoFile, { format: 1 }, asNumber);
    expect(memo.lookup('a', statKey(a))).toBeUndefined();
    expect(memo.lookup('b', statKey(a))).toBe(3);
    memo.record('b', statKey(a), 3);
    expect(memo.changed()).toBe(false);
    expect(memo.changed(() => false)).toBe(true);
    memo.record('a', statKey(a), 1);
    expect(memo.changed()).toBe(true);
    memo.save((n) => [n]);
    expect(Object.keys(JSON.parse(readFileSync(memoFile, 'utf8')).files)).toEqual(['a', 'b']);
  });
});

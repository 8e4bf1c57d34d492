import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoFile } from './memo-file';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'memo-file-'));
  dirs.push(dir);
  return path.join(dir, 'memo.json');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('MemoFile', () => {
  it('serves what it kept and computes the rest', async () => {
    const file = tempFile();
    const first = await MemoFile.open<string>(file, 'v1');
    expect(first.get('a', () => 'A "quoted"\nline')).toBe('A "quoted"\nline');
    expect(first.get('b', () => 'B')).toBe('B');
    expect(first.get('nothing', () => undefined)).toBeUndefined();
    await first.save();

    const again = await MemoFile.open<string>(file, 'v1');
    expect(again.get('a', () => 'recomputed')).toBe('A "quoted"\nline');
    // 'b' not used (yet): it would be dropped.
    expect(again.changed).toBe(true);
    expect(again.get('b', () => 'recomputed')).toBe('B');
    expect(again.changed).toBe(false);
    await again.save();

    const fourth = await MemoFile.open<string>(file, 'v1');
    fourth.get('a', () => 'x');
    expect(fourth.get('c', () => 'C')).toBe('C');
    await fourth.save();

    // 'b' was not used by the last run: still there until the file is written whole again (below).
    const third = await MemoFile.open<string>(file, 'v1');
    expect(third.get('b', () => 'B2')).toBe('B');
    expect(third.get('a', () => 'x')).toBe('A "quoted"\nline');
    expect(third.get('c', () => 'x')).toBe('C');
  });

  it('writes back the lines it read as they were: the same text as a fresh serialisation', async () => {
    const file = tempFile();
    const fresh = MemoFile.parse<{ n: number; s: string }>(undefined, file, 'v');
    for (const k of ['x', 'y', 'é€', 'z']) fresh.get(k, () => ({ n: k.length, s: `${k}\t"${k}"` }));
    const text = fresh.serialize();
    const reread = MemoFile.parse<{ n: number; s: string }>(text, file, 'v');
    for (const k of ['z', 'x', 'é€', 'y']) reread.get(k, () => ({ n: -1, s: '' }));
    expect(reread.changed).toBe(false);
    expect(reread.serialize()).toBe(text);
    // One entry added: the others' lines are the ones read, and the whole is what a fresh memo gives.
    reread.get('w', () => ({ n: 1, s: 'w' }));
    const all = MemoFile.parse<{ n: number; s: string }>(undefined, file, 'v');
    for (const k of ['x', 'y', 'é€', 'z', 'w']) all.get(k, () => reread.get(k, () => undefined));
    expect(reread.serialize()).toBe(all.serialize());
  });

  it('appends new entries to the file read, and writes it whole again when a third of its lines are unused', async () => {
    const file = tempFile();
    const first = await MemoFile.open<string>(file, 'v');
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) first.get(k, () => k.toUpperCase());
    await first.save();
    const written = readFileSync(file, 'utf8');

    const second = await MemoFile.open<string>(file, 'v');
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) second.get(k, () => `${k.toUpperCase()}!`);
    await second.save();
    const appended = readFileSync(file, 'utf8');
    expect(appended.startsWith(written)).toBe(true);
    expect(appended.slice(written.length).trimEnd().split('\n')).toHaveLength(1);

    // Two of seven unused: appended to still (2 of 8 lines after it).
    const third = await MemoFile.open<string>(file, 'v');
    for (const k of ['a', 'b', 'c', 'd', 'e', 'h']) expect(third.get(k, () => `${k}?`)).toBe(k === 'h' ? 'h?' : k.toUpperCase());
    await third.save();
    expect(readFileSync(file, 'utf8').startsWith(appended)).toBe(true);

    // Most unused: the file holds only what this run used, sorted, as a fresh serialisation.
    const fourth = await MemoFile.open<string>(file, 'v');
    for (const k of ['a', 'h']) fourth.get(k, () => 'x');
    await fourth.save();
    const fresh = MemoFile.parse<string>(undefined, file, 'v');
    fresh.get('a', () => 'A');
    fresh.get('h', () => 'h?');
    expect(readFileSync(file, 'utf8')).toBe(fresh.serialize());
  });

  it('skips a line cut short, and writes the file whole again rather than append to it', async () => {
    const file = tempFile();
    const memo = await MemoFile.open<string>(file, 'v');
    for (const k of ['a', 'b']) memo.get(k, () => k.toUpperCase());
    await memo.save();
    writeFileSync(file, `${readFileSync(file, 'utf8')}["cut", "sho`);
    const again = await MemoFile.open<string>(file, 'v');
    expect(again.get('a', () => 'x')).toBe('A');
    expect(again.get('b', () => 'x')).toBe('B');
    expect(again.get('c', () => 'C')).toBe('C');
    await again.save();
    expect(readFileSync(file, 'utf8')).toBe(again.serialize());
    expect(readFileSync(file, 'utf8')).not.toMatch(/cut/);
  });

  it('starts empty when the file is of another version, another format, or unreadable', async () => {
    const file = tempFile();
    const memo = await MemoFile.open<string>(file, 'v1');
    memo.get('a', () => 'A');
    await memo.save();
    expect((await MemoFile.open<string>(file, 'v2')).get('a', () => 'new')).toBe('new');
    // The earlier format, one JSON object.
    writeFileSync(file, JSON.stringify({ version: 'v1', entries: { k: 'old' } }));
    expect((await MemoFile.open<string>(file, 'v1')).get('a', () => 'new')).toBe('new');
    writeFileSync(file, `${readFileSync(file, 'utf8').slice(0, 10)}`);
    expect((await MemoFile.open<string>(file, 'v1')).get('a', () => 'new')).toBe('new');
    writeFileSync(file, `${JSON.stringify({ format: 2, version: 'v1' })}\n["k", "v"]\n{broken`);
    expect((await MemoFile.open<string>(file, 'v1')).get('a', () => 'new')).toBe('new');
    writeFileSync(file, '{"format":2,"version":');
    expect((await MemoFile.open<string>(file, 'v1')).get('a', () => 'new')).toBe('new');
  });
});

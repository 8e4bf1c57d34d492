import { createHash } from 'node:crypto';
import { renameSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeKeptFiles, MANIFEST_NAME, readEventIds, writeEventFiles } from './write-events';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'write-events-'));
  dir = path.join(root, 'events');
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const FILES = [
  { name: 'b-event.mdx', content: 'B v1\n' },
  { name: 'a-event.mdx', content: 'A “v1”\n' },
];
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const read = (name: string) => fs.readFile(path.join(dir, name), 'utf8');
const list = async () => (await fs.readdir(dir)).sort();
/** Everything beside `dir` in the temporary root: no temporary folder may be left behind. */
const siblings = async () => (await fs.readdir(root)).sort();

describe('writeEventFiles', () => {
  it('first run: writes every file and a manifest with sorted keys', async () => {
    const result = await writeEventFiles(dir, FILES);
    expect(result).toEqual({ written: 2, unchanged: 0, removed: 0, keptHandEdited: [], keptNotGenerated: [] });
    expect(await list()).toEqual([MANIFEST_NAME, 'a-event.mdx', 'b-event.mdx']);
    expect(await read('a-event.mdx')).toBe('A “v1”\n');
    const manifestText = await read(MANIFEST_NAME);
    const manifest = JSON.parse(manifestText);
    expect(manifest.files).toEqual({ 'a-event.mdx': sha('A “v1”\n'), 'b-event.mdx': sha('B v1\n') });
    expect(Object.keys(manifest.files)).toEqual(['a-event.mdx', 'b-event.mdx']);
    expect(Object.keys(manifest)).toEqual([...Object.keys(manifest)].sort());
    expect(await siblings()).toEqual(['events']);
  });

  it('keeps the event ids it is given for the next run, and updates them alone', async () => {
    expect(await readEventIds(dir)).toEqual({});
    await writeEventFiles(dir, FILES, { ids: { 'a-event': ['k1'], 'b-event': ['k2', 'k3'] } });
    expect(await readEventIds(dir)).toEqual({ 'a-event': ['k1'], 'b-event': ['k2', 'k3'] });
    const result = await writeEventFiles(dir, FILES, { ids: { 'a-event': ['k1', 'k4'] } });
    expect(result.written).toBe(0);
    expect(await readEventIds(dir)).toEqual({ 'a-event': ['k1', 'k4'] });
  });

  it('second run with the same content: nothing rewritten, mtimes and inodes kept', async () => {
    await writeEventFiles(dir, FILES);
    const past = new Date('2020-01-01T00:00:00Z');
    await fs.utimes(path.join(dir, 'a-event.mdx'), past, past);
    const before = await fs.stat(path.join(dir, 'a-event.mdx'));
    const result = await writeEventFiles(dir, FILES);
    expect(result).toEqual({ written: 0, unchanged: 2, removed: 0, keptHandEdited: [], keptNotGenerated: [] });
    const after = await fs.stat(path.join(dir, 'a-event.mdx'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(await siblings()).toEqual(['events']);
  });

  it('rewrites a changed event and keeps identical ones as they were', async () => {
    await writeEventFiles(dir, FILES);
    const past = new Date('2020-01-01T00:00:00Z');
    await fs.utimes(path.join(dir, 'a-event.mdx'), past, past);
    const result = await writeEventFiles(dir, [{ name: 'b-event.mdx', content: 'B v2\n' }, FILES[1]!]);
    expect(result).toMatchObject({ written: 1, unchanged: 1, removed: 0, keptHandEdited: [] });
    expect(await read('b-event.mdx')).toBe('B v2\n');
    expect((await fs.stat(path.join(dir, 'a-event.mdx'))).mtime.toISOString()).toBe(past.toISOString());
    expect(JSON.parse(await read(MANIFEST_NAME)).files['b-event.mdx']).toBe(sha('B v2\n'));
  });

  it('keeps a hand-edited file as it is, run after run, and reports it', async () => {
    await writeEventFiles(dir, FILES);
    await fs.writeFile(path.join(dir, 'a-event.mdx'), 'A edited by an editor\n');
    const newer = [{ name: 'a-event.mdx', content: 'A v2\n' }, FILES[0]!];
    const result = await writeEventFiles(dir, newer);
    expect(result).toEqual({ written: 0, unchanged: 1, removed: 0, keptHandEdited: ['a-event.mdx'], keptNotGenerated: [] });
    expect(await read('a-event.mdx')).toBe('A edited by an editor\n');
    expect(describeKeptFiles('content/events', result)).toEqual([
      `${path.join('content/events', 'a-event.mdx')} was edited by hand and was kept as it is: move the change into content/editorial.yaml, then delete the file to have it generated again.`,
    ]);
    // Still kept on the next run; deleting it lets it be generated again.
    expect((await writeEventFiles(dir, newer)).keptHandEdited).toEqual(['a-event.mdx']);
    await fs.rm(path.join(dir, 'a-event.mdx'));
    expect(await writeEventFiles(dir, newer)).toMatchObject({ written: 1, keptHandEdited: [] });
    expect(await read('a-event.mdx')).toBe('A v2\n');
  });

  it('adopts a hand edit that equals what is now generated', async () => {
    await writeEventFiles(dir, FILES);
    await fs.writeFile(path.join(dir, 'a-event.mdx'), 'A v2\n');
    const result = await writeEventFiles(dir, [{ name: 'a-event.mdx', content: 'A v2\n' }, FILES[0]!]);
    expect(result).toMatchObject({ written: 0, unchanged: 2, keptHandEdited: [] });
    expect(JSON.parse(await read(MANIFEST_NAME)).files['a-event.mdx']).toBe(sha('A v2\n'));
  });

  it('keeps an editor’s own new file and dot files, reporting the former', async () => {
    await writeEventFiles(dir, FILES);
    await fs.writeFile(path.join(dir, 'my-own-event.mdx'), 'mine\n');
    await fs.writeFile(path.join(dir, '.gitkeep'), '');
    const result = await writeEventFiles(dir, FILES);
    expect(result).toMatchObject({ keptHandEdited: ['my-own-event.mdx'], keptNotGenerated: ['my-own-event.mdx'] });
    expect(await list()).toEqual(['.generated.json', '.gitkeep', 'a-event.mdx', 'b-event.mdx', 'my-own-event.mdx']);
    expect(describeKeptFiles('d', result)[0]).toMatch(/was not generated \(an editor's own file\?\) and was kept/);
    expect(JSON.parse(await read(MANIFEST_NAME)).files).not.toHaveProperty('my-own-event.mdx');
  });

  it('removes the files of events that disappeared, unless an editor changed them', async () => {
    await writeEventFiles(dir, [...FILES, { name: 'c-event.mdx', content: 'C\n' }]);
    await fs.writeFile(path.join(dir, 'c-event.mdx'), 'C edited\n');
    const result = await writeEventFiles(dir, [FILES[1]!]);
    expect(result).toEqual({ written: 0, unchanged: 1, removed: 1, keptHandEdited: ['c-event.mdx'], keptNotGenerated: [] });
    expect(await list()).toEqual([MANIFEST_NAME, 'a-event.mdx', 'c-event.mdx']);
    expect(await siblings()).toEqual(['events']);
  });

  it('leaves the old folder intact when a write fails mid-way', async () => {
    await writeEventFiles(dir, FILES);
    const snapshot = async () =>
      Object.fromEntries(await Promise.all((await list()).map(async (n) => [n, await read(n)] as const)));
    const before = await snapshot();
    let calls = 0;
    const failing = async (file: string, content: string) => {
      if (++calls === 2) throw new Error('disk full');
      await fs.writeFile(file, content);
    };
    const changed = [
      { name: 'a-event.mdx', content: 'A v2\n' },
      { name: 'b-event.mdx', content: 'B v2\n' },
      { name: 'c-event.mdx', content: 'C\n' },
    ];
    await expect(writeEventFiles(dir, changed, { writeFile: failing })).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
    expect(await siblings()).toEqual(['events']);
  });

  it('puts back what it moved when moving the new files into place fails, removals included', async () => {
    await writeEventFiles(dir, [...FILES, { name: 'c-event.mdx', content: 'C\n' }]);
    await fs.writeFile(path.join(dir, '.gitkeep'), '');
    const snapshot = async () =>
      Object.fromEntries(await Promise.all((await list()).map(async (n) => [n, await read(n)] as const)));
    const before = await snapshot();
    const changed = [
      { name: 'a-event.mdx', content: 'A v2\n' },
      { name: 'b-event.mdx', content: 'B v1\n' },
      { name: 'd-event.mdx', content: 'D\n' },
    ];
    // c is moved out, a and d moved in: every step up to the failing one is undone.
    for (const failAt of [1, 2, 3, 4]) {
      let calls = 0;
      const rename = (from: string, to: string) => {
        if (++calls === failAt) throw new Error('I/O error');
        renameSync(from, to);
      };
      await expect(writeEventFiles(dir, changed, { rename })).rejects.toThrow('I/O error');
      expect(await snapshot()).toEqual(before);
      expect(await siblings()).toEqual(['events']);
    }
    expect(await writeEventFiles(dir, changed)).toMatchObject({ written: 2, unchanged: 1, removed: 1 });
    expect(await list()).toEqual(['.generated.json', '.gitkeep', 'a-event.mdx', 'b-event.mdx', 'd-event.mdx']);
  });

  it('touches no file whose content stays: the others keep their inode and change time', async () => {
    await writeEventFiles(dir, FILES);
    const before = await fs.stat(path.join(dir, 'b-event.mdx'), { bigint: true });
    await new Promise((r) => setTimeout(r, 20));
    await writeEventFiles(dir, [{ name: 'a-event.mdx', content: 'A v2\n' }, FILES[0]!]);
    const after = await fs.stat(path.join(dir, 'b-event.mdx'), { bigint: true });
    expect([after.ino, after.ctimeNs, after.mtimeNs]).toEqual([before.ino, before.ctimeNs, before.mtimeNs]);
    expect(await read('a-event.mdx')).toBe('A v2\n');
  });

  it('asks the hashes it is given for the files on disk, and tells them of the files it writes', async () => {
    await writeEventFiles(dir, FILES);
    const asked: string[] = [];
    const told: Array<[string, string]> = [];
    const hashes = {
      hash: (file: string) => (asked.push(path.basename(file)), sha(path.basename(file) === 'a-event.mdx' ? 'A “v1”\n' : 'B v1\n')),
      written: (file: string, hash: string) => void told.push([path.basename(file), hash]),
    };
    const result = await writeEventFiles(dir, [{ name: 'a-event.mdx', content: 'A v2\n' }, FILES[0]!, { name: 'c-event.mdx', content: 'C\n' }], { hashes });
    expect(result).toMatchObject({ written: 2, unchanged: 1 });
    expect(asked.sort()).toEqual(['a-event.mdx', 'b-event.mdx']);
    expect(told).toEqual([
      ['a-event.mdx', sha('A v2\n')],
      ['c-event.mdx', sha('C\n')],
    ]);
    // What the hashes say is what counts: a file they call hand-edited is kept.
    const lying = { hash: () => sha('something else') };
    expect((await writeEventFiles(dir, [{ name: 'a-event.mdx', content: 'A v3\n' }], { hashes: lying })).keptHandEdited).toEqual(['a-event.mdx', 'b-event.mdx', 'c-event.mdx']);
    expect(await read('a-event.mdx')).toBe('A v2\n');
  });

  it('takes a file’s hash for its content, and makes the content only to write it', async () => {
    await writeEventFiles(dir, FILES);
    const made: string[] = [];
    const lazy = (name: string, content: string) => ({ name, sha256: sha(content), content: () => (made.push(name), content) });
    const result = await writeEventFiles(dir, [lazy('a-event.mdx', 'A “v1”\n'), lazy('b-event.mdx', 'B v2\n'), lazy('c-event.mdx', 'C\n')]);
    expect(result).toMatchObject({ written: 2, unchanged: 1 });
    expect(made.sort()).toEqual(['b-event.mdx', 'c-event.mdx']);
    expect(await read('b-event.mdx')).toBe('B v2\n');
    expect(JSON.parse(await read(MANIFEST_NAME)).files['c-event.mdx']).toBe(sha('C\n'));
  });

  it('fails without creating the folder when the very first run fails', async () => {
    const failing = async () => {
      throw new Error('no space');
    };
    await expect(writeEventFiles(dir, FILES, { writeFile: failing })).rejects.toThrow('no space');
    expect(await siblings()).toEqual([]);
  });

  it('refuses unsafe or duplicate names and a broken manifest', async () => {
    await expect(writeEventFiles(dir, [{ name: '../x.mdx', content: '' }])).rejects.toThrow(/plain file name/);
    await expect(writeEventFiles(dir, [{ name: MANIFEST_NAME, content: '' }])).rejects.toThrow(/plain file name/);
    await expect(writeEventFiles(dir, [FILES[0]!, FILES[0]!])).rejects.toThrow(/two event files are named/);
    await writeEventFiles(dir, FILES);
    await fs.writeFile(path.join(dir, MANIFEST_NAME), '{not json');
    await expect(writeEventFiles(dir, FILES)).rejects.toThrow(/is not a valid manifest/);
    expect(await read('a-event.mdx')).toBe('A “v1”\n');
  });

  it('keeps the folder’s permissions', async () => {
    await fs.mkdir(dir, { mode: 0o755 });
    await fs.chmod(dir, 0o755);
    await writeEventFiles(dir, FILES);
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o755);
  });
});

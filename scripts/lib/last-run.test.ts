import { lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, type BigIntStats } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventsHash } from './last-run';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('eventsHash', () => {
  it('is the same from the stats a run took as from stats taken now, and tells a change the stats did not see', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'last-run-'));
    dirs.push(root);
    const events = path.join(root, 'content/events');
    mkdirSync(path.join(events, 'sub'), { recursive: true });
    for (const n of ['a.mdx', 'b.mdx', '.generated.json', 'sub/c.mdx']) writeFileSync(path.join(events, n), n);
    const taken = new Map<string, BigIntStats>(['a.mdx', 'b.mdx'].map((n) => [path.join(events, n), lstatSync(path.join(events, n), { bigint: true })]));
    const fresh = eventsHash(root);
    expect(eventsHash(root, (f) => taken.get(f))).toBe(fresh);
    // The folder's own stat is always taken again: a file added since changes the hash.
    writeFileSync(path.join(events, 'd.mdx'), 'd');
    expect(eventsHash(root, (f) => taken.get(f))).not.toBe(fresh);
    expect(eventsHash(root, (f) => taken.get(f))).toBe(eventsHash(root));
  });
});

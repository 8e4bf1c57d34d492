/**
 * `npm run events` as npm starts it (scripts/events.mjs): the bundled command, and the start-up
 * snapshot it makes after a run that extracted and starts from afterwards. A run from the snapshot
 * must write what a project that never ran writes, fail as loudly, and change nothing when nothing
 * changed.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, hashTree, makeProject, removeProject, run } from './project';

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

const SOURCES = { 'sources/same-day-a.md': fixture('same-day-a.md'), 'sources/good-article.md': fixture('good-article.md') };

function project(content: Record<string, string | Buffer> = SOURCES): string {
  const root = makeProject({ content, site: true });
  roots.push(root);
  return root;
}

/** `node scripts/events.mjs` in `root`, saying on stderr how it ran. */
const events = (root: string, env: Record<string, string> = {}) => run(process.execPath, ['scripts/events.mjs'], root, { TIMELINE_EVENTS_TRACE: '1', ...env });
const eventsOf = (root: string) => hashTree(join(root, 'content/events'));
/** The report without its line about files written (a first run writes all, a re-run few). */
const report = (stdout: string) => stdout.replace(/^files .*$/m, '');

const PARAGRAPH = '\n\nThe two delegations met again in Geneva on Monday, a spokesperson said.\n';

describe('npm run events from its start-up snapshot', () => {
  it('makes the snapshot after a run that extracted, then runs from it with the result of a project that never ran', { timeout: 120_000 }, async () => {
    const root = project();
    const first = await events(root);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/in this process/);
    expect(first.stderr).toMatch(/start-up snapshot made/);
    expect(existsSync(join(root, '.cache/cli/events.blob'))).toBe(true);

    appendFileSync(join(root, 'content/sources/good-article.md'), PARAGRAPH);
    const second = await events(root);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/from the start-up snapshot/);
    expect(second.stdout).toMatch(/^files {16}\d+ written, \d+ unchanged, \d+ removed$/m);

    // The same sources in a project that never ran, without the snapshot.
    const cold = project({ ...SOURCES, 'sources/good-article.md': Buffer.concat([fixture('good-article.md'), Buffer.from(PARAGRAPH)]) });
    const fresh = await events(cold, { TIMELINE_EVENTS_SNAPSHOT: '0' });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stderr).not.toMatch(/snapshot/);
    expect(eventsOf(root)).toEqual(eventsOf(cold));
    expect(report(second.stdout)).toBe(report(fresh.stdout));

    // Nothing changed: the last report again, every file unchanged, nothing touched, nothing started.
    const before = eventsOf(root);
    const third = await events(root);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toMatch(/nothing changed since the last run/);
    expect(third.stderr).not.toMatch(/snapshot|in this process/);
    expect(third.stdout).toMatch(/^files {16}0 written, \d+ unchanged, 0 removed$/m);
    expect(eventsOf(root)).toEqual(before);
  });

  it('writes what a project that never ran writes when the memos of .cache/ are cut short or of the earlier form', { timeout: 120_000 }, async () => {
    const root = project();
    expect((await events(root)).code).toBe(0);
    // Memos cut mid-line (the MDX memo) and in the earlier one-object form (the front matter's): both count as empty.
    const mdx = join(root, '.cache/mdx.json');
    const text = readFileSync(mdx, 'utf8');
    writeFileSync(mdx, text.slice(0, Math.floor(text.length / 2)));
    writeFileSync(join(root, '.cache/front-matter.json'), JSON.stringify({ version: JSON.parse(text.split('\n')[0]!).version, entries: {} }));
    appendFileSync(join(root, 'content/sources/good-article.md'), PARAGRAPH);
    const again = await events(root);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/from the start-up snapshot/);
    const cold = project({ ...SOURCES, 'sources/good-article.md': Buffer.concat([fixture('good-article.md'), Buffer.from(PARAGRAPH)]) });
    const fresh = await events(cold, { TIMELINE_EVENTS_SNAPSHOT: '0' });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(eventsOf(root)).toEqual(eventsOf(cold));
    expect(report(again.stdout)).toBe(report(fresh.stdout));
    // The memos were written whole again, one entry per line after their first line.
    const lines = readFileSync(mdx, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 2 });
    expect(lines.slice(1).every((l) => Array.isArray(JSON.parse(l)))).toBe(true);
  });

  it('fails from the snapshot as it does without one: the file named, the exit code 1, content/events untouched', { timeout: 120_000 }, async () => {
    const root = project();
    expect((await events(root)).code).toBe(0);
    const before = eventsOf(root);
    writeFileSync(join(root, 'content/sources/broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const failed = await events(root);
    expect(failed.stderr).toMatch(/from the start-up snapshot/);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/content\/sources\/broken\.md/);
    expect(failed.stderr).toMatch(/Nothing was generated/);
    expect(eventsOf(root)).toEqual(before);
  });
});

/**
 * The command's shortcut (scripts/events-cli.ts): a run whose code, sources, editorial file and
 * content/events are as the last run left them prints what a full run would print and touches
 * nothing; any change to one of them runs the pipeline again, with the same result as a project
 * that never ran.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildEvents } from '../../scripts/build-events';
import { cli } from '../../scripts/events-cli';
import { summary } from '../../scripts/lib/summary';
import { fixture, hashTree, makeProject, removeProject } from './project';

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));
afterEach(() => vi.restoreAllMocks());

const SOURCES = { 'sources/same-day-a.md': fixture('same-day-a.md'), 'sources/good-article.md': fixture('good-article.md') };

function project(content: Record<string, string | Buffer> = SOURCES): string {
  const root = makeProject({ content });
  roots.push(root);
  return root;
}

/** What `cli` prints, and whether it failed. */
async function runCli(root: string, code = 'code-1'): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void printed.push(s));
  const exit = vi.spyOn(process, 'exit').mockImplementation((n) => {
    throw new Error(`exit ${n}`);
  });
  await cli({ root, code });
  vi.restoreAllMocks();
  expect(exit).not.toHaveBeenCalled();
  return printed.join('\n');
}

const eventsOf = (root: string) => hashTree(join(root, 'content/events'));

describe('npm run events when nothing changed', () => {
  it('prints what a full run prints, every file unchanged, and leaves content/events as it was', async () => {
    const root = project();
    const first = await runCli(root);
    expect(first).toMatch(/^files {16}\d+ written, 0 unchanged, 0 removed$/m);
    const written = Number(/^files {16}(\d+) written/m.exec(first)![1]);
    const before = eventsOf(root);
    // A full run would write the extraction's cache again: the shortcut reads and writes nothing of it.
    writeFileSync(join(root, '.cache/extract.json'), 'not read');
    const again = await runCli(root);
    expect(readFileSync(join(root, '.cache/extract.json'), 'utf8')).toBe('not read');
    expect(again).toBe(first.replace(/^files .*$/m, `files                0 written, ${written} unchanged, 0 removed`));
    expect(eventsOf(root)).toEqual(before);
    // A full run says the same.
    expect(summary(await buildEvents({ root, quiet: true }))).toBe(again);
  });

  it('runs again when an event file was edited by hand, a source or the editorial file changed, or the code', async () => {
    const root = project();
    await runCli(root);
    const events = join(root, 'content/events');
    const name = Object.keys(eventsOf(root)).find((f) => f.endsWith('.mdx'))!;
    writeFileSync(join(events, name), readFileSync(join(events, name), 'utf8').replace(/^title: ".*"$/m, 'title: "Retitled by an editor"'));
    expect(await runCli(root)).toContain(`kept                 ${name}: edited by hand`);

    const edited = readFileSync(join(root, 'content/sources/good-article.md'), 'utf8').replace(/\n*$/, '\n\nThe ferry board met again in Harlow on Monday, its chair said.\n');
    writeFileSync(join(root, 'content/sources/good-article.md'), edited);
    const afterSource = await runCli(root);
    const fresh = project({ ...SOURCES, 'sources/good-article.md': edited });
    await runCli(fresh);
    // The same events as a project that never ran, apart from the file the editor keeps.
    const { [name]: kept, ...rest } = eventsOf(root);
    const { [name]: _, ...freshRest } = eventsOf(fresh);
    expect(kept).toBeDefined();
    const mdx = (tree: Record<string, string>) => Object.entries(tree).filter(([f]) => f.endsWith('.mdx'));
    expect(mdx(rest).length).toBeGreaterThan(1);
    expect(mdx(rest)).toEqual(mdx(freshRest));
    expect(afterSource).toMatch(/^sentences {12}\d+$/m);
    expect(/^sentences.*$/m.exec(afterSource)![0]).toBe(/^sentences.*$/m.exec(await runCli(fresh))![0]);

    writeFileSync(join(root, 'content/editorial.yaml'), 'events:\n  no-such-event:\n    hide: true\n');
    expect(await runCli(root)).toContain('no-such-event');

    // Another code fingerprint: a full run, which keeps the same files.
    const files = eventsOf(root);
    const other = await runCli(root, 'code-2');
    expect(other).toMatch(/^files {16}0 written, \d+ unchanged, 0 removed$/m);
    expect(eventsOf(root)).toEqual(files);
  });
});

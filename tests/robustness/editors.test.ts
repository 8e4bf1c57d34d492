/**
 * Editors' work survives re-extraction: a generated event file edited by hand is kept byte for byte
 * on every later run (and the report says so and what to do), even when the sources change around
 * it; editorial.yaml entries whose ids no longer exist are reported as warnings, not dropped in
 * silence. Runs the real CLI (`npx tsx scripts/build-events.ts`) in temporary projects.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEvents } from '../../scripts/build-events';
import { byTag, children, find, hasClass, readPage, text } from '../helpers/html';
import { astroBuild, fixture, makeProject, removeProject, runEventsCli, writeFiles } from './project';

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

const GOOD = fixture('good-article.md').toString('utf8');
/** The id of the good article's council event (dated November 18), as the extraction names it. */
let COUNCIL = '';

async function project(sources: Record<string, string | Buffer> = { 'good-article.md': GOOD }) {
  const root = makeProject({ site: true, content: Object.fromEntries(Object.entries(sources).map(([n, d]) => [`sources/${n}`, d])) });
  roots.push(root);
  const first = await buildEvents({ root, quiet: true });
  const council = first.events.find((e) => e.start === '2025-11-18' && e.citations.every((c) => c.source === 'good-article'));
  expect(council, 'the good article gives an event on 2025-11-18').toBeDefined();
  COUNCIL = council!.id;
  return { root, events: join(root, 'content/events'), first };
}

const fileOf = (dir: string, id: string) => {
  const name = readdirSync(dir).find((f) => f.endsWith(`-${id}.mdx`));
  if (!name) throw new Error(`no file for ${id} in ${dir}: ${readdirSync(dir).join(', ')}`);
  return name;
};

/** A typical hand edit: a better title and an extra sentence in the body. */
function handEdit(dir: string, name: string): string {
  const text = readFileSync(join(dir, name), 'utf8');
  const edited = text
    .replace(/^title: ".*"$/m, 'title: "Council backs the new ferry timetable (edited by hand)"')
    .replace(/\n\n<Citation/, '\n\nAn editor added this sentence.\n\n<Citation');
  expect(edited).not.toBe(text);
  writeFileSync(join(dir, name), edited);
  return edited;
}

const KEPT = (name: string) => `kept                 ${name}: edited by hand, so not regenerated. Move the change into content/editorial.yaml, or delete the file to regenerate it.`;

describe('hand edits to generated event files', () => {
  it('survive the next runs, and each run says the file was kept and what to do', async () => {
    const { root, events } = await project();
    const name = fileOf(events, COUNCIL);
    const edited = handEdit(events, name);

    for (let run = 0; run < 2; run++) {
      const cli = await runEventsCli(root);
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stdout).toContain(KEPT(name));
      expect(readFileSync(join(events, name), 'utf8')).toBe(edited);
    }
  });

  it('survive when their article is gone and every other generated file is removed', async () => {
    const { root, events, first } = await project({ 'good-article.md': GOOD, 'hostile-article.md': fixture('hostile-article.md') });
    const name = fileOf(events, COUNCIL);
    const edited = handEdit(events, name);
    const generated = first.events.map((e) => `${e.start}-${e.id}.mdx`);
    expect(generated).toContain(name);

    // Both articles replaced by one that dates nothing: no event is generated any more.
    rmSync(join(root, 'content/sources/hostile-article.md'));
    rmSync(join(root, 'content/sources/good-article.md'));
    writeFiles(root, { 'content/sources/no-dates-article.md': fixture('no-dates-article.md') });
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(`files                0 written, 0 unchanged, ${generated.length - 1} removed`);
    expect(cli.stdout).toContain(KEPT(name));
    expect(readdirSync(events).filter((f) => f.endsWith('.mdx'))).toEqual([name]);
    expect(readFileSync(join(events, name), 'utf8')).toBe(edited);
  });

  it('are reported when the event is now generated under another file name (its date changed)', async () => {
    const { root, events } = await project();
    const name = fileOf(events, COUNCIL);
    const edited = handEdit(events, name);
    expect(name.startsWith('2025-11-18-')).toBe(true);
    writeFiles(root, { 'content/sources/good-article.md': GOOD.replace('November 18, 2025', 'November 17, 2025') });

    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(readFileSync(join(events, name), 'utf8')).toBe(edited);
    const renamed = `2025-11-17-${COUNCIL}.mdx`;
    expect(readdirSync(events)).toContain(renamed);
    expect(cli.stdout).toContain(KEPT(name));
    expect(cli.stdout).toContain(
      `warning              content/events/${name} (kept) and content/events/${renamed} (generated) are both event "${COUNCIL}", and the site shows only one`,
    );
  });

  it('an editor’s own file in content/events is kept and named as such', async () => {
    const { root, events } = await project();
    writeFileSync(join(events, 'editor-own-event.mdx'), '---\nid: "editor-own-event"\n---\nWritten by an editor.\n');
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain("kept                 editor-own-event.mdx: not generated (an editor's own file?), so kept as it is.");
    expect(readFileSync(join(events, 'editor-own-event.mdx'), 'utf8')).toBe('---\nid: "editor-own-event"\n---\nWritten by an editor.\n');
  });
});

describe('editorial.yaml', () => {
  it('entries whose ids no longer exist are warnings in the report, and the rest still applies', async () => {
    const { root, events } = await project();
    writeFiles(root, {
      'content/editorial.yaml': [
        'events:',
        `  ${COUNCIL}:`,
        '    title: "Council approves the ferry timetable"',
        '  event-that-was-renamed:',
        '    title: "A title for an event that is gone"',
        'merge:',
        `  - into: ${COUNCIL}`,
        '    from: [gone-event]',
        'split:',
        '  - from: another-gone-event',
        '    sources: [good-article]',
        '    as: split-off-event',
        '',
      ].join('\n'),
    });
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('warning              events.event-that-was-renamed: matches no event; ignored');
    expect(cli.stdout).toContain('warning              merge[0]: from "gone-event" matches no event; skipped');
    expect(cli.stdout).toContain('warning              split[0]: from "another-gone-event" matches no event; nothing split');
    expect(readFileSync(join(events, fileOf(events, COUNCIL)), 'utf8')).toContain('title: "Council approves the ferry timetable"');
  });
});

describe('the site, built with a hand-edited event file', () => {
  it('renders the edited body through MDX and the generated ones from their data, alike in form', async () => {
    const { root, events, first } = await project();
    const name = fileOf(events, COUNCIL);
    const file = readFileSync(join(events, name), 'utf8');
    // An editor's Markdown: emphasis in a paragraph of its own.
    writeFileSync(join(events, name), file.replace(/\n\n<Citation/, '\n\nAn editor added *this* sentence.\n\n<Citation'));
    await astroBuild(root);

    const body = (id: string) => {
      const page = readPage(join(root, 'dist'), `events/${id}/index.html`);
      return find(page, (n) => n.tagName === 'div' && hasClass(n, 'body'))!;
    };
    const edited = body(COUNCIL);
    const paragraphs = children(edited, 'p').map(text);
    expect(paragraphs.at(-1)).toBe('An editor added this sentence.');
    expect(byTag(edited, 'em').map(text)).toEqual(['this']);

    const council = first.events.find((e) => e.id === COUNCIL)!;
    expect(children(edited, 'figure').length).toBe(council.citations.length);
    for (const other of first.events.filter((e) => e.id !== COUNCIL)) {
      const generated = body(other.id);
      expect(children(generated, 'p').map(text)).toEqual([other.summary]);
      expect(children(generated, 'figure').map((f) => text(byTag(f, 'blockquote')[0]!))).toEqual(other.citations.map((c) => c.quote));
    }
  });
});

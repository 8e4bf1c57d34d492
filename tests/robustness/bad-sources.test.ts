/**
 * Bad input fails clearly and loses nothing. Each case is a temporary project whose content/events
 * was generated from a good article and then edited by hand (one file changed, one added); the bad
 * input is added and `npm run events` is run twice, as `buildEvents` and as the CLI the editors use
 * (`npx tsx scripts/build-events.ts` in the project folder). Both must stop with an error naming the
 * file, the field and what to do (the CLI on stderr, with exit code 1), and content/events must be
 * byte for byte what it was, with no temporary folder left behind. Where going on is right (an
 * article with no dates, a stray non-article file) the run succeeds and the report says so.
 */
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEvents } from '../../scripts/build-events';
import { REPO, fixture, hashTree, makeProject, removeProject, runEventsCli, writeFiles } from './project';

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

type Seeded = Awaited<ReturnType<typeof buildEvents>>;

/** A project with content/events generated from the good article, then hand-edited. */
async function seededProject(prefix?: string): Promise<{ root: string; seed: Seeded; generated: string[] }> {
  const root = makeProject({ site: true, content: { 'sources/good-article.md': fixture('good-article.md') }, ...(prefix ? { prefix } : {}) });
  roots.push(root);
  const seed = await buildEvents({ root, quiet: true });
  const events = join(root, 'content/events');
  const generated = readdirSync(events).filter((f) => f.endsWith('.mdx'));
  expect(generated.length).toBeGreaterThan(0);
  // An editor's work that every failed run must leave alone.
  writeFiles(events, {
    [generated[0]!]: `${'---'}\nid: "hand-edited"\n---\nEdited by hand.\n`,
    'editor-note.mdx': '---\nid: "editor-note"\n---\nAn editor\'s own file.\n',
  });
  return { root, seed, generated };
}

/** content/events as bytes, and the entries of content/ (a leftover temporary folder shows there). */
function snapshot(root: string) {
  return { events: hashTree(join(root, 'content/events')), content: readdirSync(join(root, 'content')).sort() };
}

interface BadCase {
  name: string;
  /** Adds the bad input to a seeded project. */
  setup: (root: string, seed: Seeded) => void;
  /** The message as docs/errors.md explains it (that page must keep up with the messages). */
  doc: string;
  /** Every one of these must be in the message (file, field, what to do). */
  expected: (seed: Seeded) => string[];
}

const source = (root: string, name: string, data: string | Buffer) => writeFiles(join(root, 'content/sources'), { [name]: data });
const fromFixture = (name: string) => (root: string) => source(root, name, fixture(`bad/${name}`));
const GOOD = fixture('good-article.md');

const CASES: BadCase[] = [
  {
    name: 'no front matter',
    doc: 'no front matter: the file must start',
    setup: fromFixture('missing-front-matter.md'),
    expected: () => ['content/sources/missing-front-matter.md: no front matter', 'the file must start with a line "---"'],
  },
  {
    name: 'malformed front matter (invalid YAML)',
    doc: 'the front matter is not valid YAML (line N of the file)',
    setup: fromFixture('malformed-front-matter.md'),
    expected: () => ['content/sources/malformed-front-matter.md: the front matter is not valid YAML (line 2 of the file)', 'quote values'],
  },
  {
    name: 'front matter never closed',
    doc: 'the front matter is never closed',
    setup: fromFixture('unclosed-front-matter.md'),
    expected: () => ['content/sources/unclosed-front-matter.md: the front matter is never closed', 'add a line "---"'],
  },
  {
    name: 'missing published',
    doc: 'published: missing',
    setup: fromFixture('missing-published.md'),
    expected: () => ['content/sources/missing-published.md: published: missing', 'published: "YYYY-MM-DD"'],
  },
  {
    name: 'impossible published (2025-13-45)',
    doc: 'published: not a real calendar date (got "2025-13-45")',
    setup: fromFixture('impossible-published.md'),
    expected: () => ['content/sources/impossible-published.md: published: not a real calendar date (got "2025-13-45")', 'published: "YYYY-MM-DD"'],
  },
  {
    name: 'unknown field',
    doc: 'unknown field: remove it or fix its spelling',
    setup: fromFixture('unknown-field.md'),
    expected: () => ['content/sources/unknown-field.md: author: unknown field', 'remove it or fix its spelling', 'authors'],
  },
  {
    name: 'empty body',
    doc: 'the article text after the front matter is empty',
    setup: fromFixture('empty-body.md'),
    expected: () => ['content/sources/empty-body.md: the article text after the front matter is empty', 'paste the article'],
  },
  {
    name: 'a file that is not UTF-8 (Windows-1252 bytes)',
    doc: 'is not valid UTF-8 text: re-save the file with UTF-8 encoding',
    setup: fromFixture('not-utf8.md'),
    expected: () => ['content/sources/not-utf8.md: is not valid UTF-8 text', 're-save the file with UTF-8 encoding'],
  },
  {
    name: 'a binary file (a PNG image named .md)',
    doc: 'contains NUL bytes, so it is a binary file',
    setup: fromFixture('binary.md'),
    expected: () => ['content/sources/binary.md:', 'binary file', 'save the article as plain text'],
  },
  {
    name: 'a 10 MB article (generated here, not committed)',
    doc: 'over the 5 MB limit',
    setup: (root) => {
      const sentence = 'The harbor council met again on November 18, 2025, and talked at length about the ferries.\n';
      const head = '---\ntitle: "A huge paste"\noutlet: "Robustness Fixture Wire"\npublished: "2025-11-20"\n---\n';
      source(root, 'huge-article.md', head + sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length)));
    },
    expected: () => ['content/sources/huge-article.md: the article text is 10.0 MB, over the 5 MB limit', 'Keep only the article'],
  },
  {
    name: 'two sources with one id (a copy in a subfolder)',
    doc: 'duplicate id "<id>" (also <other file>): rename one of the files',
    setup: (root) => source(root, 'archive/good-article.md', GOOD),
    expected: () => [
      'content/sources/archive/good-article.md: duplicate id "good-article" (also content/sources/good-article.md): rename one of the files',
      'content/sources/good-article.md: duplicate id "good-article"',
      'content/sources/archive/good-article.md: is in a subfolder',
    ],
  },
  {
    name: 'a javascript: address in url',
    doc: 'url: Invalid URL',
    setup: fromFixture('javascript-url.md'),
    expected: () => ['content/sources/javascript-url.md: url: ', `(got "javascript:alert('xss-url')")`, 'give the full http(s) address of the article'],
  },
  {
    name: 'a derivedFrom that points nowhere',
    doc: 'derivedFrom: names "<id>", which is not a source',
    setup: fromFixture('derived-from-nowhere.md'),
    expected: () => [
      'content/sources/derived-from-nowhere.md: derivedFrom: names "reuters-2025-11-19-no-such-article", which is not a source',
      'or remove the field',
    ],
  },
  {
    name: 'a file name that cannot be an id',
    doc: 'is not a usable id',
    setup: (root) => source(root, 'Reuters Story.md', GOOD),
    expected: () => ['content/sources/Reuters Story.md: the file name "Reuters Story" is not a usable id', 'rename the file'],
  },
  {
    name: 'an upper-case .MD extension',
    doc: 'the file name must end in ".md", in lower case',
    setup: (root) => source(root, 'ferry-copy.MD', GOOD),
    expected: () => ['content/sources/ferry-copy.MD: the file name must end in ".md", in lower case'],
  },
  {
    name: 'no content/sources folder',
    doc: 'content/sources: folder not found',
    setup: (root) => renameSync(join(root, 'content/sources'), join(root, 'sources-moved')),
    expected: () => ['content/sources: folder not found', 'run this in the project folder'],
  },
  {
    name: 'no articles in content/sources',
    doc: 'content/sources: has no articles',
    setup: (root) => {
      rmSync(join(root, 'content/sources'), { recursive: true });
      writeFiles(root, { 'content/sources/.gitkeep': '' });
    },
    expected: () => ['content/sources: has no articles (.md files)'],
  },
  {
    name: 'editorial.yaml that is not valid YAML',
    doc: 'content/editorial.yaml:N: not valid YAML',
    setup: (root) => writeFiles(root, { 'content/editorial.yaml': 'events:\n  some-event:\n    title: "never closed\n' }),
    expected: () => ['content/editorial.yaml:', 'not valid YAML'],
  },
  {
    name: 'editorial.yaml with an unknown key',
    doc: 'unknown key "titel"',
    setup: (root, seed) => writeFiles(root, { 'content/editorial.yaml': `events:\n  ${seed.events[0]!.id}:\n    titel: "Typo"\n` }),
    expected: (seed) => [`content/editorial.yaml: events.${seed.events[0]!.id}: unknown key "titel"`, 'an event entry takes hide and title'],
  },
  {
    name: 'editorial.yaml that leaves an event invalid (end before start)',
    doc: 'the editorial changes leave an event invalid',
    setup: (root, seed) => writeFiles(root, { 'content/editorial.yaml': `events:\n  ${seed.events[0]!.id}:\n    end: "1999-01-01"\n` }),
    expected: (seed) => ['fix content/editorial.yaml', `event "${seed.events[0]!.id}": end: end is before start`],
  },
  {
    name: 'a broken content/events/.generated.json',
    doc: 'is not a valid manifest',
    setup: (root) => writeFileSync(join(root, 'content/events/.generated.json'), '{ "files": '),
    expected: () => ['.generated.json is not a valid manifest', 'restore it from version control, or delete it'],
  },
];

describe('bad input stops the run with a clear error and leaves content/events as it was', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { root, seed } = await seededProject();
      c.setup(root, seed);
      const before = snapshot(root);

      const error = await buildEvents({ root, quiet: true }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error, 'buildEvents should have failed').toBeInstanceOf(Error);
      for (const part of c.expected(seed)) expect(error!.message).toContain(part);
      expect(snapshot(root)).toEqual(before);

      const cli = await runEventsCli(root);
      expect(cli.code, cli.stdout + cli.stderr).toBe(1);
      for (const part of c.expected(seed)) expect(cli.stderr).toContain(part);
      expect(cli.stderr).toContain('Nothing was generated: content/events is as it was.');
      expect(cli.stdout).not.toContain('files ');
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('lists every problem of every file at once', async () => {
    const { root } = await seededProject();
    const before = snapshot(root);
    const bad = readdirSync(join(import.meta.dirname, '../fixtures/robustness/bad'));
    for (const name of bad) fromFixture(name)(root);
    const cli = await runEventsCli(root);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`${bad.length} problems in content/sources (fix them all, then run again):`);
    for (const name of bad) expect(cli.stderr).toContain(`  - content/sources/${name}: `);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('docs/errors.md', () => {
  const docs = readFileSync(join(REPO, 'docs/errors.md'), 'utf8');
  it('explains every error and warning these tests meet', () => {
    const warnings = [
      'no dated event found in this article',
      'not read, since only .md files are articles',
      'edited by hand, so not regenerated',
      "not generated (an editor's own file?)",
      '(kept) and content/events/<B> (generated) are both event',
      'events.<id>: matches no event; ignored',
      'Nothing was generated: content/events is as it was.',
    ];
    for (const phrase of [...CASES.map((c) => c.doc), ...warnings]) expect(docs, phrase).toContain(phrase);
  });
});

describe('where going on is right, the run succeeds and the report says why', () => {
  it('an article with no dates: a warning naming it, the other events written', async () => {
    const { root, seed } = await seededProject();
    source(root, 'no-dates-article.md', fixture('no-dates-article.md'));
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^sources {14}2$/m);
    expect(cli.stdout).toContain('warning              content/sources/no-dates-article.md: no dated event found in this article');
    const result = await buildEvents({ root, quiet: true });
    expect(result.events.map((e) => e.id)).toEqual(seed.events.map((e) => e.id));
  });

  it('a file that is not .md: not read, and said so', async () => {
    const { root } = await seededProject();
    source(root, 'notes.txt', 'Call the harbor office on November 24, 2025.\n');
    source(root, '.DS_Store', Buffer.from([0, 0, 0, 1]));
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('warning              content/sources/notes.txt: not read, since only .md files are articles');
    expect(cli.stdout).not.toContain('.DS_Store');
  });

  it('runs from a folder whose path holds a space', async () => {
    const { root } = await seededProject('robustness with space-');
    const cli = await runEventsCli(root);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^sources {14}1$/m);
    expect(cli.stdout).toMatch(/^kept {17}\S+\.mdx: edited by hand/m);
  });
});

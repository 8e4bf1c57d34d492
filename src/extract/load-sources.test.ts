import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, loadSources, MAX_BODY_BYTES, parseSourceFile, SourceError, SourceErrors } from './load-sources';

const FM = 'title: "A title"\noutlet: Outlet\npublished: "2025-11-22"\n';
const file = (fm: string, body = 'The article text.\n') => `---\n${fm}---\n${body}`;

function errorsOf(fn: () => unknown): SourceError[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceErrors);
    expect(e).toBeInstanceOf(SourceError);
    return (e as SourceErrors).errors;
  }
  throw new Error('expected a SourceErrors');
}

describe('parseSourceFile', () => {
  it('reads front matter and keeps the body byte for byte', () => {
    const body = 'Line one.\r\n\u00A0\nLine two “quoted”.\n';
    const s = parseSourceFile('content/sources/a-b.md', Buffer.from(file(FM, body)));
    expect(s).toEqual({
      id: 'a-b',
      file: 'content/sources/a-b.md',
      meta: { title: 'A title', outlet: 'Outlet', published: '2025-11-22' },
      body,
    });
  });

  it('accepts CRLF files and unquoted dates', () => {
    const raw = '---\r\ntitle: T\r\noutlet: O\r\npublished: 2025-11-22\r\n---\r\nText.\r\n';
    const s = parseSourceFile('x.md', raw);
    expect(s.meta.published).toBe('2025-11-22');
    expect(s.body).toBe('Text.\r\n');
  });

  it('strips a leading BOM before parsing and notes it', () => {
    const s = parseSourceFile('x.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(file(FM))]));
    expect(s.hadBom).toBe(true);
    expect(s.body).toBe('The article text.\n');
    expect(parseSourceFile('x.md', file(FM)).hadBom).toBeUndefined();
  });

  const cases: [string, string | Buffer, RegExp, string?][] = [
    ['no front matter', 'Just text.\n', /no front matter.*must start with a line "---"/],
    ['unterminated front matter', `---\n${FM}Text.\n`, /never closed: add a line "---"/],
    ['malformed YAML', file('title: "unclosed\noutlet: O\n'), /not valid YAML \(line \d+ of the file\)/],
    ['a list instead of fields', file('- a\n- b\n'), /must be a list of "field: value" lines/],
    ['missing published', file('title: T\noutlet: O\n'), /missing: write the publication date/, 'published'],
    ['impossible published', file('title: T\noutlet: O\npublished: "2025-13-45"\n'), /not a real calendar date \(got "2025-13-45"\)/, 'published'],
    ['unknown field', file(`${FM}autor: X\n`), /unknown field: remove it or fix its spelling \(allowed: title, outlet/, 'autor'],
    ['bad url', file(`${FM}url: "ftp://x.org/a"\n`), /http\(s\)/, 'url'],
    ['empty body', file(FM, '\n \u00A0\n\t\n'), /article text after the front matter is empty/],
    ['invalid UTF-8', Buffer.concat([Buffer.from(file(FM)), Buffer.from([0xc3, 0x28])]), /not valid UTF-8 text: re-save/],
    ['NUL bytes', Buffer.concat([Buffer.from(file(FM)), Buffer.from([0x00, 0x01])]), /NUL bytes, so it is a binary file/],
    ['a lone surrogate in a string', file(FM, 'Text \uD800.\n'), /not valid UTF-8/],
  ];
  for (const [name, raw, message, field] of cases) {
    it(`refuses ${name}, naming the file${field ? ' and the field' : ''}`, () => {
      const [err, ...rest] = errorsOf(() => parseSourceFile('content/sources/bad.md', raw));
      expect(rest).toEqual([]);
      expect(err!.file).toBe('content/sources/bad.md');
      expect(err!.field).toBe(field);
      expect(err!.message).toMatch(/^content\/sources\/bad\.md: /);
      if (field) expect(err!.message).toContain(`: ${field}: `);
      expect(err!.message).toMatch(message);
    });
  }

  it('refuses a body over 5 MB', () => {
    const big = `${'word '.repeat(MAX_BODY_BYTES / 5)}x\n`;
    const [err] = errorsOf(() => parseSourceFile('big.md', file(FM, big)));
    expect(err!.message).toMatch(/over the 5 MB limit/);
  });

  it('refuses a file name that is not a usable id', () => {
    const [err] = errorsOf(() => parseSourceFile('content/sources/My Article.md', file(FM)));
    expect(err!.message).toMatch(/file name "My Article" is not a usable id: rename the file/);
  });

  it('reports every problem of one file at once', () => {
    const errs = errorsOf(() => parseSourceFile('x.md', file('outlet: ""\nextra: 1\n', '')));
    expect(errs.map((e) => e.field).sort()).toEqual(['extra', 'outlet', 'published', 'title', undefined]);
  });
});

describe('loadSources', () => {
  it('loads good files sorted by id', () => {
    const { sources } = loadSources([
      { file: 'd/b.md', raw: file(FM) },
      { file: 'd/a.md', raw: file(`${FM}derivedFrom: b\n`) },
    ]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('collects all errors of all files into one error listing each', () => {
    let thrown: unknown;
    try {
      loadSources([
        { file: 'one/a.md', raw: file(FM) },
        { file: 'two/a.md', raw: file(FM) },
        { file: 'c.md', raw: file(`${FM}derivedFrom: nowhere\n`) },
        { file: 'd.md', raw: 'no front matter' },
        { file: 'e.md', raw: file(`${FM}derivedFrom: e\n`) },
      ]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SourceErrors);
    const err = thrown as SourceErrors;
    expect(err.errors.map((e) => `${e.file}|${e.field ?? ''}`)).toEqual([
      'd.md|',
      'one/a.md|',
      'two/a.md|',
      'c.md|derivedFrom',
      'e.md|derivedFrom',
    ]);
    expect(err.message).toMatch(/^5 problems in content\/sources/);
    expect(err.message).toContain('one/a.md: duplicate id "a" (also two/a.md): rename one of the files');
    expect(err.message).toContain('c.md: derivedFrom: names "nowhere", which is not a source');
    expect(err.message).toContain('d.md: no front matter');
    expect(err.message).toContain('e.md: derivedFrom: names this source itself');
  });

  it('loads the project\'s own sources', () => {
    const dir = path.resolve('content/sources');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ file: path.join('content/sources', f), raw: readFileSync(path.join(dir, f)) }));
    const { sources } = loadSources(files);
    expect(sources.length).toBe(files.length);
    for (const s of sources) expect(s.body.length).toBeGreaterThan(500);
  });
});

describe('loadSources with files known from an earlier run', () => {
  it('takes their front matter as known, reads their text only when asked for, and still checks ids across all', () => {
    const meta = { title: 'Known', outlet: 'O', published: '2024-05-06' } as never;
    let reads = 0;
    const known = (file: string) => ({ file, known: { meta, hadBom: false, body: () => (reads++, 'The known text.') } });
    const { sources } = loadSources([known('content/sources/b-known.md'), { file: 'content/sources/a-read.md', raw: '---\ntitle: Read\noutlet: O\npublished: 2024-05-07\n---\nRead text.\n' }]);
    expect(sources.map((s) => s.id)).toEqual(['a-read', 'b-known']);
    expect(reads).toBe(0);
    expect(sources[1]!.meta).toBe(meta);
    expect([sources[1]!.body, sources[1]!.body, reads]).toEqual(['The known text.', 'The known text.', 1]);
    expect(() => loadSources([known('content/sources/Bad Name.md')])).toThrow(/Bad Name\.md.*not a usable id/);
    expect(() => loadSources([{ ...known('content/sources/x.md'), known: { meta: { ...(meta as object), derivedFrom: 'nowhere' } as never, hadBom: false, body: () => '' } }])).toThrow(/derivedFrom.*"nowhere"/);
  });

  it('gives the text of a file as loading it gives its body', () => {
    const raw = '\uFEFF---\ntitle: T\noutlet: O\npublished: 2024-05-07\n---\nBody “text”.\n';
    expect(bodyOf(raw)).toBe(loadSources([{ file: 'content/sources/t.md', raw }]).sources[0]!.body);
    expect(bodyOf(Buffer.from(raw))).toBe('Body “text”.\n');
    expect(bodyOf('no front matter')).toBeUndefined();
  });
});


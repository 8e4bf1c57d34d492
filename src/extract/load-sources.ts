/**
 * Reads the article files of content/sources: YAML front matter, then the article text exactly as
 * published. Everything an editor can get wrong in such a file is reported with the file, the field
 * and what to do, and `loadSources` reports every problem of every file at once, so one pass of
 * fixes is enough.
 */
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { slugId, sourceFrontmatterSchema } from '../schema';
import type { LoadedSource } from './types';

/** Past this an article body is almost certainly a wrong file (a PDF, a data dump), not an article. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class SourceError extends Error {
  readonly file: string;
  readonly field?: string;
  constructor(file: string, problem: string, field?: string) {
    super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
    this.name = 'SourceError';
    this.file = file;
    this.field = field;
  }
}

/** Every problem found across the source files; still a SourceError so one `catch` handles both. */
export class SourceErrors extends SourceError {
  readonly errors: SourceError[];
  constructor(errors: SourceError[]) {
    const files = [...new Set(errors.map((e) => e.file))];
    super(files.join(', '), '');
    this.name = 'SourceErrors';
    this.errors = errors;
    this.message =
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in content/sources ` +
      `(fix them all, then run again):\n` +
      errors.map((e) => `  - ${e.message}`).join('\n');
  }
}

const FRONT_MATTER_HELP =
  'the file must start with a line "---", then the YAML fields (title, outlet, published, ...), ' +
  'then a line "---", then the article text';

/** What to write, per field, when the schema refuses a value. */
const FIELD_HELP: Record<string, string> = {
  title: 'give the headline (or an editor\'s description of the article), e.g. title: "..."',
  outlet: 'name the publication, e.g. outlet: "Reuters"',
  published: 'write the publication date as published: "YYYY-MM-DD" (a real calendar date)',
  url: 'give the full http(s) address of the article, or remove the field',
  authors: 'write a list of names, e.g. authors: ["A. Writer"], or remove the field',
  language: 'write a language code such as "en", or remove the field',
  derivedFrom: 'write the id (file name without .md) of the source this one rewrites, or remove the field',
};
const KNOWN_FIELDS = Object.keys(sourceFrontmatterSchema.shape);

export interface SourceFile {
  file: string;
  raw: Buffer | string;
}

/**
 * A file to load by what an earlier run found in it, while it is unchanged (scripts/lib/source-memo.ts):
 * its valid front matter, and its text, read when first asked for.
 */
export interface KnownSourceFile {
  file: string;
  known: KnownFile;
}

export interface KnownFile {
  meta: FrontMatter;
  hadBom: boolean;
  /** The article text; read when the pipeline first asks for it. */
  body: () => string;
}

/** Parses one source file; throws SourceErrors with every problem of that file. */
export function parseSourceFile(file: string, raw: Buffer | string): LoadedSource {
  const errors: SourceError[] = [];
  const source = parseInto(file, raw, errors);
  if (errors.length > 0 || !source) throw new SourceErrors(errors);
  return source;
}

type FrontMatter = z.infer<typeof sourceFrontmatterSchema>;

export interface LoadOptions {
  /**
   * Serves front matter parsed by an earlier run (by its YAML text), else parses it with `parse`:
   * parsing a thousand is a noticeable part of a re-run. Only valid front matter reaches it.
   */
  frontMatter?: (yaml: string, parse: () => FrontMatter | undefined) => FrontMatter | undefined;
}

/** Parses all files, checks ids and `derivedFrom` across them; throws one SourceErrors listing all. */
export function loadSources(files: ReadonlyArray<SourceFile | KnownSourceFile>, opts: LoadOptions = {}): { sources: LoadedSource[] } {
  const errors: SourceError[] = [];
  const sources: LoadedSource[] = [];
  for (const f of files) {
    const source = 'known' in f ? knownSource(f.file, f.known, errors) : parseInto(f.file, f.raw, errors, opts);
    if (source) sources.push(source);
  }

  const filesById = new Map<string, string[]>();
  for (const { file } of files) {
    const id = idOf(file);
    filesById.set(id, [...(filesById.get(id) ?? []), file]);
  }
  for (const [id, same] of filesById) {
    if (same.length > 1) {
      for (const file of same) {
        const others = same.filter((f) => f !== file).join(', ');
        errors.push(new SourceError(file, `duplicate id "${id}" (also ${others}): rename one of the files`));
      }
    }
  }

  for (const s of sources) {
    const target = s.meta.derivedFrom;
    if (target === undefined) continue;
    if (target === s.id) {
      errors.push(new SourceError(s.file, 'names this source itself: remove the field', 'derivedFrom'));
    } else if (!filesById.has(target)) {
      errors.push(
        new SourceError(
          s.file,
          `names "${target}", which is not a source: use the file name (without .md) of a file in content/sources, or remove the field`,
          'derivedFrom',
        ),
      );
    }
  }

  if (errors.length > 0) throw new SourceErrors(errors);
  // Input order depends on the file system: sort so every run sees the same list.
  sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sources };
}

/** The id is the file name without `.md`: it is what citations and URLs use. */
function idOf(file: string): string {
  return path.basename(file).replace(/\.md$/i, '');
}

/** A file an earlier run loaded, unchanged since: its text read when first asked for (the id still checked). */
function knownSource(file: string, known: KnownFile, errors: SourceError[]): LoadedSource | undefined {
  const id = idOf(file);
  if (!slugId.safeParse(id).success) {
    errors.push(new SourceError(file, `the file name "${id}" is not a usable id: rename the file using lower-case letters, digits and single hyphens (e.g. outlet-2025-11-22-topic.md)`));
    return undefined;
  }
  let body: string | undefined;
  return {
    id,
    file,
    meta: known.meta,
    get body() {
      return (body ??= known.body());
    },
    ...(known.hadBom ? { hadBom: true } : {}),
  };
}

/**
 * The article text of a file (after its front matter), or the problem that keeps it from being read:
 * for a file loaded earlier, read again when its text is asked for.
 */
export function bodyOf(raw: Buffer | string): string | undefined {
  const decoded = decode(raw);
  if ('problem' in decoded) return undefined;
  const split = splitFrontMatter(decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text);
  return 'problem' in split ? undefined : split.body;
}

/** Parses one file, pushing its problems to `errors`; returns the source when it has none. */
function parseInto(file: string, raw: Buffer | string, errors: SourceError[], opts: LoadOptions = {}): LoadedSource | undefined {
  const before = errors.length;
  const fail = (problem: string, field?: string) => {
    errors.push(new SourceError(file, problem, field));
  };

  const id = idOf(file);
  const idCheck = slugId.safeParse(id);
  if (!idCheck.success) {
    fail(`the file name "${id}" is not a usable id: rename the file using lower-case letters, digits and single hyphens (e.g. outlet-2025-11-22-topic.md)`);
  }

  const decoded = decode(raw);
  if ('problem' in decoded) {
    fail(decoded.problem);
    return undefined;
  }
  let text = decoded.text;
  // A byte-order mark before the front matter would hide the opening "---". It is dropped from the
  // text before parsing (the body offsets are unaffected: they count from the body's start) and noted.
  const hadBom = text.startsWith('\uFEFF');
  if (hadBom) text = text.slice(1);

  const split = splitFrontMatter(text);
  if ('problem' in split) {
    fail(split.problem);
    return undefined;
  }

  const parse = () => parseFrontMatter(split.yaml, fail);
  const meta = opts.frontMatter ? opts.frontMatter(split.yaml, parse) : parse();
  const body = split.body;
  if (!/[^\s\u200B\u2060]/.test(body)) {
    fail('the article text after the front matter is empty: paste the article below the closing "---"');
  }
  const bodyBytes = Buffer.byteLength(body, 'utf8');
  if (bodyBytes > MAX_BODY_BYTES) {
    fail(`the article text is ${(bodyBytes / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: is this the right file? Keep only the article`);
  }

  if (errors.length > before || !meta) return undefined;
  return { id, file, meta, body, ...(hadBom ? { hadBom: true } : {}) };
}

function decode(raw: Buffer | string): { text: string } | { problem: string } {
  if (typeof raw === 'string') {
    if (raw.includes('\u0000')) return { problem: binaryProblem };
    if (!raw.isWellFormed()) return { problem: notUtf8Problem };
    return { text: raw };
  }
  if (raw.includes(0)) return { problem: binaryProblem };
  // Checked, then decoded (a BOM kept in the text, so that we can see it and say so): quicker than
  // a fatal TextDecoder for a thousand articles.
  return isUtf8(raw) ? { text: raw.toString('utf8') } : { problem: notUtf8Problem };
}
const binaryProblem = 'contains NUL bytes, so it is a binary file, not text: save the article as plain text (UTF-8)';
const notUtf8Problem = 'is not valid UTF-8 text: re-save the file with UTF-8 encoding';

function splitFrontMatter(text: string): { yaml: string; body: string } | { problem: string } {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { problem: `no front matter: ${FRONT_MATTER_HELP}` };
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { problem: `the front matter is never closed: add a line "---" after the last field (${FRONT_MATTER_HELP})` };
  return { yaml: rest.slice(0, m.index), body: rest.slice(m.index + m[0].length) };
}

function parseFrontMatter(
  yamlText: string,
  fail: (problem: string, field?: string) => void,
): FrontMatter | undefined {
  const doc = parseDocument(yamlText, { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      // +1: the opening "---" is line 1 of the file.
      const line = e.linePos?.[0]?.line;
      const where = line ? ` (line ${line + 1} of the file)` : '';
      fail(`the front matter is not valid YAML${where}: ${firstLine(e.message)}; quote values that contain ": " or "#"`);
    }
    return undefined;
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(`the front matter must be a list of "field: value" lines (${FRONT_MATTER_HELP})`);
    return undefined;
  }
  const parsed = sourceFrontmatterSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fail(`unknown field: remove it or fix its spelling (allowed: ${KNOWN_FIELDS.join(', ')})`, key);
      }
      continue;
    }
    const field = issue.path.map(String).join('.') || undefined;
    const top = String(issue.path[0] ?? '');
    const value = (data as Record<string, unknown>)[top];
    const help = FIELD_HELP[top] ?? 'fix the value';
    if (value === undefined) fail(`missing: ${help}`, field);
    else fail(`${issue.message} (got ${JSON.stringify(value)}): ${help}`, field);
  }
  return undefined;
}

/** The yaml package's first message line, without its own line count (relative to the YAML, not the file). */
function firstLine(s: string): string {
  return s
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?\s*$/, '')
    .trim();
}

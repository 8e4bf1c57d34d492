/**
 * `npm run events`: content/sources/*.md → content/events/*.mdx, with content/editorial.yaml applied.
 * A thin shell around src/extract: read files, run the pure pipeline, write atomically, report.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { eventSchema } from '../src/schema';
import { codeFingerprint } from '../src/extract/cache';
import { applyEditorial, parseEditorial } from '../src/extract/editorial';
import { bodyOf, loadSources, SourceError, SourceErrors, type KnownSourceFile, type LoadOptions, type SourceFile } from '../src/extract/load-sources';
import { serializeEventMdx } from '../src/extract/mdx';
import { extractEvents } from '../src/extract/pipeline';
import { contentHash, readEventIds, readManifestFile, writeEventFiles } from '../src/extract/write-events';
import { rememberIds } from '../src/extract/keep-ids';
import type { SourceFrontmatter } from '../src/schema';
import { openExtractCache, saveExtractCache } from './lib/extract-cache';
import { writeAtomic } from './lib/atomic';
import { FileHashes } from './lib/file-hashes';
import { MemoFile } from './lib/memo-file';
import { SourceMemo } from './lib/source-memo';
import { statKey } from './lib/stat-memo';
import { summary } from './lib/summary';

export interface BuildOptions {
  root: string;
  quiet?: boolean;
}

export async function buildEvents({ root, quiet }: BuildOptions) {
  const eventsDir = path.join(root, 'content/events');
  const editorialFile = path.join(root, 'content/editorial.yaml');
  const code = await codeVersions(root);
  // Each source's analysis is kept by content hash (src/extract/cache.ts): a rebuild redoes only changed articles.
  const cacheFile = path.join(root, '.cache/extract.json');
  const cacheDir = path.join(root, '.cache/extract');
  const cache = openExtractCache(cacheFile, cacheDir, code.extraction);
  // The articles unchanged since the last run are known by their stats, and read only if the pipeline asks for their text.
  const known = SourceMemo.open(path.join(root, '.cache/sources.json'), code.memos);
  const { files, problems, skipped, stats, keys } = await readSourceFiles(root, known, cache.version);
  // Pure steps whose results are kept by input (scripts/lib/memo-file.ts): on a re-run, all but what changed.
  const frontMatter = await MemoFile.open<SourceFrontmatter>(path.join(root, '.cache/front-matter.json'), code.memos);
  // Each event's MDX is kept by its hash only: a re-run compares it with the file's (scripts/lib/file-hashes.ts),
  // and serialises it again only to write it.
  const mdx = await MemoFile.open<string>(path.join(root, '.cache/mdx.json'), `${code.memos}:sha256`);
  const { sources } = loadAll(files, problems, (yaml, parse) => frontMatter.get(yaml, parse));
  for (const src of sources) {
    const key = keys.get(src.file);
    if (key !== undefined) cache.knowKey(src, key);
  }
  const manifest = await readManifestFile(eventsDir);
  const previousIds = await readEventIds(eventsDir, manifest);
  const { events: extracted, report } = extractEvents(sources, { cache, previousIds });
  for (const src of sources) known.record(src.file, stats.get(src.file)!, { meta: src.meta, hadBom: !!src.hadBom, key: cache.keyOf(src) }, cache.version);
  let cachesKept = true;
  // The cache is only a speed-up: failing to keep it must not fail the run.
  try {
    saveExtractCache(cache, cacheFile, cacheDir);
  } catch (e) {
    cachesKept = false;
    report.warnings.push(`.cache/extract.json or .cache/extract/ not written (${(e as Error).message}): the next run extracts every article again`);
  }
  let editorialRaw: string | undefined;
  try {
    editorialRaw = await readFile(editorialFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const { events, warnings } = editorialRaw
    ? applyEditorial(extracted, parseEditorial(editorialRaw, 'content/editorial.yaml'))
    : { events: extracted, warnings: [] as string[] };
  // An event the same as last run's (as JSON) was valid then and serialises the same: only new ones are checked.
  const out = events.map((e) => {
    let content: string | undefined;
    const serialized = () => {
      if (content === undefined) {
        const check = eventSchema.safeParse(e);
        if (!check.success) throw new Error(`event ${e.id}: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        content = serializeEventMdx(e);
      }
      return content;
    };
    return { id: e.id, name: `${e.start}-${e.id}.mdx`, sha256: mdx.get(JSON.stringify(e), () => contentHash(serialized()))!, content: serialized };
  });
  // The event files' hashes, known by their stats (scripts/lib/file-hashes.ts): a re-run reads none it wrote or saw before.
  const hashes = FileHashes.open(path.join(root, '.cache/event-files.json'));
  const written = await writeEventFiles(eventsDir, out, { ids: rememberIds(extracted), hashes, manifest });
  for (const memo of [frontMatter, mdx, hashes, known]) {
    try {
      await memo.save();
    } catch (e) {
      cachesKept = false;
      report.warnings.push(`a memo of .cache/ not written (${(e as Error).message}): the next run computes it again`);
    }
  }
  const clashes = await keptIdClashes(eventsDir, written.keptHandEdited, out);
  const allWarnings = [...skipped, ...report.warnings, ...warnings, ...clashes];
  const eventStats = (file: string) => hashes.statOf(path.resolve(file));
  const result = { events, report, written, warnings: allWarnings, cachesKept, eventStats };
  if (!quiet) console.log(summary(result));
  return result;
}

/**
 * Fingerprints of the code, so that the caches never serve what older code computed: src/extract's
 * for the extraction; for the memos, also the schema they validate with and the packages that parse
 * and write YAML and validate. Kept in .cache/code.json by the stats of the files they are made of
 * (as scripts/lib/file-hashes.ts keeps hashes): a run whose code is as the last one's reads none of them.
 */
async function codeVersions(root: string): Promise<{ extraction: string; memos: string }> {
  const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
  const code = (await readdir(path.join(srcDir, 'extract'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  // Read from the project's node_modules, not resolved through `require`: the start-up snapshot
  // (scripts/events-snapshot.ts) leaves node:module out.
  const packageFile = (p: string) => path.join(srcDir, '../node_modules', p, 'package.json');
  const inputs = [...code.map((f) => path.join(srcDir, 'extract', f)), path.join(srcDir, 'schema.ts'), packageFile('yaml'), packageFile('zod')];
  const memoFile = path.join(root, '.cache/code.json');
  let stamp: string | undefined;
  try {
    stamp = inputs.map((f) => `${f}\0${statKey(f)}`).sort().join('\n');
    const kept = JSON.parse(readFileSync(memoFile, 'utf8')) as { stamp?: unknown; extraction?: unknown; memos?: unknown };
    if (kept.stamp === stamp && typeof kept.extraction === 'string' && typeof kept.memos === 'string') return { extraction: kept.extraction, memos: kept.memos };
  } catch {
    // Not kept yet (or a file missing, which reading reports below).
  }
  const read = (f: string) => readFile(path.join(srcDir, f), 'utf8');
  const extraction = codeFingerprint(await Promise.all(code.map(async (f) => [f, await read(`extract/${f}`)] as const)));
  const version = (p: string) => (JSON.parse(readFileSync(packageFile(p), 'utf8')) as { version: string }).version;
  const packages = ['yaml', 'zod'].map((p) => `${p}@${version(p)}`);
  const memos = codeFingerprint([
    ['extract', extraction],
    ['schema.ts', await read('schema.ts')],
    ['packages', packages.join(' ')],
  ]);
  // Kept only when no input changed while it was read (its stat taken again): a speed-up, never a must.
  if (stamp !== undefined && stamp === inputs.map((f) => `${f}\0${statKey(f)}`).sort().join('\n')) {
    try {
      writeAtomic(memoFile, JSON.stringify({ stamp, extraction, memos }));
    } catch {
      // Computed again next time.
    }
  }
  return { extraction, memos };
}

const SOURCES = 'content/sources';

/**
 * The files of content/sources. Articles are the `.md` files directly in it; everything else is
 * said out loud rather than passed over: other files are warnings (an article saved as .txt would
 * otherwise be missing without a word), `.md` files in subfolders and `.MD` spellings are errors
 * (the site would load them under other ids). Dot files (.gitkeep, .DS_Store) are ignored.
 */
async function readSourceFiles(
  root: string,
  memo: SourceMemo,
  keyVersion: string,
): Promise<{ files: Array<SourceFile | KnownSourceFile>; problems: SourceError[]; skipped: string[]; stats: Map<string, string>; keys: Map<string, string> }> {
  const files: Array<SourceFile | KnownSourceFile> = [];
  const problems: SourceError[] = [];
  const skipped: string[] = [];
  /** Each article's stat as the run found it, and the cache key of those known from the last run. */
  const stats = new Map<string, string>();
  const keys = new Map<string, string>();
  const dir = path.join(root, SOURCES);
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (e) {
      if (rel === '' && (e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SourceError(SOURCES, `folder not found in ${root}: run this in the project folder, and keep the articles in ${SOURCES}`);
      }
      throw e;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      const file = `${SOURCES}/${name}`;
      const full = rel ? path.join(dir, name) : `${dir}${path.sep}${entry.name}`;
      if (entry.isDirectory()) {
        await walk(name);
      } else if (/\.md$/i.test(entry.name)) {
        if (rel) problems.push(new SourceError(file, `is in a subfolder: articles must sit directly in ${SOURCES}; move it there (renaming it if its name is taken), or out of ${SOURCES}`));
        else if (!entry.name.endsWith('.md')) problems.push(new SourceError(file, 'the file name must end in ".md", in lower case: rename it'));
        // Taken before the file is read: had it changed in between, this stat would never be seen again.
        const stat = statKey(full);
        stats.set(file, stat);
        const found = rel ? undefined : memo.lookup(file, stat, keyVersion);
        if (found) {
          if (found.key !== undefined) keys.set(file, found.key);
          files.push({ file, known: { meta: found.meta, hadBom: found.hadBom, body: () => bodyAgain(file, full, stat) } });
        } else {
          // Read synchronously: for a thousand small files, several times quicker than through promises.
          files.push({ file, raw: readFileSync(full) });
        }
      } else {
        skipped.push(`${file}: not read, since only .md files are articles: if it is one, save it as plain text named *.md`);
      }
    }
  };
  await walk('');
  if (files.length === 0) {
    throw new SourceError(SOURCES, 'has no articles (.md files): add at least one before generating the events');
  }
  return { files, problems, skipped, stats, keys };
}

/** The text of an article known from the last run, read when the pipeline asks for it: the file must be as it was. */
function bodyAgain(file: string, full: string, stat: string): string {
  const raw = readFileSync(full);
  const body = statKey(full) === stat ? bodyOf(raw) : undefined;
  if (body === undefined) throw new SourceError(file, 'changed while the events were being generated: run npm run events again');
  return body;
}

/** loadSources, with the folder's own problems listed among the files' ones. */
function loadAll(files: Array<SourceFile | KnownSourceFile>, problems: SourceError[], frontMatter: LoadOptions['frontMatter']): ReturnType<typeof loadSources> {
  let loaded: ReturnType<typeof loadSources> | undefined;
  const errors = [...problems];
  try {
    loaded = loadSources(files, { frontMatter });
  } catch (e) {
    if (!(e instanceof SourceErrors)) throw e;
    errors.push(...e.errors);
  }
  if (errors.length > 0 || !loaded) {
    throw new SourceErrors(errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }
  return loaded;
}

/**
 * A kept (hand-edited) file that holds the id of an event now generated under another file name
 * (its date changed, say): the site would show only one of the two, so say which and what to do.
 */
async function keptIdClashes(eventsDir: string, kept: string[], generated: { id: string; name: string }[]): Promise<string[]> {
  const idOf = (text: string): unknown => {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    try {
      return m ? (parse(m[1]!) as { id?: unknown } | null)?.id : undefined;
    } catch {
      return undefined;
    }
  };
  const fileOfId = new Map<unknown, string>(generated.map((f) => [f.id, f.name]));
  const out: string[] = [];
  for (const name of kept) {
    if (!name.endsWith('.mdx')) continue;
    const id = idOf(await readFile(path.join(eventsDir, name), 'utf8').catch(() => ''));
    const other = typeof id === 'string' ? fileOfId.get(id) : undefined;
    if (other && other !== name) {
      out.push(
        `content/events/${name} (kept) and content/events/${other} (generated) are both event "${id}", and the site shows only one: ` +
          `move the change into content/editorial.yaml, then delete ${name}`,
      );
    }
  }
  return out;
}

/** True when Node runs this file itself (not an import), however the path is spelled or linked. */
function isMain(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Run as `tsx scripts/build-events.ts`: the command without the shortcut of an unchanged run (no code fingerprint).
if (isMain()) void import('./events-cli').then(({ cli }) => cli());

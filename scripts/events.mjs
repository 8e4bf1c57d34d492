/**
 * `npm run events`: runs scripts/events-cli.ts (the command around scripts/build-events.ts) bundled
 * into one JavaScript file by esbuild, which Node starts in a fraction of the time tsx needs (tsx
 * compiles every TypeScript file on each start, and Node would load compromise's hundreds of
 * modules one by one): on a re-run after one article changed, start-up was half of the run.
 *
 * The bundle is kept in .cache/cli/ with the size and modification time of every file it was made
 * of (the scripts, src/, the packages, this file), and made again when any of them changed, so it
 * never runs other code than `tsx scripts/build-events.ts` would. The command itself imports the
 * pipeline only when something changed (a dynamic import, which esbuild keeps lazy in the bundle).
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(ROOT, 'scripts/events-cli.ts');
const DIR = writableDir(path.join(ROOT, '.cache/cli'));
const BUNDLE = path.join(DIR, 'build-events.mjs');
const STAMP = path.join(DIR, 'build-events.json');

/** `dir`, or when it cannot be written (a read-only checkout) a temporary folder for this run. */
function writableDir(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return dir;
  } catch {
    return mkdtempSync(path.join(tmpdir(), 'timeline-events-'));
  }
}

/** What the bundle depends on, per file: changes whenever the file is written. */
function stamp(files) {
  const h = createHash('sha256').update(process.version);
  for (const f of [...files, fileURLToPath(import.meta.url)].sort()) {
    let s;
    try {
      s = statSync(path.resolve(ROOT, f), { bigint: true });
    } catch {
      return undefined;
    }
    h.update(`${f}\0${s.size}\0${s.mtimeNs}\0`);
  }
  return h.digest('hex');
}

/** The stamp of the bundle when it is current, else undefined. */
function current() {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(STAMP, 'utf8'));
    return Array.isArray(inputs) && hash === stamp(inputs) ? hash : undefined;
  } catch {
    return undefined;
  }
}

async function bundle() {
  const { build } = await import('esbuild');
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [ENTRY],
    outfile: tmp,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    metafile: true,
    logLevel: 'error',
    // The script finds src/ and its packages from its own place: keep that place the source's.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(ENTRY).href) },
    // Packages written as CommonJS require Node's modules, which an ES module has no `require` for.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs);
  renameSync(tmp, BUNDLE);
  const hash = stamp(inputs);
  if (hash) writeFileSync(STAMP, JSON.stringify({ inputs, hash }));
  return hash;
}

const code = current() ?? (await bundle());
// V8's compiled code for the bundle, kept between runs: compiling its 2 MB is otherwise paid each time.
module.enableCompileCache?.(path.join(DIR, 'v8'));
const { cli } = await import(pathToFileURL(BUNDLE).href);
// The stamp names every file the bundle was made of: the command's shortcut for an unchanged run needs it.
await cli(code === undefined ? {} : { code });

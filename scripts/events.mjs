/**
 * `npm run events`: runs scripts/events-cli.ts (the command around scripts/build-events.ts) bundled
 * into one JavaScript file by esbuild, which Node starts in a fraction of the time tsx needs (tsx
 * compiles every TypeScript file on each start, and Node would load compromise's hundreds of
 * modules one by one): on a re-run after one article changed, start-up was half of the run.
 *
 * The bundle is kept in .cache/cli/ with the size and modification time of every file it was made
 * of (the scripts, src/, the packages, this file), and made again when any of them changed, so it
 * never runs other code than `tsx scripts/build-events.ts` would. Whether anything changed since
 * the last run is asked first, of a bundle of scripts/lib/last-run.ts alone: an unchanged run prints
 * the last report without loading the command, and the command imports the pipeline only when
 * something changed (a dynamic import, which esbuild keeps lazy in the bundle).
 *
 * After a run that had to extract, a V8 start-up snapshot of the same code is made too
 * (scripts/events-snapshot.ts: compromise loaded and the analyser warmed on a made-up article), and
 * later runs start from it in a child Node process, which saves loading compromise's lexicon and
 * warming the tagger (a third of a second or more). The snapshot is checked once after it is made
 * (the child must answer) and kept with the stamp of the files it was made of, like the bundle;
 * without it, or with TIMELINE_EVENTS_SNAPSHOT=0, the command runs in this process as before.
 * TIMELINE_EVENTS_TRACE=1 says on stderr which of the two ran, and when a snapshot was made.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(ROOT, 'scripts/events-cli.ts');
const DIR = writableDir(path.join(ROOT, '.cache/cli'));
const BUNDLE = path.join(DIR, 'build-events.mjs');
// The shortcut of an unchanged run (scripts/lib/last-run.ts), bundled alone: it loads in no time.
const LAST_RUN_ENTRY = path.join(ROOT, 'scripts/lib/last-run.ts');
const LAST_RUN_BUNDLE = path.join(DIR, 'last-run.mjs');
const STAMP = path.join(DIR, 'build-events.json');
const SNAPSHOT_ENTRY = path.join(ROOT, 'scripts/events-snapshot.ts');
const SNAPSHOT = path.join(DIR, 'events.blob');
const SNAPSHOT_STAMP = path.join(DIR, 'events-blob.json');
/**
 * V8 flags of the process started from the snapshot (and of the probe that checks a new snapshot,
 * so that a flag the snapshot refuses is found before it is kept), each measured in interleaved
 * runs on the bench's corpus of 1,000 articles, pinned to one core:
 * - A young generation of at most 4 MB a half, against V8's default of 8 MB or more: a one-change
 *   run keeps ~100 MB of cached results alive, which scavenges copy whatever the size, and a
 *   smaller young generation touches fewer fresh pages (~0.1 s less CPU).
 * - TurboFan, V8's optimising compiler, only for a function called 30,000 times (or a loop run
 *   8,000 times), not 3,000 (800). Nothing of a warm process's compiled code is in the snapshot,
 *   so each run compiled afresh the hundreds of functions a one-change run calls a few thousand
 *   times, on the core the run itself needs (a seventh of its CPU), for a run that ends before
 *   the optimised code pays back. The baseline compiler still compiles them; the hottest loops are
 *   still optimised. After one change, that process alone: 1.55 → 1.35 s; a whole extraction of 1,000
 *   articles in this process is faster too (10.5–11.6 → 9.8 s).
 * - No peephole pass over regular expressions' bytecode: an expression runs as bytecode only until
 *   it is compiled to machine code, mostly on its second run (~0.02 s).
 * - On a single core (a process pinned to one, as the bench's timed runs are), no background
 *   threads: V8's helpers for compiling and collecting garbage could only take turns with the run
 *   on that core (~0.04–0.06 s). With two cores they neither help nor hurt, and are left on.
 */
const CHILD_FLAGS = [
  '--max-semi-space-size=4',
  '--invocation-count-for-turbofan=30000',
  '--invocation-count-for-osr=8000',
  '--no-regexp-peephole-optimization',
  ...(availableParallelism() === 1 ? ['--single-threaded'] : []),
];
/**
 * The environment of that process: glibc's malloc asked to back its large blocks with transparent
 * huge pages (glibc 2.35+; other C libraries ignore the variable, and so does a kernel that does
 * not offer them on request). Node reads the 15 MB snapshot into such blocks, and copies it once
 * more, and the cache files are read into them: 4 KB at a time, that is some 7,000 page faults,
 * and on a virtual machine a first touch of a page is dear (14 µs each on the bench's machine).
 * Measured in interleaved one-change runs: ~7,000 fewer faults at start, 0.1–0.2 s less in all.
 * A setting of the caller's own for it is left as it is.
 */
const childEnv = (env) =>
  env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb=') ? env : { ...env, GLIBC_TUNABLES: [env.GLIBC_TUNABLES, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':') };

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

/** Each file's size and modification time, read once per run: the bundle's and the snapshot's stamps name the same ~700 files. */
const statLines = new Map();
function statLine(f) {
  let line = statLines.get(f);
  if (line === undefined) {
    try {
      const s = statSync(path.resolve(ROOT, f), { bigint: true });
      line = `${f}\0${s.size}\0${s.mtimeNs}\0`;
    } catch {
      line = null;
    }
    statLines.set(f, line);
  }
  return line;
}

/** What the bundle depends on, per file: changes whenever the file is written. */
function stamp(files) {
  const h = createHash('sha256').update(process.version);
  for (const f of [...files, fileURLToPath(import.meta.url)].sort()) {
    const line = statLine(f);
    if (line === null) return undefined;
    h.update(line);
  }
  return h.digest('hex');
}

/** The stamp kept in `file` when the files it names are as they were, else undefined. */
function current(file = STAMP) {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(inputs) && hash === stamp(inputs) ? hash : undefined;
  } catch {
    return undefined;
  }
}

/** esbuild's bundle of `entry` into `outfile`; returns the files it was made of. */
async function bundleOf(entry, outfile, format) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    outfile,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format,
    target: 'node22',
    metafile: true,
    logLevel: 'error',
    // The scripts find src/ and the packages from their own folder: keep that place the sources'.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(ENTRY).href) },
    // Packages written as CommonJS require Node's modules, which an ES module has no `require` for.
    ...(format === 'esm' ? { banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } } : {}),
  });
  return Object.keys(result.metafile.inputs);
}

async function bundle() {
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const inputs = await bundleOf(ENTRY, tmp, 'esm');
  // Made of files the command's bundle is made of too, so the command's stamp covers it.
  const check = `${LAST_RUN_BUNDLE}.${process.pid}.tmp`;
  await bundleOf(LAST_RUN_ENTRY, check, 'esm');
  renameSync(check, LAST_RUN_BUNDLE);
  renameSync(tmp, BUNDLE);
  const hash = stamp(inputs);
  if (hash) writeFileSync(STAMP, JSON.stringify({ inputs, hash }));
  return hash;
}

/**
 * Makes the start-up snapshot, and keeps it only when a Node process started from it answers.
 * Any failure leaves no snapshot: the command then keeps running in its own process.
 */
async function makeSnapshot() {
  const script = path.join(DIR, `events-snapshot.${process.pid}.cjs`);
  const blob = `${SNAPSHOT}.${process.pid}.tmp`;
  try {
    const inputs = await bundleOf(SNAPSHOT_ENTRY, script, 'cjs');
    const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], { cwd: ROOT, stdio: 'ignore' });
    if (made.status !== 0) return;
    const probe = spawnSync(process.execPath, [...CHILD_FLAGS, '--snapshot-blob', blob], { env: childEnv({ ...process.env, TIMELINE_EVENTS_PROBE: '1' }), encoding: 'utf8' });
    if (probe.status !== 0 || probe.stdout.trim() !== 'ready') return;
    const hash = stamp(inputs);
    if (!hash) return;
    renameSync(blob, SNAPSHOT);
    writeFileSync(SNAPSHOT_STAMP, JSON.stringify({ inputs, hash }));
    trace('start-up snapshot made');
  } catch {
    // A speed-up only.
  } finally {
    rmSync(script, { force: true });
    rmSync(blob, { force: true });
  }
}

const trace = (what) => process.env.TIMELINE_EVENTS_TRACE === '1' && console.error(`npm run events: ${what}`);
/** What the last run left, when nothing changed since: its report; else the inputs' hash, if known. */
async function lastRun(code) {
  if (code === undefined) return {};
  try {
    const { unchanged } = await import(pathToFileURL(LAST_RUN_BUNDLE).href);
    return unchanged(process.cwd(), code);
  } catch {
    return {};
  }
}

const code = current() ?? (await bundle());
const { report, inputs } = await lastRun(code);
const useSnapshot = code !== undefined && process.env.TIMELINE_EVENTS_SNAPSHOT !== '0';
if (report !== undefined) {
  trace('nothing changed since the last run');
  console.log(report);
} else if (useSnapshot && current(SNAPSHOT_STAMP)) {
  trace('from the start-up snapshot');
  const env = childEnv({ ...process.env, TIMELINE_EVENTS_CODE: code, ...(inputs ? { TIMELINE_EVENTS_INPUTS: inputs } : {}) });
  const child = spawnSync(process.execPath, [...CHILD_FLAGS, '--snapshot-blob', SNAPSHOT], { stdio: 'inherit', env });
  if (child.error || child.signal) throw child.error ?? new Error(`npm run events: stopped by ${child.signal}`);
  process.exitCode = child.status ?? 1;
} else {
  trace('in this process');
  // V8's compiled code for the bundle, kept between runs: compiling its 2 MB is otherwise paid each time.
  module.enableCompileCache?.(path.join(DIR, 'v8'));
  const { cli } = await import(pathToFileURL(BUNDLE).href);
  // The stamp names every file the bundle was made of: the command's shortcut for an unchanged run needs it.
  const extracted = await cli(code === undefined ? {} : { code, ...(inputs ? { changedInputs: inputs } : {}) });
  // Made after a run that extracted, when it is worth its second or two: not for an unchanged run.
  if (useSnapshot && extracted) await makeSnapshot();
}

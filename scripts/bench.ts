/**
 * `npm run bench`: how the pipeline and the site hold up at a newsroom's scale.
 *
 * Generates a corpus deterministically (scripts/bench/corpus.ts: 10, 100 and 1,000 articles), and in
 * throw-away copies of the project under the system's temporary folder (never touching content/):
 *
 *  1. extraction, each size in a process of its own: time, articles per second, peak memory;
 *  2. the re-run after one article of 1,000 changes, with the per-source cache (src/extract/cache.ts):
 *     the pipeline's time, and `npm run events`' whole time in the built copy (the median of 5 changes);
 *  3. the full build of 1,000 articles (`npm run build`: events, then astro build);
 *  4. the home page's weight, read from dist/: JavaScript and CSS gzipped, remote fonts;
 *  5. in headless Chromium, with 5,000 events (written directly) and with the 1,000-article site:
 *     time to the first drawn timeline, and frame times while zooming and panning.
 *
 * Timed runs are pinned to one CPU (BENCH_CPU, default 0; "all" not to pin).
 * Options: --quick (10 and 100 articles, 500 events: a smoke run), --render (only step 5 with
 * 5,000 events: for work on the page), --build (only the 1,000-article corpus and step 3 with
 * `npm run events`' re-run: for work on build times), --write <file> (the figures as Markdown,
 * e.g. docs/benchmarks.md; not with --render or --build, whose tables would lack figures), --keep
 * (keep the temporary folder; or BENCH_KEEP=1).
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeFingerprint } from '../src/extract/cache';
import { serializeEventMdx } from '../src/extract/mdx';
import { measurePage, launch, pct, serve, type RenderFigures } from './bench/browser';
import type { Browser } from 'playwright-core';
import { generateCorpus, generateEvents, type GeneratedFile } from './bench/corpus';
import type { ExtractRun } from './bench/extract-run';
import { benchDir, copyProject, pinnedTo, ROOT, run, type RunResult } from './bench/project';
import { resultsFile } from './lib/extract-cache';
import { describeSpeed, machineSpeed } from './bench/speed';
import { BUDGET, kb, pageWeight, type PageWeight } from './bench/weight';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const RENDER_ONLY = argv.includes('--render');
if (argv.includes('--keep')) process.env.BENCH_KEEP = '1';
const WRITE = argv.includes('--write') ? argv[argv.indexOf('--write') + 1] : undefined;
const BUILD_ONLY = argv.includes('--build');
const SIZES = BUILD_ONLY ? [1000] : QUICK ? [10, 100] : [10, 100, 1000];
const BIG = SIZES[SIZES.length - 1]!;
const RENDER_EVENTS = QUICK ? 500 : 5000;
const SEED = 20251122;

const START_MARK = '<!-- npm run bench: figures -->';
const END_MARK = '<!-- end of figures -->';

/**
 * Page loads measured per page: one load's first drawing swings by a hundred milliseconds and more
 * with what else the machine is doing, so the figure held to its target is the median of these.
 */
const RENDER_RUNS = QUICK ? 1 : 5;
/**
 * Changes measured of `npm run events` after one article changed, each a new text of the same
 * article (so each is analysed anew): one run swings by a tenth of a second and more with the
 * machine's load, so the figure held to its target is the median of these.
 */
const RERUN_RUNS = QUICK ? 1 : 5;
const RERUN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TARGET = { extract1000: 20_000, rerun: 2_000, build1000: 60_000, firstDrawn: 500, frameP95: 16 };

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const mb = (m: number | undefined) => (m === undefined ? 'n/a' : `${m.toFixed(0)} MB`);
const n = (x: number) => x.toLocaleString('en-US');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
const cpu = (r: { cpuMs?: number }) => (r.cpuMs === undefined ? '' : `CPU ${s(r.cpuMs)}; `);

function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: cpu.trim(),
    cores: os.availableParallelism(),
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function writeCorpus(dir: string, files: GeneratedFile[]) {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(path.join(dir, f.name), f.content);
}

/**
 * One article changed: a paragraph added, telling of a new meeting on `day` (the pipeline must redo
 * it); a paragraph an earlier change added is replaced, so each day gives the article a new text.
 */
function changeOne(dir: string, day = 'Monday'): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const name = files[Math.floor(files.length / 2)]!;
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8').replace(/\n*The two delegations met again in Saltmere on \w+, a senior diplomat said\.\n$/, '');
  writeFileSync(file, `${text.replace(/\n*$/, '')}\n\nThe two delegations met again in Saltmere on ${day}, a senior diplomat said.\n`);
  return name;
}

/** Fingerprint of the extraction code, as `npm run events` computes it for its cache. */
function extractCodeVersion(): string {
  const dir = path.join(ROOT, 'src/extract');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const);
  return codeFingerprint(files);
}

async function extractIn(dir: string, extra: string[] = []): Promise<ExtractRun & { wallMs: number }> {
  const r = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/bench/extract-run.ts'), dir, ...extra], ROOT);
  const last = r.stdout.trim().split('\n').pop()!;
  return { ...(JSON.parse(last) as ExtractRun), wallMs: r.ms };
}

function countEvents(dir: string): number {
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).length;
}

function printWeight(label: string, w: PageWeight) {
  line(`${label}: JavaScript`, `${kb(w.jsGzip)} gzipped (${kb(w.js.reduce((a, p) => a + p.bytes, 0))} raw, ${w.js.length} script) — budget ${kb(BUDGET.jsGzip)}`);
  line(`${label}: CSS`, `${kb(w.cssGzip)} gzipped (${kb(w.css.reduce((a, p) => a + p.bytes, 0))} raw) — budget ${kb(BUDGET.cssGzip)}`);
  line(`${label}: embedded data (not JS)`, `${kb(w.dataGzip)} gzipped`);
  line(`${label}: HTML in all`, `${kb(w.html.gzip)} gzipped (${kb(w.html.bytes)} raw)`);
  line(`${label}: fonts from elsewhere`, w.remoteFonts.length ? w.remoteFonts.join(', ') : 'none');
}

const median = (xs: number[]) => pct(xs, 50);

/** The figures of several loads of one page: first drawn and frame p95 as medians of the runs'. */
interface RenderRuns {
  runs: RenderFigures[];
  firstDrawn: number;
  frameP95: number;
}

async function measureRuns(browser: Browser, url: string, label: string): Promise<RenderRuns> {
  const runs: RenderFigures[] = [];
  for (let k = 1; k <= RENDER_RUNS; k++) {
    const r = await measurePage(browser, url);
    printRender(RENDER_RUNS > 1 ? `${label}, run ${k}` : label, r);
    runs.push(r);
  }
  const all = (f: (r: RenderFigures) => number) => runs.map((r) => msf(f(r))).join(', ');
  const result = { runs, firstDrawn: median(runs.map((r) => r.firstDrawn)), frameP95: median(runs.map((r) => r.frames.p95)) };
  if (RENDER_RUNS > 1) {
    line(`${label}: first drawn, median of ${runs.length}`, `${msf(result.firstDrawn)} (${all((r) => r.firstDrawn)})`);
    line(`${label}: frame work p95, median of ${runs.length}`, `${msf(result.frameP95)} (${all((r) => r.frames.p95)})`);
  }
  return result;
}

function printRender(label: string, r: RenderFigures) {
  line(`${label}: events / marks`, `${n(r.events)} / ${n(r.marks)}`);
  line(`${label}: HTML received, DOMContentLoaded, load`, `${msf(r.responseEnd)}, ${msf(r.domContentLoaded)}, ${msf(r.load)}`);
  line(`${label}: first drawn timeline`, `${msf(r.firstDrawn)} after navigation start (longest task before: ${msf(r.longestTask)})`);
  line(`${label}: zoom/pan frames`, `${r.frames.count} redrawn; work p50 ${msf(r.frames.p50)}, p95 ${msf(r.frames.p95)}, max ${msf(r.frames.max)}; interval p95 ${msf(r.frames.intervalP95)}`);
  line(`${label}: requests elsewhere, page errors`, `${r.foreignRequests.length}, ${r.errors.length}${r.errors.length ? ` (${r.errors[0]})` : ''}`);
}

/** A copy of the site with RENDER_EVENTS events written directly (citing `sources`), built. */
async function buildEventsSite(sources: GeneratedFile[]): Promise<{ dist: string; weight: PageWeight }> {
  const big = copyProject(`site-${RENDER_EVENTS}-events`, sources);
  const ids = sources.map((f) => f.name.replace(/\.md$/, ''));
  const events = generateEvents(RENDER_EVENTS, ids);
  for (const e of events) writeFileSync(path.join(big.eventsDir, `${e.start}-${e.id}.mdx`), serializeEventMdx(e));
  const bigBuild = await run(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], big.dir);
  line(`astro build, ${n(RENDER_EVENTS)} events written directly`, `${s(bigBuild.ms)}`);
  const weight = pageWeight(path.join(big.dir, 'dist'));
  printWeight(`${n(RENDER_EVENTS)} events`, weight);
  return { dist: path.join(big.dir, 'dist'), weight };
}

/** --render: the page with RENDER_EVENTS events alone, measured RENDER_RUNS times (runs vary with the machine's load). */
async function renderOnly() {
  console.log(`npm run bench --render: ${new Date().toISOString()}; timed runs ${pinnedTo()}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const { files } = generateCorpus({ articles: 1000, seed: SEED });
  const big = await buildEventsSite(files);
  const browser = await launch();
  const server = await serve(big.dist);
  try {
    line('Chromium', browser.version());
    await measureRuns(browser, server.url, `${n(RENDER_EVENTS)} events`);
  } finally {
    await server.close();
    await browser.close();
  }
  console.log(`load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

/**
 * The full build of the largest corpus (`npm run build` in a copy of the project), then `npm run
 * events` again with nothing changed and after one article changed.
 */
async function buildFigures(files: GeneratedFile[]) {
  console.log(`\nFull build of ${n(BIG)} articles (npm run build in a copy of the project)`);
  const site = copyProject(`site-${BIG}`, files);
  const build = await run('npm', ['run', 'build'], site.dir);
  const builtEvents = countEvents(site.eventsDir);
  const pages = (readdirSync(path.join(site.dir, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
  line('npm run build', `${s(build.ms)} → ${n(builtEvents)} events, ${n(pages)} pages; ${cpu(build)}peak ${mb(build.peakRssMb)} (largest process)`);
  const eventsOnly = await run('npm', ['run', 'events'], site.dir);
  const cliCached = existsSync(path.join(site.dir, '.cache/extract.json'));
  line('npm run events again, nothing changed', `${s(eventsOnly.ms)} (${cpu(eventsOnly)}${cliCached ? 'cache present' : 'no cache'})`);
  const reruns: RunResult[] = [];
  for (const day of RERUN_DAYS.slice(0, RERUN_RUNS)) {
    changeOne(site.sourcesDir, day);
    const r = await run('npm', ['run', 'events'], site.dir);
    reruns.push(r);
    if (RERUN_RUNS > 1) line(`  changed (a meeting on ${day})`, `${s(r.ms)} (${cpu(r)}peak ${mb(r.peakRssMb)})`);
  }
  const cliRerun = [...reruns].sort((a, b) => a.ms - b.ms)[Math.floor(reruns.length / 2)]!;
  const ofReruns = RERUN_RUNS > 1 ? `, median of ${RERUN_RUNS} changes` : '';
  line(`npm run events after changing one article`, `${s(cliRerun.ms)}${ofReruns} (${cpu(cliRerun)}${cliCached ? 'with .cache/extract.json' : 'no cache: a full extraction'})`);
  return { site, build, builtEvents, cliRerun, cliCached };
}

async function main() {
  if (WRITE && (RENDER_ONLY || BUILD_ONLY)) throw new Error('--render and --build measure a part only: they cannot --write the table, which needs every figure');
  if (RENDER_ONLY) return renderOnly();
  const t00 = performance.now();
  const m = machine();
  console.log(`npm run bench${QUICK ? ' --quick' : ''}: ${new Date().toISOString()}`);
  const load0 = os.loadavg()[0]!.toFixed(2);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, ${m.os}; Node ${m.node}; timed runs ${pinnedTo()}; load average ${load0}`);
  const speed0 = describeSpeed(await machineSpeed());
  console.log(`machine speed: ${speed0}`);
  console.log(`working in ${benchDir()}\n`);

  // ---- corpus --------------------------------------------------------------------------------
  console.log('Corpus (generated, seed %d)', SEED);
  const corpora = new Map<number, { files: GeneratedFile[]; dir: string }>();
  for (const size of SIZES) {
    const t = performance.now();
    const { files, stats } = generateCorpus({ articles: size, seed: SEED });
    const dir = path.join(benchDir(), `corpus-${size}`);
    writeCorpus(dir, files);
    corpora.set(size, { files, dir });
    const kinds = Object.entries(stats.phrases).map(([k, v]) => `${k} ${v}`).join(', ');
    line(`${n(size)} articles`, `${kb(stats.bytes)}, ${n(stats.happenings)} happenings (${n(stats.shared)} told by 2+ articles), generated in ${msf(performance.now() - t)}`);
    if (size === BIG) line('  date expressions written', kinds);
  }

  if (BUILD_ONLY) {
    const { build, cliRerun } = await buildFigures(corpora.get(BIG)!.files);
    console.log(`\nSummary (${s(performance.now() - t00)} in all): full build ${s(build.ms)}, \`npm run events\` after one change ${s(cliRerun.ms)}; load average ${load0} at start, ${os.loadavg()[0]!.toFixed(2)} at end`);
    console.log(`machine speed: ${speed0} at start; ${describeSpeed(await machineSpeed())} at end`);
    return;
  }

  // ---- extraction ----------------------------------------------------------------------------
  console.log('\nExtraction (no cache; each size in its own process)');
  const extraction = new Map<number, ExtractRun & { wallMs: number }>();
  for (const size of SIZES) {
    const r = await extractIn(corpora.get(size)!.dir);
    extraction.set(size, r);
    line(
      `${n(size)} articles`,
      `${s(r.extractMs)} (${(size / (r.extractMs / 1000)).toFixed(1)} articles/s), load ${msf(r.loadMs)}, peak ${mb(r.peakRssMb)}; ${n(r.sentences)} sentences → ${n(r.events)} events`,
    );
  }

  // ---- re-run after one change (pipeline, cached) --------------------------------------------
  console.log(`\nRe-run after one article of ${n(BIG)} changes (per-source cache)`);
  const rerunDir = path.join(benchDir(), `rerun-${BIG}`);
  writeCorpus(rerunDir, corpora.get(BIG)!.files);
  const cacheFile = path.join(benchDir(), 'extract-cache.json');
  const code = extractCodeVersion();
  const prime = await extractIn(rerunDir, ['--cache', cacheFile, '--code', code]);
  const perSource = [...readdirSync(`${cacheFile}.d`).map((f) => path.join(`${cacheFile}.d`, f)), resultsFile(cacheFile)].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
  line('first run, filling the cache', `${s(prime.extractMs)} (cache written in ${msf(prime.cacheWriteMs ?? 0)}, ${kb(statSync(cacheFile).size + perSource)})`);
  const changed = changeOne(rerunDir);
  const rerun = await extractIn(rerunDir, ['--cache', cacheFile, '--code', code]);
  line(`changed ${changed}`, `${rerun.hits} served from the cache, ${rerun.misses} analysed`);
  line('pipeline re-run (extractEvents)', `${s(rerun.extractMs)}`);
  line('with reading sources and cache, writing cache', `${s(rerun.loadMs + (rerun.cacheReadMs ?? 0) + rerun.extractMs + (rerun.cacheWriteMs ?? 0))} (process in all ${s(rerun.wallMs)}, peak ${mb(rerun.peakRssMb)})`);

  const { site, build, builtEvents, cliRerun, cliCached } = await buildFigures(corpora.get(BIG)!.files);
  const weight = pageWeight(path.join(site.dir, 'dist'));

  // ---- weight --------------------------------------------------------------------------------
  console.log('\nPage weight (dist/index.html)');
  printWeight(`${n(builtEvents)} events`, weight);

  // ---- 5,000 events --------------------------------------------------------------------------
  console.log(`\nRendering in Chromium (1280×900)`);
  const big = await buildEventsSite(corpora.get(BIG)!.files);
  const bigWeight = big.weight;
  const browser = await launch();
  const chromiumVersion = browser.version();
  line('Chromium', chromiumVersion);
  const renders: Array<[string, RenderRuns]> = [];
  try {
    for (const [label, dir] of [
      [`${n(RENDER_EVENTS)} events`, big.dist],
      [`${n(builtEvents)} events`, path.join(site.dir, 'dist')],
    ] as const) {
      const server = await serve(dir);
      try {
        renders.push([label, await measureRuns(browser, server.url, label)]);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  // ---- summary -------------------------------------------------------------------------------
  const r5k = renders[0]![1];
  const foreign = r5k.runs.flatMap((r) => r.foreignRequests);
  const ofRuns = r5k.runs.length > 1 ? `, median of ${r5k.runs.length} loads (${r5k.runs.map((r) => msf(r.firstDrawn)).join(', ')})` : '';
  const rows: Array<[string, string, string, string]> = [
    ...SIZES.map((size): [string, string, string, string] => {
      const r = extraction.get(size)!;
      const isBig = size === 1000;
      return [
        `Extraction, ${n(size)} articles`,
        `${s(r.extractMs)} · ${(size / (r.extractMs / 1000)).toFixed(0)} articles/s · peak ${mb(r.peakRssMb)}`,
        isBig ? '< 20 s' : '',
        isBig ? yes(r.extractMs < TARGET.extract1000) : '',
      ];
    }),
    [`Re-run after 1 of ${n(BIG)} changed: pipeline (cached)`, s(rerun.extractMs), '< 2 s', yes(rerun.extractMs < TARGET.rerun)],
    [
      `Re-run after 1 of ${n(BIG)} changed: \`npm run events\``,
      `${s(cliRerun.ms)}${RERUN_RUNS > 1 ? `, median of ${RERUN_RUNS} changes` : ''}${cliCached ? '' : ' (no cache)'}`,
      '< 2 s',
      yes(cliRerun.ms < TARGET.rerun),
    ],
    [`Full build, ${n(BIG)} articles → ${n(builtEvents)} events`, s(build.ms), '< 60 s', yes(build.ms < TARGET.build1000)],
    ['Home page JavaScript, gzipped', kb(weight.jsGzip), '≤ 30 KB', yes(weight.jsGzip <= BUDGET.jsGzip)],
    ['Home page CSS, gzipped', kb(weight.cssGzip), '≤ 10 KB', yes(weight.cssGzip <= BUDGET.cssGzip)],
    ['Fonts fetched from elsewhere', String(weight.remoteFonts.length + bigWeight.remoteFonts.length + foreign.length), '0', yes(!weight.remoteFonts.length && !foreign.length)],
    [`First drawn timeline, ${n(RENDER_EVENTS)} events`, `${msf(r5k.firstDrawn)}${ofRuns}`, '≤ 500 ms', yes(r5k.firstDrawn <= TARGET.firstDrawn)],
    [
      `Zoom/pan frame work p95, ${n(RENDER_EVENTS)} events`,
      `${msf(r5k.frameP95)}${r5k.runs.length > 1 ? `, median of ${r5k.runs.length} loads` : ''} (${r5k.runs[0]!.frames.count} frames a load, max ${msf(Math.max(...r5k.runs.map((r) => r.frames.max)))})`,
      '< 16 ms',
      yes(r5k.frameP95 < TARGET.frameP95),
    ],
  ];
  if (renders[1]) {
    const [label, r] = renders[1];
    rows.push([`First drawn / frame p95, ${label}`, `${msf(r.firstDrawn)} / ${msf(r.frameP95)}`, '', '']);
  }
  const md = [
    `| Figure | Measured | Target | Met |`,
    `|---|---|---|---|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  console.log(`\nSummary (${s(performance.now() - t00)} in all)\n`);
  console.log(md);
  const load1 = os.loadavg()[0]!.toFixed(2);
  const speed1 = describeSpeed(await machineSpeed());
  console.log(`\nMachine: ${m.cpu} · ${m.cores} cores (nproc) · ${m.memory} RAM · ${m.os} · Node ${m.node} · Chromium ${chromiumVersion} · timed runs ${pinnedTo()} · load average ${load0} at start, ${load1} at end · speed: ${speed0} at start, ${speed1} at end`);

  if (WRITE) {
    // The figures go between the markers of the file, which keeps the rest (notes written by hand).
    const file = path.resolve(ROOT, WRITE);
    const figures = [
      START_MARK,
      `Measured with \`npm run bench${QUICK ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
      '',
      `Machine: ${m.cpu}, ${m.cores} cores (\`nproc\`), ${m.memory} of memory, ${m.os}, Node ${m.node}, Chromium ${chromiumVersion}. Timed runs ${pinnedTo()}; load average ${load0} at the start, ${load1} at the end (the machine was shared). The machine's speed (the same fixed work, timed alike: scripts/bench/speed.ts): ${speed0} at the start, ${speed1} at the end.`,
      '',
      md,
      END_MARK,
    ].join('\n');
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const a = old.indexOf(START_MARK);
    const b = old.indexOf(END_MARK);
    const doc = a >= 0 && b > a ? old.slice(0, a) + figures + old.slice(b + END_MARK.length) : `# Benchmarks\n\n${figures}\n`;
    writeFileSync(file, doc);
    console.log(`\nwrote ${path.relative(ROOT, file)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

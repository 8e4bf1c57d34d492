/**
 * A throw-away copy of the project under the system's temporary folder, for building a generated
 * corpus without touching the real content/: the code and config are copied, content/ is the
 * bench's own, and node_modules is a real folder of links to the project's packages (so that Astro
 * and Vite keep their caches, node_modules/.astro and .vite, in the copy and not in the project).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** What is copied: everything the extraction and the site build read. */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content/editorial.yaml'];
/** Caches that must not be shared with the project. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  dir: string;
  sourcesDir: string;
  eventsDir: string;
  remove(): void;
}

let base: string | undefined;
/** The bench's folder for this run, removed at exit unless BENCH_KEEP is set. */
export function benchDir(): string {
  if (!base) {
    base = mkdtempSync(path.join(tmpdir(), 'timeline-bench-'));
    if (!process.env.BENCH_KEEP) {
      const dir = base;
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
  }
  return base;
}

export function copyProject(name: string, sources: Array<{ name: string; content: string }>): ProjectCopy {
  const dir = path.join(benchDir(), name);
  mkdirSync(dir, { recursive: true });
  for (const rel of COPIED) {
    const from = path.join(ROOT, rel);
    if (!existsSync(from)) continue;
    cpSync(from, path.join(dir, rel), { recursive: true, filter: (p) => !p.includes(`${path.sep}node_modules${path.sep}`) });
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!NOT_LINKED.has(entry)) symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  const sourcesDir = path.join(dir, 'content/sources');
  const eventsDir = path.join(dir, 'content/events');
  mkdirSync(sourcesDir, { recursive: true });
  mkdirSync(eventsDir, { recursive: true });
  for (const f of sources) writeFileSync(path.join(sourcesDir, f.name), f.content);
  return { dir, sourcesDir, eventsDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the largest process of the run (from /usr/bin/time), when known. */
  peakRssMb?: number;
  /**
   * CPU time of the run and the processes it waited for (user + system, from /usr/bin/time), when
   * known: less swayed than wall time by others' work on a shared machine.
   */
  cpuMs?: number;
}

const TIME = '/usr/bin/time';
/** The CPU the timed runs are pinned to (BENCH_CPU, default 0; "all" to not pin). */
export const PIN = process.env.BENCH_CPU ?? '0';
const canPin = PIN !== 'all' && existsSync('/usr/bin/taskset');

/** Runs a command in `cwd`, pinned to one CPU when possible, and times it. */
export function run(cmd: string, args: string[], cwd: string, opts: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const full: string[] = [];
  if (canPin) full.push('/usr/bin/taskset', '-c', PIN);
  const timed = existsSync(TIME);
  if (timed) full.push(TIME, '-f', '\n@@maxrss=%M cpu=%U+%S');
  full.push(cmd, ...args);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The project's own Node (22, from its node_modules/.bin) and tools first on the PATH, as npm scripts have them.
    const PATH = `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`;
    const child = spawn(full[0]!, full.slice(1), { cwd, env: { ...process.env, PATH, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /@@maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\s*$/.exec(stderr);
      if (m) stderr = stderr.slice(0, m.index);
      const res: RunResult = {
        ms,
        code: code ?? -1,
        stdout,
        stderr,
        ...(m ? { peakRssMb: Number(m[1]) / 1024, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 } : {}),
      };
      if (res.code !== 0 && !opts.quiet) {
        reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${res.code}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
      } else resolve(res);
    });
  });
}

export const pinnedTo = (): string => (canPin ? `CPU ${PIN} (taskset)` : 'not pinned');

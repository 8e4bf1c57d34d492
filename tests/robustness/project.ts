/**
 * Throw-away copies of the project for the robustness tests: a temporary root holding
 * content/sources (from tests/fixtures/robustness) and, when the site is to be built, a copy of
 * src/, scripts/ and the config with the repository's node_modules linked in entry by entry.
 *
 * node_modules is not linked as a whole: Astro keeps its content store in node_modules/.astro and
 * Vite its caches in node_modules/.vite*, and builds of different roots must not share those (nor
 * write into the repository's own).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { testEnv } from '../helpers/dist';

export const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'tests/fixtures/robustness');

/** Caches that belong to one project root, never shared through the link. */
const OWN_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

export interface ProjectOptions {
  /** Files under content/, by path relative to content/ (e.g. `sources/a.md`, `editorial.yaml`). */
  content?: Record<string, string | Buffer>;
  /** Copy the site (src/, scripts/, config) and link node_modules, so it can be built. */
  site?: boolean;
  /** Prefix of the temporary folder's name (may hold a space, to test paths that need quoting). */
  prefix?: string;
}

/** A new temporary project root; remove it with `removeProject`. */
export function makeProject({ content = {}, site = false, prefix = 'robustness-' }: ProjectOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  writeFiles(join(root, 'content'), content);
  if (site) {
    for (const name of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      // Unit tests are not part of the site; everything else is copied as it is.
      cpSync(join(REPO, name), join(root, name), { recursive: true, filter: (from) => !from.endsWith('.test.ts') });
    }
    linkNodeModules(root);
  }
  return root;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, data] of Object.entries(files)) {
    const file = join(dir, ...name.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

export function linkNodeModules(root: string): void {
  const from = join(REPO, 'node_modules');
  const to = join(root, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (OWN_CACHES.has(name)) continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

export function removeProject(root: string | undefined): void {
  if (root && root.startsWith(tmpdir() + sep)) rmSync(root, { recursive: true, force: true });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking the test worker, in the tests' environment (`testEnv`), so every
 * build of these tests is built alike.
 */
export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, env: testEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

/** `npx tsx scripts/build-events.ts` in `root`, as an editor runs `npm run events`. */
export function runEventsCli(root: string): Promise<RunResult> {
  return run('npx', ['tsx', 'scripts/build-events.ts'], root);
}

/** `npx astro build` in `root`; throws with the output when it fails. */
export async function astroBuild(root: string, env: Record<string, string> = {}): Promise<void> {
  const r = await run('npx', ['astro', 'build'], root, env);
  if (r.code !== 0) throw new Error(`astro build failed in ${root} (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
}

/** Every file under `dir` (relative path with `/`) with its bytes, sorted by path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Every file under `dir` with the sha256 of its bytes, sorted by path. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries([...readTree(dir)].map(([name, data]) => [name, createHash('sha256').update(data).digest('hex')]));
}

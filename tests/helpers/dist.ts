/**
 * The built site for the browser tests: builds `dist/` when it is missing (or older than the
 * sources and content it is built from) and serves it on a loopback port with node:http.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { readTimelineData, type TimelineData, type TimelineEntry } from '../../src/lib/timeline-data';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const inputs = ['src', 'content', 'astro.config.mjs'].map((p) => newestMtime(join(ROOT, p)));
  return Math.max(...inputs) > built;
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Names this test run: the vitest process that started the workers (the parent of a forked worker,
 * this very process for a worker thread) and its start time, so that a reused pid is not taken for
 * the same run.
 */
function runKey(): string {
  const pid = isMainThread ? process.ppid : process.pid;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return `${pid}:${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
  } catch {
    return String(pid);
  }
}

/**
 * Runs `fn` holding the test runs' build lock: test files run in parallel workers, and two Astro
 * builds of this project at once would share its caches. A lock older than five minutes is left
 * over from a crash.
 */
export function withBuildLock<T>(fn: () => T, timeoutMs = 280_000): T {
  const lock = join(ROOT, 'node_modules', '.cache', 'timeline-test-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* it went away */
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another test worker's build (lock ${lock})`);
      sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * `npx astro build`, as `npm run build` runs it (vitest sets NODE_ENV=test, which Vite would carry
 * into the pages), with extra arguments and environment; throws with the build's output on failure.
 * Call it inside `withBuildLock`.
 */
/**
 * The environment for a build or a command run by a test: without what changes what a build writes.
 * Vitest puts Vite's own variables into process.env (BASE_URL=/, MODE=test...), which would override
 * the build's base path and mode; a shell's SITE_URL or BASE_PATH would make every build differ.
 * A test that wants one passes it in `env`.
 */
export function testEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !BUILD_VARIABLES.has(k)));
  return { ...inherited, ...env };
}
const BUILD_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL', 'BASE_PATH']);

export function astroBuild(args: string[] = [], env: Record<string, string> = {}): void {
  try {
    execFileSync('npx', ['astro', 'build', ...args], {
      cwd: ROOT,
      env: testEnv({ NODE_ENV: 'production', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    const out = `${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`;
    throw new Error(`\`npx astro build ${args.join(' ')}\` failed:\n${out.slice(-6000)}`);
  }
}

/**
 * Runs `npx astro build` when `dist/index.html` is missing or older than `src/`, `content/` or the
 * config. One worker decides (and builds) while the others wait for the lock, and the decision
 * holds for the whole run, so that no worker rebuilds `dist/` under another's feet when the
 * content changes mid-run.
 */
export function ensureBuilt(): void {
  const marker = join(ROOT, 'node_modules', '.cache', 'timeline-test-build.run');
  const key = runKey();
  withBuildLock(() => {
    const decided = existsSync(marker) && readFileSync(marker, 'utf8') === key && existsSync(join(DIST, 'index.html'));
    if (!decided && isStale()) {
      process.stderr.write('[tests] dist/ is missing or older than its sources: running `npx astro build`\n');
      astroBuild();
    }
    writeFileSync(marker, key);
  });
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('`npx astro build` ran but dist/index.html is missing');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  /** `http://127.0.0.1:<port>/`, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (default `dist/`) read-only on 127.0.0.1 at a free port. */
export async function serve(root = DIST): Promise<Served> {
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** The embedded timeline data of a built page with a timeline (the home page by default), its events' fields named. */
export function homeData(page = 'index.html'): Pick<TimelineData, 'people' | 'places' | 'outlets'> & { events: TimelineEntry[] } {
  const html = readFileSync(join(DIST, page), 'utf8');
  const m = /<script type="application\/json" id="tl_data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('dist/index.html has no #tl_data script');
  const data = JSON.parse(m[1]!) as TimelineData;
  return { people: data.people, places: data.places, outlets: data.outlets, events: readTimelineData(data) };
}

/**
 * The home page in headless Chromium (Debian's, driven by playwright-core): how soon the timeline
 * is drawn, and how long the frames take while the reader zooms (mouse wheel) and pans (drag).
 *
 * - First drawn: a script installed before the page's own watches for the first timeline mark set
 *   to display; the time of the animation frame that paints it, from the start of navigation
 *   (performance.now(), whose origin is the navigation), is the figure.
 * - Frames: a requestAnimationFrame loop, registered ahead of the page's own frame callbacks,
 *   notes when each frame starts, and a message posted from it arrives once the frame's script,
 *   style, layout and paint are done: the difference is the frame's work. Only frames in which the
 *   timeline was redrawn (its visible range changed) are counted. The interval between frames is
 *   reported too (at 60 Hz it cannot go below 16.7 ms, so it is not the figure held to 16 ms).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Debian's Chromium; installed with apt-get when missing and running as root. */
export function chromiumPath(): string {
  const found = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  let p = found();
  if (!p && process.getuid?.() === 0) {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    p = found();
  }
  if (!p) throw new Error('Chromium is needed: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH');
  return p;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

/** Serves a built folder read-only on 127.0.0.1 at a free port. */
export async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface RenderFigures {
  events: number;
  /** Marks in the SVG, drawn or not. */
  marks: number;
  /** From navigation start, ms. */
  responseEnd: number;
  domContentLoaded: number;
  load: number;
  firstDrawn: number;
  /** The longest task on the main thread before the timeline was drawn, ms. */
  longestTask: number;
  frames: { count: number; p50: number; p95: number; max: number; intervalP95: number };
  /** Requests to anywhere but the local server. */
  foreignRequests: string[];
  errors: string[];
}

// Runs in the page before its own scripts. A string, not a function: tsx's transform would add
// helper calls to a function's body that do not exist in the page.
const INSTRUMENT = String.raw`(() => {
  const st = { firstDrawn: 0, longest: 0, frames: [], recording: false };
  window.__tl = st;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!st.firstDrawn) st.longest = Math.max(st.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const seen = () => document.querySelector('#tl_svg g.m:not([display="none"])');
  const mo = new MutationObserver(() => {
    if (!seen()) return;
    mo.disconnect();
    requestAnimationFrame(() => { st.firstDrawn = performance.now(); });
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['display'] });
  // Frame work: from the start of each frame to a message that arrives after it was painted.
  const ch = new MessageChannel();
  let start = 0, last = 0, domain = '';
  ch.port1.onmessage = () => {
    const d = document.getElementById('tl_svg')?.getAttribute('data-domain') ?? '';
    if (st.recording) st.frames.push([performance.now() - start, start - last, d !== domain]);
    domain = d;
    last = start;
  };
  const tick = (t) => {
    start = t;
    ch.port2.postMessage(0);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function drive(page: Page) {
  const box = (await page.locator('#tl_svg').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(cx, cy);
  const pause = (ms: number) => page.waitForTimeout(ms);
  // Zoom in and out with the wheel, at the pace of a reader's scrolling.
  for (let i = 0; i < 14; i++) {
    await page.mouse.wheel(0, -120);
    await pause(24);
  }
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await pause(24);
  }
  // Pan: drag left and right.
  for (const dir of [-1, 1, -1]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(cx + dir * i * 14, cy);
      await pause(12);
    }
    await page.mouse.up();
  }
  // Zoom out fully again, then pan at the widest view.
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 200);
    await pause(24);
  }
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(cx + i * 10, cy);
    await pause(12);
  }
  await page.mouse.up();
  await pause(300);
}

/** Loads `url` in a fresh 1280×900 page and measures it. */
export async function measurePage(browser: Browser, url: string): Promise<RenderFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) foreign.push(u);
  });
  await page.addInitScript(INSTRUMENT);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { __tl: { firstDrawn: number } }).__tl.firstDrawn > 0, undefined, { timeout: 60_000 });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const st = (window as unknown as { __tl: { firstDrawn: number; longest: number } }).__tl;
    return {
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      firstDrawn: st.firstDrawn,
      longestTask: st.longest,
      events: document.querySelectorAll('#tl_list > li').length,
      marks: document.querySelectorAll('#tl_svg g.m').length,
    };
  });
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { __tl: { recording: boolean } }).__tl.recording = true));
  await drive(page);
  const frames = await page.evaluate(() => {
    const st = (window as unknown as { __tl: { recording: boolean; frames: Array<[number, number, boolean]> } }).__tl;
    st.recording = false;
    return st.frames;
  });
  await context.close();
  const redrawn = frames.filter((f) => f[2]);
  const work = redrawn.map((f) => f[0]);
  return {
    ...load,
    frames: {
      count: work.length,
      p50: pct(work, 50),
      p95: pct(work, 95),
      max: Math.max(0, ...work),
      intervalP95: pct(
        redrawn.map((f) => f[1]),
        95,
      ),
    },
    foreignRequests: foreign,
    errors,
  };
}

/**
 * The weight of a built page, read from the files in dist/: its executable JavaScript and its CSS,
 * inline or linked, each as bytes and gzipped (zlib's default level, as web servers use), the
 * embedded data apart (a JSON script is data, not code), and every reference to a font or a
 * stylesheet on another host. Used by `npm run bench` and by tests/budgets.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { jsGzip: 30 * 1024, cssGzip: 10 * 1024 } as const;

export interface Part {
  /** `inline` or the linked file's path relative to dist. */
  from: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  html: { bytes: number; gzip: number };
  js: Part[];
  css: Part[];
  /** `<script type="application/json">` and `application/ld+json`: data, not code. */
  data: Part[];
  jsGzip: number;
  cssGzip: number;
  dataGzip: number;
  /** Remote font files, font stylesheets and preconnects to other hosts: each as found. */
  remoteFonts: string[];
}

const gz = (s: string | Buffer) => gzipSync(s).length;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const FONT_HOSTS = /fonts\.(?:googleapis|gstatic|bunny)\.|use\.typekit\.net|fonts\.cdnfonts\.|fast\.fonts\.net|use\.fontawesome\.com|kit\.fontawesome\.com/i;

/** Remote font references in a stylesheet (`@font-face` sources, `@import`s, font URLs), each once. */
export function remoteFontRefs(css: string): string[] {
  const out = new Set<string>();
  for (const face of css.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    for (const u of face[0].matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) if (REMOTE.test(u[2]!.trim())) out.add(u[2]!.trim());
  }
  for (const imp of css.matchAll(/@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/gi)) if (REMOTE.test(imp[2]!)) out.add(imp[2]!);
  for (const u of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) {
    const v = u[2]!.trim();
    if (REMOTE.test(v) && (FONT_HOSTS.test(v) || /\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i.test(v))) out.add(v);
  }
  return [...out];
}

/** The weight of `page` (a path relative to `dist`, default the home page). */
export function pageWeight(dist: string, page = 'index.html'): PageWeight {
  const file = join(dist, page);
  const html = readFileSync(file, 'utf8');
  const root = resolve(dist);
  const linked = (href: string): { from: string; text: string } | undefined => {
    if (REMOTE.test(href) || href.startsWith('data:')) return undefined;
    const path = decodeURIComponent(href.split(/[?#]/)[0]!);
    const abs = path.startsWith('/') ? join(root, path) : resolve(dirname(file), path);
    if (abs !== root && !abs.startsWith(root + sep)) return undefined;
    return existsSync(abs) ? { from: abs.slice(root.length + 1), text: readFileSync(abs, 'utf8') } : undefined;
  };
  const js: Part[] = [];
  const data: Part[] = [];
  const css: Part[] = [];
  const remoteFonts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = m[1]!;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    const src = attr(tag, 'src');
    const isData = /json/.test(type);
    const isCode = !type || type === 'module' || /(?:java|ecma)script/.test(type);
    if (!isData && !isCode) continue;
    let from = 'inline';
    let text = m[2]!;
    if (src) {
      const f = linked(src);
      if (!f) {
        remoteFonts.push(...(FONT_HOSTS.test(src) ? [`script ${src}`] : []));
        continue;
      }
      ({ from, text } = f);
    }
    (isData ? data : js).push({ from, bytes: Buffer.byteLength(text), gzip: gz(text) });
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    css.push({ from: 'inline', bytes: Buffer.byteLength(m[1]!), gzip: gz(m[1]!) });
    remoteFonts.push(...remoteFontRefs(m[1]!));
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href') ?? '';
    // A font host's stylesheet, a preload of a font, a preconnect to a font host.
    if (REMOTE.test(href) && (FONT_HOSTS.test(href) || /\bas\s*=\s*["']?font/i.test(tag))) remoteFonts.push(`<link rel="${rel}" href="${href}">`);
    if (!/\bstylesheet\b/.test(rel)) continue;
    const f = linked(href);
    if (!f) continue;
    css.push({ from: f.from, bytes: Buffer.byteLength(f.text), gzip: gz(f.text) });
    remoteFonts.push(...remoteFontRefs(f.text));
  }
  const sum = (parts: Part[]) => parts.reduce((s, p) => s + p.gzip, 0);
  return {
    html: { bytes: Buffer.byteLength(html), gzip: gz(html) },
    js,
    css,
    data,
    jsGzip: sum(js),
    cssGzip: sum(css),
    dataGzip: sum(data),
    remoteFonts: [...new Set(remoteFonts)],
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

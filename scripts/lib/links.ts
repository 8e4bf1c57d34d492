/**
 * The pure core of scripts/check-links.ts: find every local link in a built site and say which
 * ones a browser could not follow, hosted under a base path or opened from disk over file://.
 *
 * The site is seen through `SiteView` (list pages, read a page, tell file from folder), so the
 * rules can be tested without a disk; scripts/lib/links-fs.ts gives the real folder.
 *
 * Rules:
 * - HTML is parsed with parse5 (the WHATWG algorithm browsers use), so comments, scripts and odd
 *   quoting hide or show exactly what a browser would.
 * - Links: a/area/link[href], script/img/iframe/source/audio/video/embed/track[src], video[poster],
 *   object[data], img/source[srcset], SVG use/image[href|xlink:href], `<meta http-equiv=refresh>`.
 * - Skipped: anything with a scheme other than file: (http, https, mailto, tel, data, javascript…),
 *   protocol-relative `//host`, empty values, a bare `#`, `#top` and text fragments (`#:~:text=`).
 *   A `file:` URL is always reported: it cannot work anywhere but on the machine that built it.
 * - Relative URLs resolve from the page's own path (or its `<base href>`), as a browser does; one
 *   that climbs out of the site folder is broken (over file:// it leaves the folder; hosted, it
 *   leaves the base path).
 * - Root-absolute URLs (`/x`) resolve against the base path: `/timelines/peace-plan/x` with base
 *   `/timelines/peace-plan/` is `x` in the folder; one outside the base path is broken.
 * - The target must be a file: a URL ending in `/` or naming a folder is broken even when the
 *   folder has an index.html, since file:// shows no index pages.
 * - `#fragment`: on the same page or on another .html page, an element with that id (or an
 *   `<a name>`) must exist, unless fragment checks are turned off (ids made by scripts at run time
 *   are invisible here).
 */
import { parse } from 'parse5';

export type FileKind = 'file' | 'dir' | 'missing';

export interface SiteView {
  /** Every HTML page, as a path relative to the site folder with `/` separators. */
  pages: readonly string[];
  /** Text of a file (only called for .html/.htm files that exist). */
  read(path: string): string;
  /** What a path relative to the site folder names; '' is the folder itself. */
  kind(path: string): FileKind;
}

export interface CheckOptions {
  /** Base path the site is served under, e.g. `/timelines/peace-plan/`; default `/`. */
  base?: string;
  /** Check `#fragment` targets (default true). */
  fragments?: boolean;
}

export interface LinkRef {
  tag: string;
  attr: string;
  value: string;
}

export interface PageLinks {
  links: LinkRef[];
  /** Ids (and `<a name>`s) a fragment can point at. */
  anchors: Set<string>;
  /** The first `<base href>`, if any. */
  baseHref?: string;
}

export interface BrokenLink {
  /** Page the link is on, relative to the site folder. */
  page: string;
  tag: string;
  attr: string;
  /** The link as written. */
  value: string;
  /** Where it led, relative to the site folder, when it resolved inside it. */
  target?: string;
  reason: string;
}

export interface CheckResult {
  pages: number;
  /** Local links checked (skipped external ones not counted). */
  links: number;
  broken: BrokenLink[];
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: Node[];
  content?: Node;
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** ASCII white space, as the URL parser and HTML attribute rules trim it. */
const TRIM = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** The URLs of a `srcset` (candidates are "url [descriptor]" separated by commas). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const re = /[\t\n\f\r ,]*([^\t\n\f\r ]+)[^,]*/g;
  for (let m = re.exec(srcset); m; m = re.exec(srcset)) {
    let url = m[1]!;
    // A URL ends at white space; a trailing comma belongs to the list, not to the URL.
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    if (url) urls.push(url);
    if (m[0] === '') re.lastIndex++;
  }
  return urls;
}

function attrName(a: { name: string; prefix?: string }): string {
  return a.prefix ? `${a.prefix}:${a.name}` : a.name;
}

/** Links, anchors and `<base href>` of one HTML page. */
export function extractLinks(html: string): PageLinks {
  const doc = parse(html) as unknown as Node;
  const links: LinkRef[] = [];
  const anchors = new Set<string>();
  let baseHref: string | undefined;
  const walk = (node: Node) => {
    const tag = node.tagName;
    if (tag) {
      const attrs = new Map((node.attrs ?? []).map((a) => [attrName(a), a.value]));
      const id = attrs.get('id');
      if (id) anchors.add(id);
      if (tag === 'a' && attrs.get('name')) anchors.add(attrs.get('name')!);
      if (tag === 'base' && baseHref === undefined && attrs.has('href')) baseHref = attrs.get('href')!.replace(TRIM, '');
      for (const attr of URL_ATTRIBUTES[tag] ?? []) {
        const value = attrs.get(attr);
        if (value === undefined) continue;
        if (attr === 'srcset') for (const url of srcsetUrls(value)) links.push({ tag, attr, value: url });
        else links.push({ tag, attr, value: value.replace(TRIM, '') });
      }
      if (tag === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
        const m = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(attrs.get('content') ?? '');
        if (m?.[2]) links.push({ tag, attr: 'content', value: m[2] });
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(doc);
  return { links, anchors, ...(baseHref !== undefined ? { baseHref } : {}) };
}

export type Resolution =
  | { kind: 'skip' }
  | { kind: 'broken'; reason: string }
  /** `path` is relative to the site folder, decoded; '' is the folder itself. */
  | { kind: 'local'; path: string; fragment: string };

const ORIGIN = 'http://site.invalid';
/** Relative links resolve inside this made-up folder, so climbing out of the site shows. */
const ROOT = '/__site__/';

/** `/`, `/a/`, `/a/b/`: a base path with one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Where a link leads, relative to the site folder. `page` is the linking page's path in the site
 * folder; `baseHref` its `<base href>`, if any.
 */
export function resolveLink(value: string, page: string, base = '/', baseHref?: string): Resolution {
  const v = value.replace(TRIM, '');
  if (v === '' || v === '#') return { kind: 'skip' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(v);
  if (scheme) {
    return scheme[1]!.toLowerCase() === 'file'
      ? { kind: 'broken', reason: 'file: URL (only works on the machine that built the site)' }
      : { kind: 'skip' };
  }
  if (/^[\\/]{2}/.test(v)) return { kind: 'skip' }; // protocol-relative: another host
  const basePath = normaliseBase(base);
  const pageUrl = new URL(`${ROOT}${encodePath(page)}`, ORIGIN);
  let from = pageUrl;
  if (baseHref !== undefined && baseHref !== '') {
    const b = resolveLink(baseHref, page, base);
    if (b.kind === 'skip') return { kind: 'skip' }; // <base> on another host: not ours to check
    if (b.kind === 'broken') return { kind: 'broken', reason: `<base href> ${b.reason}` };
    from = new URL(`${ROOT}${encodePath(b.path)}`, ORIGIN);
  }
  let url: URL;
  let path: string;
  if (/^[\\/]/.test(v)) {
    url = new URL(v, ORIGIN);
    if (!url.pathname.startsWith(basePath) && `${url.pathname}/` !== basePath) {
      return { kind: 'broken', reason: `root-absolute path is outside the base path ${basePath}` };
    }
    path = url.pathname.slice(basePath.length);
  } else {
    url = new URL(v, from);
    if (!url.pathname.startsWith(ROOT)) return { kind: 'broken', reason: 'climbs out of the site folder' };
    path = url.pathname.slice(ROOT.length);
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    return { kind: 'broken', reason: 'bad percent-encoding in the path' };
  }
  let fragment = '';
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    fragment = url.hash.slice(1);
  }
  return { kind: 'local', path, fragment };
}

function isHtml(path: string): boolean {
  return /\.html?$/i.test(path);
}

/** Checks every link of every page. */
export function checkSite(site: SiteView, options: CheckOptions = {}): CheckResult {
  const base = normaliseBase(options.base ?? '/');
  const checkFragments = options.fragments ?? true;
  const parsed = new Map<string, PageLinks>();
  const pageLinks = (path: string): PageLinks => {
    let p = parsed.get(path);
    if (!p) {
      p = extractLinks(site.read(path));
      parsed.set(path, p);
    }
    return p;
  };
  const broken: BrokenLink[] = [];
  let count = 0;
  for (const page of [...site.pages].sort()) {
    const { links, baseHref } = pageLinks(page);
    for (const link of links) {
      const r = resolveLink(link.value, page, base, baseHref);
      if (r.kind === 'skip') continue;
      count++;
      const report = (reason: string, target?: string) =>
        broken.push({ page, ...link, ...(target !== undefined ? { target } : {}), reason });
      if (r.kind === 'broken') {
        report(r.reason);
        continue;
      }
      if (r.path === '' || r.path.endsWith('/')) {
        report('names a folder, not a file (file:// shows no index page: link to …/index.html)', r.path || '.');
        continue;
      }
      const kind = site.kind(r.path);
      if (kind === 'dir') {
        report('names a folder, not a file (link to …/index.html)', r.path);
        continue;
      }
      if (kind === 'missing') {
        report('no such file', r.path);
        continue;
      }
      const fragment = r.fragment;
      if (!checkFragments || fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) continue;
      if (!isHtml(r.path)) continue;
      if (!pageLinks(r.path).anchors.has(fragment)) report(`no element with id "${fragment}"`, `${r.path}#${fragment}`);
    }
  }
  return { pages: site.pages.length, links: count, broken };
}

/** One line per broken link, grouped by page. */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  let page: string | undefined;
  for (const b of result.broken) {
    if (b.page !== page) {
      page = b.page;
      lines.push(`${page}:`);
    }
    const target = b.target !== undefined ? ` → ${b.target}` : '';
    lines.push(`  <${b.tag} ${b.attr}="${b.value}">${target}: ${b.reason}`);
  }
  const summary = `${result.pages} page(s), ${result.links} local link(s), ${result.broken.length} broken`;
  return [...lines, summary].join('\n');
}

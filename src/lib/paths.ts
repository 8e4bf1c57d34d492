/**
 * Relative links that name files.
 *
 * The built site must work hosted at `/`, hosted under a base path (`/timelines/peace-plan/`),
 * opened from disk over file:// and inside a sandboxed iframe. Root-absolute links (`/events/x/`)
 * break the last three and directory links (`events/x/`) break file://, so every internal link is
 * relative to the page it sits on and ends in a file name: `../../events/x/index.html`.
 */

/** `/a/b` → `/a/b/`; `''` → `/`. */
function asDirectory(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return p.endsWith('/') ? p : `${p}/`;
}

/** Path segments of the directory a URL path stands for (`a/b/index.html` and `a/b/` → [a, b]). */
function directorySegments(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const last = segments.at(-1);
  // A last segment with a dot is a file name (`index.html`); without one, a directory whose URL lost
  // its trailing slash (`/events/x`), which the site never has as a page of its own.
  if (last !== undefined && !path.endsWith('/') && last.includes('.')) segments.pop();
  return segments;
}

/**
 * The href from the page at `fromPathname` to the site page `toPath`.
 *
 * - `fromPathname`: the current page's URL path as served, base included (`Astro.url.pathname`):
 *   `/`, `/events/x/`, `/events/x/index.html`, `/timelines/peace-plan/sources/y/`.
 * - `toPath`: a route of this site, relative to the base (a leading `/` is allowed and means the
 *   base, not the host root): `''` (home), `events/x/`, `/sources/y/`, `?people=a`, `events/x/#q`.
 *   A route without a file name gets `index.html`. Query and fragment are kept.
 * - `base`: the configured base path (`import.meta.env.BASE_URL`), `/` by default.
 */
export function relativeHref(fromPathname: string, toPath: string, base = '/'): string {
  const match = /^([^?#]*)(.*)$/s.exec(toPath);
  const target = match?.[1] ?? '';
  const suffix = match?.[2] ?? '';

  // Where the current page sits below the base.
  const baseDir = asDirectory(base);
  const from = asDirectory(fromPathname) === baseDir ? '' : fromPathname.startsWith(baseDir) ? fromPathname.slice(baseDir.length) : fromPathname;
  const fromDir = directorySegments(from);

  // The file the link names.
  let file = target.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  else if (!(file.split('/').at(-1) ?? '').includes('.')) file += '/index.html';
  const toSegments = file.split('/');
  const fileName = toSegments.pop() as string;

  let common = 0;
  while (common < fromDir.length && common < toSegments.length && fromDir[common] === toSegments[common]) common++;
  const up = '../'.repeat(fromDir.length - common);
  const down = toSegments.slice(common).map((s) => `${s}/`).join('');
  return `${up}${down}${fileName}${suffix}`;
}

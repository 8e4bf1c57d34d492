/**
 * What the endpoints tell the exports about the site: its name and where it lives. One place to
 * change the words the feed, the calendar and the TimelineJS title slide print.
 */
import type { TimelineEvent } from '../schema';
import { SITE_INTRO, SITE_LANG, SITE_TITLE } from '../lib/site';

/** From content/site.yaml, like every page's title. */
export const EXPORT_META = { title: SITE_TITLE, description: SITE_INTRO, lang: SITE_LANG } as const;

/**
 * The site's root URL (with the base path, ending in `/`), or undefined when `site` is not set
 * (then no absolute URL can be known and the exports leave such links out or keep them relative).
 */
export function siteRoot(site: URL | undefined, base: string): string | undefined {
  if (!site) return undefined;
  const path = base.endsWith('/') ? base : `${base}/`;
  return new URL(path, site).href;
}

/**
 * An event's own page, `events/<id>/index.html` (the route src/lib/paths.ts documents; named as a
 * file so it opens over file:// too). Absolute when the site URL is known, else relative to a file
 * at the site root, where feed.xml and events.ics are.
 */
export function eventLink(root: string | undefined, e: TimelineEvent): string {
  const path = `events/${e.id}/index.html`;
  return root ? `${root}${path}` : path;
}

/** `dist/feed.xml`: the events as an Atom 1.0 feed, newest first (see src/exports/atom.ts). */
import type { APIRoute } from 'astro';
import { loadEventsFile } from '../lib/events-data';
import { atomFeed } from '../exports/atom';
import { EXPORT_META, eventLink, siteRoot } from '../exports/meta';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const body = atomFeed(await loadEventsFile(), {
    ...EXPORT_META,
    ...(root ? { siteUrl: root, selfUrl: new URL('feed.xml', root).href } : {}),
    // Relative links resolve against the feed's own URL, which sits beside the timeline page.
    eventUrl: (e) => eventLink(root, e),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

/** `dist/events.ics`: the events as an iCalendar file (see src/exports/ics.ts). */
import type { APIRoute } from 'astro';
import { loadEventsFile } from '../lib/events-data';
import { eventsIcs } from '../exports/ics';
import { EXPORT_META, eventLink, siteRoot } from '../exports/meta';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const body = eventsIcs(await loadEventsFile(), {
    ...EXPORT_META,
    // URL must be absolute in a calendar: only when the site's URL is configured.
    ...(root ? { eventUrl: (e) => eventLink(root, e) } : {}),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

/** `dist/timeline.json`: the events for Knight Lab's TimelineJS3 (see src/exports/timeline-json.ts). */
import type { APIRoute } from 'astro';
import { loadEventsFile } from '../lib/events-data';
import { EXPORT_META } from '../exports/meta';
import { timelineJson } from '../exports/timeline-json';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(timelineJson(await loadEventsFile(), EXPORT_META), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** `dist/events.json`: the public contract (see src/exports/events-json.ts). */
import type { APIRoute } from 'astro';
import { loadEventsFile } from '../lib/events-data';
import { eventsJson } from '../exports/events-json';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(eventsJson(await loadEventsFile()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

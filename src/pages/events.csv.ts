/** `dist/events.csv`: one row per event for spreadsheets (see src/exports/csv.ts). */
import type { APIRoute } from 'astro';
import { loadEventsFile } from '../lib/events-data';
import { eventsCsv } from '../exports/csv';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(eventsCsv(await loadEventsFile()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

/**
 * Every page as the build writes it: its characters beyond Latin-1 as references where they are
 * few (src/lib/html.ts, `latin1Html`), so that Chromium reads the page as one-byte text.
 */
import { defineMiddleware } from 'astro:middleware';
import { latin1Html } from './lib/html';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(latin1Html(await response.text()), response);
});

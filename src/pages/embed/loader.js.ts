/** `embed/loader.js`: the embed loader (src/client/embed-loader.ts), bundled as one classic script. */
import code from 'virtual:classic-script/embed-loader';

export const GET = () => new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

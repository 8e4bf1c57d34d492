// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';

const SCRIPT = 'virtual:classic-script/';
/**
 * A client script as one classic script, as text (`import code from 'virtual:classic-script/timeline'`
 * bundles src/client/timeline.ts). Astro's own `<script>` is an inline module, and a module runs only
 * once the whole document is parsed: on the home page that is seconds of list. A classic script
 * placed before the list runs, and draws the timeline, while the parser is still reading it. One
 * file, no import(): it must run from disk and in a sandboxed iframe (and the embed loader in any
 * publisher's page).
 */
/** @returns {import('vite').Plugin} */
function classicScript() {
  return {
    name: 'timeline-classic-script',
    resolveId: (id) => (id.startsWith(SCRIPT) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${SCRIPT}`)) return undefined;
      const name = id.slice(SCRIPT.length + 1);
      if (!/^[\w-]+$/.test(name)) throw new Error(`no client script "${name}"`);
      // Rolldown, which bundles the rest of the site for Vite, so the script is minified as before.
      // In ASCII (non-ASCII characters as escapes), so that the page stays one-byte text (src/lib/html.ts).
      const out = await build({ input: fileURLToPath(new URL(`src/client/${name}.ts`, import.meta.url)), write: false, output: { format: 'iife', minify: true, charset: 'ascii' } });
      const chunk = out.output[0];
      for (const file of chunk.moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file);
      const code = chunk.code;
      // Anything like this would end or change an inline <script>.
      if (/<\/script|<!--/i.test(code)) throw new Error(`the client script ${name} contains "</script" or "<!--"`);
      if (/[^\x00-\x7f]/.test(code)) throw new Error(`the client script ${name} has a character the build could not write in ASCII`);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}

// The built folder must work hosted (at / or under a base path), embedded in an iframe, and opened
// from disk over file://. So: every page is `<route>/index.html` (links can name files), stylesheets
// and the one client script are inlined (file:// refuses module scripts loaded from files), and
// pages link relatively (see src/lib/paths.ts).
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  // Pages rendered four at a time: with thousands of pages a build spends much of its time waiting
  // on the file system (a folder and a file per page), which other pages' rendering can fill.
  build: { format: 'preserve', inlineStylesheets: 'always', concurrency: 4 },
  // A sitemap needs absolute URLs, so it is built only when the site's address is known. The embed
  // is left out: it is the timeline again, without the site, for other pages' iframes. Every page is
  // a folder's index.html, so its URL ends in `/` (as the pages' canonical links say).
  integrations: [
    mdx(),
    ...(process.env.SITE_URL
      ? [
          sitemap({
            filter: (page) => !/\/embed\/?$/.test(new URL(page).pathname),
            serialize: (item) => ({ ...item, url: item.url.endsWith('/') ? item.url : `${item.url}/` }),
          }),
        ]
      : []),
  ],
  vite: {
    plugins: [classicScript()],
    build: { assetsInlineLimit: 200_000 },
  },
});

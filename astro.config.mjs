// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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
    build: { assetsInlineLimit: 200_000 },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The built folder must work hosted (at / or under a base path), embedded in an iframe, and opened
// from disk over file://. So: every page is `<route>/index.html` (links can name files), stylesheets
// and the one client script are inlined (file:// refuses module scripts loaded from files), and
// pages link relatively (see src/lib/paths.ts).
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  build: { format: 'preserve', inlineStylesheets: 'always' },
  integrations: [mdx()],
  vite: {
    build: { assetsInlineLimit: 200_000 },
  },
});

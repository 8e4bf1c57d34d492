/**
 * Page-weight budgets, read from the built files (sizes are stable; times stay in `npm run bench`):
 * the home page's JavaScript at most 30 KB gzipped and its CSS at most 10 KB gzipped, inline or
 * linked, and no font fetched from another host.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, kb, pageWeight, remoteFontRefs } from '../scripts/bench/weight';
import { DIST, ensureBuilt } from './helpers/dist';

beforeAll(() => {
  // Builds dist/ with `npx astro build` when it is missing or older than its sources.
  ensureBuilt();
});

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : [];
  });
}

describe('home page weight', () => {
  it(`ships at most ${kb(BUDGET.jsGzip)} of JavaScript and ${kb(BUDGET.cssGzip)} of CSS, gzipped`, () => {
    const w = pageWeight(DIST);
    console.info(
      `index.html: JS ${kb(w.jsGzip)} gzipped (${w.js.length} script${w.js.length === 1 ? '' : 's'}), ` +
        `CSS ${kb(w.cssGzip)} gzipped, embedded data ${kb(w.dataGzip)} gzipped, HTML ${kb(w.html.gzip)} gzipped`,
    );
    expect(w.js.length, 'the page has its timeline script').toBeGreaterThan(0);
    expect(w.jsGzip).toBeLessThanOrEqual(BUDGET.jsGzip);
    expect(w.cssGzip).toBeLessThanOrEqual(BUDGET.cssGzip);
  });

  it('fetches no font from another host', () => {
    expect(pageWeight(DIST).remoteFonts).toEqual([]);
    // Nor does any other page or stylesheet of the site.
    for (const f of files(DIST, /\.(?:html|css)$/)) {
      const text = readFileSync(f, 'utf8');
      const where = relative(DIST, f);
      expect(remoteFontRefs(text), where).toEqual([]);
      expect(text, where).not.toMatch(/fonts\.(?:googleapis|gstatic)\.com|use\.typekit\.net/);
    }
  });
});

describe('the measuring', () => {
  it('finds remote fonts and ignores local ones', () => {
    expect(remoteFontRefs('@font-face{font-family:x;src:url(https://fonts.gstatic.com/s/x.woff2) format("woff2")}')).toHaveLength(1);
    expect(remoteFontRefs('@import url("//fonts.googleapis.com/css2?family=Inter");')).toHaveLength(1);
    expect(remoteFontRefs('@font-face{font-family:x;src:url(./x.woff2)}')).toEqual([]);
    expect(remoteFontRefs('@font-face{font-family:x;src:url(data:font/woff2;base64,AAAA)}')).toEqual([]);
    expect(remoteFontRefs('body{font-family:system-ui,sans-serif}')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkSite,
  extractLinks,
  formatReport,
  normaliseBase,
  resolveLink,
  srcsetUrls,
  type FileKind,
  type SiteView,
} from '../../scripts/lib/links';

/** An in-memory site: paths → contents; folders are implied by the paths. */
function memorySite(files: Record<string, string>): SiteView {
  const dirs = new Set<string>(['']);
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return {
    pages: Object.keys(files).filter((p) => /\.html?$/.test(p)),
    read: (p) => files[p]!,
    kind: (p): FileKind => (p in files ? 'file' : dirs.has(p.replace(/\/$/, '')) ? 'dir' : 'missing'),
  };
}

describe('resolveLink', () => {
  it('resolves relative links from the page path, as a browser does', () => {
    expect(resolveLink('b.html', 'a/index.html')).toEqual({ kind: 'local', path: 'a/b.html', fragment: '' });
    expect(resolveLink('../c/d.css?v=1', 'a/index.html')).toEqual({ kind: 'local', path: 'c/d.css', fragment: '' });
    expect(resolveLink('./x%20y.html#caf%C3%A9', 'index.html')).toEqual({ kind: 'local', path: 'x y.html', fragment: 'café' });
    expect(resolveLink('#here', 'a/b/index.html')).toEqual({ kind: 'local', path: 'a/b/index.html', fragment: 'here' });
    expect(resolveLink('  spaced.html \n', 'index.html')).toEqual({ kind: 'local', path: 'spaced.html', fragment: '' });
  });

  it('resolves root-absolute links against the base path', () => {
    expect(resolveLink('/t/p/a.html', 'x/index.html', '/t/p/')).toEqual({ kind: 'local', path: 'a.html', fragment: '' });
    expect(resolveLink('/a.html', 'x/index.html')).toEqual({ kind: 'local', path: 'a.html', fragment: '' });
    expect(resolveLink('/a.html', 'index.html', '/t/p/')).toMatchObject({ kind: 'broken', reason: expect.stringContaining('outside the base path /t/p/') });
    expect(resolveLink('/t/p', 'index.html', 't/p')).toEqual({ kind: 'local', path: '', fragment: '' });
  });

  it('reports links that climb out of the site folder', () => {
    expect(resolveLink('../../up.html', 'a/index.html')).toMatchObject({ kind: 'broken', reason: 'climbs out of the site folder' });
  });

  it('skips external links, bare # and empty values; reports file: URLs', () => {
    for (const v of ['https://x.org/', 'http://x', 'mailto:a@b', 'tel:1', 'data:,x', 'javascript:void(0)', '//cdn.x/y.js', '', '#']) {
      expect(resolveLink(v, 'index.html'), v).toEqual({ kind: 'skip' });
    }
    expect(resolveLink('file:///home/me/dist/x.html', 'index.html')).toMatchObject({ kind: 'broken' });
  });

  it('follows <base href>', () => {
    expect(resolveLink('x.html', 'a/index.html', '/', '../b/')).toEqual({ kind: 'local', path: 'b/x.html', fragment: '' });
    expect(resolveLink('x.html', 'a/index.html', '/', 'https://elsewhere/')).toEqual({ kind: 'skip' });
  });

  it('normalises base paths', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('timelines/peace-plan')).toBe('/timelines/peace-plan/');
    expect(normaliseBase('/timelines/peace-plan/')).toBe('/timelines/peace-plan/');
  });
});

describe('extractLinks', () => {
  it('finds links in the elements that load or navigate, ids and names, and not in comments or scripts', () => {
    const page = extractLinks(`<!doctype html><html><head>
      <base href="./">
      <link rel="stylesheet" href="s.css"><script src="app.js"></script>
      <meta http-equiv="refresh" content="0; url='next.html'">
      <script>const s = '<a href="in-script.html">';</script>
      </head><body>
      <!-- <a href="commented.html"> -->
      <a href="a.html" id="one">A</a><a name="legacy"></a>
      <img src="i.png" srcset="i-1x.png 1x, i,2x.png 2x">
      <iframe src="f.html"></iframe>
      <svg><use xlink:href="sprite.svg#icon"></use><use href="s2.svg#i"></use></svg>
      <template><a href="in-template.html"></a></template>
      <h2 id="two">x</h2>
      </body></html>`);
    expect(page.links.map((l) => `${l.tag}[${l.attr}]=${l.value}`)).toEqual([
      'link[href]=s.css',
      'script[src]=app.js',
      'meta[content]=next.html',
      'a[href]=a.html',
      'img[src]=i.png',
      'img[srcset]=i-1x.png',
      'img[srcset]=i,2x.png',
      'iframe[src]=f.html',
      'use[xlink:href]=sprite.svg#icon',
      'use[href]=s2.svg#i',
      'a[href]=in-template.html',
    ]);
    expect([...page.anchors].sort()).toEqual(['legacy', 'one', 'two']);
    expect(page.baseHref).toBe('./');
  });

  it('splits srcset candidates', () => {
    expect(srcsetUrls('a.png')).toEqual(['a.png']);
    expect(srcsetUrls(' a.png 1x,b.png 2x , c.png 100w')).toEqual(['a.png', 'b.png', 'c.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('checkSite', () => {
  const site = memorySite({
    'index.html': `<a href="events/index.html#geneva">ok</a><a href="#top">top</a><a href="#missing-here">bad</a>
      <a href="events/">folder slash</a><a href="events">folder</a><a href="gone.html">missing</a>
      <a href="events/index.html#nope">bad fragment</a><a href="#">bare</a><a href="https://x.org/nothing">external</a>
      <img src="img/a.png"><script src="js/missing.js"></script><link rel="alternate" href="feed.xml">
      <a href="events.json#anything">json with fragment</a><p id="present"></p><a href="#present">here</a>`,
    'events/index.html': `<h2 id="geneva">Geneva</h2><a href="../index.html">back</a><a href="../../out.html">out</a>
      <a href="/events/index.html">root-absolute</a>`,
    'img/a.png': 'png',
    'feed.xml': '<feed/>',
    'events.json': '{}',
  });

  it('finds exactly the broken links, with page, target and reason', () => {
    const result = checkSite(site);
    expect(result.pages).toBe(2);
    expect(result.broken.map((b) => [b.page, b.value, b.target ?? null])).toEqual([
      ['events/index.html', '../../out.html', null],
      ['index.html', '#missing-here', 'index.html#missing-here'],
      ['index.html', 'events/', 'events/'],
      ['index.html', 'events', 'events'],
      ['index.html', 'gone.html', 'gone.html'],
      ['index.html', 'events/index.html#nope', 'events/index.html#nope'],
      ['index.html', 'js/missing.js', 'js/missing.js'],
    ]);
    const report = formatReport(result);
    expect(report).toContain('index.html:\n');
    expect(report).toContain('<a href="gone.html"> → gone.html: no such file');
    expect(report).toContain('2 page(s), 15 local link(s), 7 broken');
  });

  it('can leave fragments alone', () => {
    const result = checkSite(site, { fragments: false });
    expect(result.broken.map((b) => b.value)).toEqual(['../../out.html', 'events/', 'events', 'gone.html', 'js/missing.js']);
  });

  it('checks root-absolute links against the base path', () => {
    const based = memorySite({
      'index.html': '<a href="/t/p/a.html">ok</a><a href="/a.html">outside</a><a href="/t/p/">folder</a>',
      'a.html': '',
    });
    expect(checkSite(based, { base: '/t/p/' }).broken.map((b) => [b.value, b.reason])).toEqual([
      ['/a.html', 'root-absolute path is outside the base path /t/p/'],
      ['/t/p/', expect.stringContaining('names a folder')],
    ]);
  });
});

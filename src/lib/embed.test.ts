import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, embedSnippet, heightMessage, isHeightMessage } from './embed';
import { escapeHtml } from './html';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}
const elements = (html: string) => (parseFragment(html) as unknown as Node).childNodes!.filter((n) => !n.nodeName.startsWith('#'));
const attrs = (n: Node) => Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value]));

describe('embed contract', () => {
  it('posts whole pixels in the documented shape', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'timeline:height', height: 813 });
    expect(HEIGHT_MESSAGE).toBe('timeline:height');
  });

  it('accepts only well-formed heights in range', () => {
    expect(isHeightMessage({ type: 'timeline:height', height: 812 })).toBe(true);
    for (const bad of [null, 'timeline:height', { type: 'timeline:height' }, { type: 'timeline:height', height: '812' }, { type: 'other', height: 812 }, { type: 'timeline:height', height: 5 }, { type: 'timeline:height', height: 1e9 }, { type: 'timeline:height', height: Number.NaN }]) {
      expect(isHeightMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('embedSnippet', () => {
  it('is an iframe and the loader, attributes escaped', () => {
    const title = 'Talks "at" <Miami> & co';
    const src = 'https://example.org/t/embed/?people=a,b&from=2025-11-01';
    const html = embedSnippet({ src, loader: 'https://example.org/t/embed/loader.js', title, height: 700 });
    const [frame, script] = elements(html);
    expect(frame!.nodeName).toBe('iframe');
    expect(attrs(frame!)).toMatchObject({ 'data-timeline-embed': '', src, title, sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox' });
    expect(attrs(frame!).style).toContain('height:700px');
    expect(script!.nodeName).toBe('script');
    expect(attrs(script!).src).toBe('https://example.org/t/embed/loader.js');
    expect(elements(embedSnippet({ src, title, height: 700 })).map((n) => n.nodeName)).toEqual(['iframe']);
  });

  it('keeps hostile text inside its attribute', () => {
    const hostile = '"><img src=x onerror=alert(1)><"';
    const [frame, ...rest] = elements(embedSnippet({ src: `https://e.org/?x=${hostile}`, title: hostile, height: 1 }));
    expect(rest).toEqual([]);
    expect(attrs(frame!).title).toBe(hostile);
    expect(escapeHtml('&"<>')).toBe('&amp;&quot;&lt;&gt;');
  });
});

import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { latin1Html } from './html';

/** What a browser reads from the page: its tree, serialised again. */
const read = (html: string) => serialize(parse(html));

describe('latin1Html', () => {
  it('writes the characters beyond Latin-1 as references, so the page is one-byte text that reads the same', () => {
    const html =
      '<!doctype html><html><head><title>Q&amp;A — “it”</title><style>q::before{content:"“"}</style></head>' +
      '<body><p title="It’s 3 × 4 – 1">Café, naïve: “quoted” … 😀</p><textarea>≈ 2</textarea>' +
      `<p>${'Most of a page in English is plain ASCII. '.repeat(12)}</p></body></html>`;
    const out = latin1Html(html);
    expect(out).not.toMatch(/[^\u0000-\u00ff]/u);
    // Latin-1 letters stay as they are.
    expect(out).toContain('Café, naïve');
    expect(out).toContain('&#x201c;quoted&#x201d; &#x2026; &#x1f600;');
    expect(out).toContain('title="It&#x2019;s 3 × 4 &#x2013; 1"');
    // In a style sheet, a CSS escape (six digits: no space needed after it).
    expect(out).toContain('content:"\\00201c"');
    expect(read(out)).toBe(read(html).replace('content:"“"', 'content:"\\00201c"'));
  });

  it('leaves scripts alone, and pages without such characters', () => {
    const text = 'Most of a page in English is plain ASCII. '.repeat(4);
    const html = `<p>“a” ${text}</p><script type="application/json">{"t":"“"}</script><script>s="—"</script><p>—</p>`;
    expect(latin1Html(html)).toBe(`<p>&#x201c;a&#x201d; ${text}</p><script type="application/json">{"t":"“"}</script><script>s="—"</script><p>&#x2014;</p>`);
    expect(latin1Html('<p>plain, or Latin-1: é</p>')).toBe('<p>plain, or Latin-1: é</p>');
  });

  it('leaves text in another script as it is (its references would take several times the bytes)', () => {
    const html = '<p>Вчера в Киеве прошли переговоры.</p>';
    expect(latin1Html(html)).toBe(html);
  });
});

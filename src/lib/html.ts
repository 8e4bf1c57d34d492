/** Escapes text for HTML element content and quoted attribute values (the exports and the embed snippet). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Raw-text elements, whose content is not markup: character references would not be read there. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
/** Characters a browser cannot keep in a one-byte string. */
const WIDE = /[^\u0000-\u00ff]/gu;

/**
 * The page with its characters above U+00FF written as references (`’` as `&#x2019;`; in a style
 * sheet, as the escape `\002019`), when they are few (at most one character in fifty, as in English
 * text with typographic quotes and dashes: the page grows by a few per cent at most).
 *
 * Chromium keeps a page's text in one-byte strings while every character fits in Latin-1; a single
 * quotation mark makes the decoder and the parser work on two-byte text instead, which on a page of
 * several megabytes (the home page's list) costs tens of milliseconds before the timeline is drawn.
 * Text in another script is left as it is: its references would take several times the bytes.
 * Scripts are left alone: the build writes the client script and the embedded data in ASCII.
 */
export function latin1Html(html: string): string {
  let wide = 0;
  for (const _ of html.matchAll(WIDE)) if (++wide * 50 > html.length) return html;
  if (!wide) return html;
  const hex = (c: string) => c.codePointAt(0)!.toString(16);
  const refs = (text: string) => text.replace(WIDE, (c) => `&#x${hex(c)};`);
  let out = '';
  let at = 0;
  for (const m of html.matchAll(RAW_TEXT)) {
    const [all, open, tag, body, close] = m as unknown as [string, string, string, string, string];
    const inside = tag.toLowerCase() === 'style' ? body.replace(WIDE, (c) => `\\${hex(c).padStart(6, '0')}`) : body;
    out += refs(html.slice(at, m.index)) + open + inside + close;
    at = m.index + all.length;
  }
  return out + refs(html.slice(at));
}

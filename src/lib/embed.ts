/**
 * The embed's contract with the page around it, and the code the home page's "Embed" dialog
 * gives to publishers: pure functions.
 *
 * The embedded page posts `{ type: 'timeline:height', height }` (CSS pixels, the height of its
 * content) to its parent with `postMessage(message, '*')` whenever that height changes; the
 * optional `embed/loader.js` sizes each `<iframe data-timeline-embed>` from the messages of its
 * own frame (see README, "Embedding").
 */
import { escapeHtml } from './html';

export const HEIGHT_MESSAGE = 'timeline:height';
/** Heights the loader accepts (px); anything else is ignored. */
export const HEIGHT_RANGE = [100, 20_000] as const;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** Whether `data` is a well-formed height message with a height in range (what the loader checks). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<HeightMessage>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && height >= HEIGHT_RANGE[0] && height <= HEIGHT_RANGE[1];
}

/**
 * The sandbox the snippet asks for: scripts (the timeline), pop-ups (links to sources open in a
 * new tab) that leave the sandbox (so the publishers' sites open normally). The embed also works
 * without the last one.
 */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export interface SnippetInput {
  /** Absolute URL of the embed page, query included. */
  src: string;
  /** Absolute URL of `embed/loader.js`; without it the frame keeps its height. */
  loader?: string | undefined;
  /** The frame's accessible name. */
  title: string;
  /** Height before the loader's first resize (px). */
  height: number;
}

/** `<tag a="v" b>`: attributes escaped (and no markup-like text in the page's own script). */
function tag(name: string, attrs: [string, string?][]): string {
  return `<${name} ${attrs.map(([k, v]) => (v === undefined ? k : `${k}="${escapeHtml(v)}"`)).join(' ')}></${name}>`;
}

/** The HTML a publisher pastes: the iframe and, optionally, the loader script. */
export function embedSnippet({ src, loader, title, height }: SnippetInput): string {
  const frame = tag('iframe', [
    ['data-timeline-embed'],
    ['src', src],
    ['title', title],
    ['style', `display:block;width:100%;height:${Math.round(height)}px;border:0`],
    ['loading', 'lazy'],
    ['sandbox', SANDBOX],
  ]);
  return loader ? `${frame}\n${tag('script', [['src', loader], ['async']])}` : frame;
}

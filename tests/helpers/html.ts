/** Built pages read as a browser reads them (parse5), for the tests that read dist/. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, parseFragment } from 'parse5';

export interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  /** A <template>'s content. */
  content?: Node;
}

export const parseDocument = (html: string) => parse(html) as unknown as Node;
export const parseHtmlFragment = (html: string) => parseFragment(html) as unknown as Node;

/** Every node under `root` (itself included), in document order, template contents too. */
export function* walk(root: Node): Generator<Node> {
  yield root;
  for (const c of root.childNodes ?? []) yield* walk(c);
  if (root.content) yield* walk(root.content);
}

export const elements = (root: Node) => [...walk(root)].filter((n) => n.tagName !== undefined);
export const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
export const hasClass = (n: Node, name: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(name);

/** Text content, as `Node.textContent` gives it. */
export function text(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (n.nodeName === '#comment') return '';
  return (n.childNodes ?? []).map(text).join('');
}

export function find(root: Node, test: (n: Node) => boolean): Node | undefined {
  return elements(root).find(test);
}

export function findAll(root: Node, test: (n: Node) => boolean): Node[] {
  return elements(root).filter(test);
}

export const byId = (root: Node, id: string) => find(root, (n) => attr(n, 'id') === id);
export const byTag = (root: Node, tag: string) => findAll(root, (n) => n.tagName === tag);
export const children = (n: Node, tag?: string) => (n.childNodes ?? []).filter((c) => c.tagName !== undefined && (!tag || c.tagName === tag));

/** Every .html file under `dir`, as paths relative to it with `/`, sorted. */
export function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) go(full);
      else if (e.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  go(dir);
  return out.sort();
}

export const readPage = (dir: string, page: string) => parseDocument(readFileSync(join(dir, page), 'utf8'));

/** Reads HTML as a browser would (parse5), for checking that escaped text stays text. */
import { parseFragment } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
}

export interface ParsedHtml {
  /** Concatenated text of the fragment. */
  text: string;
  /** Names of every element, in document order. */
  elements: string[];
  /** Every attribute as `element.name`, with its value. */
  attributes: { element: string; name: string; value: string }[];
  /** Text of each element with the given name. */
  textOf(name: string): string[];
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === 'br') return '\n';
  return (node.childNodes ?? []).map(textContent).join('');
}

export function parseHtml(html: string): ParsedHtml {
  const root = parseFragment(html) as unknown as Node;
  const elements: string[] = [];
  const attributes: ParsedHtml['attributes'] = [];
  const byName = new Map<string, string[]>();
  const walk = (n: Node) => {
    if (!n.nodeName.startsWith('#')) {
      elements.push(n.nodeName);
      for (const a of n.attrs ?? []) attributes.push({ element: n.nodeName, name: a.name, value: a.value });
      byName.set(n.nodeName, [...(byName.get(n.nodeName) ?? []), textContent(n)]);
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(root);
  return { text: textContent(root), elements, attributes, textOf: (name) => byName.get(name) ?? [] };
}

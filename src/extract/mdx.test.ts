import { evaluate } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate as evaluateWithSatteri, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { TimelineEvent } from '../schema';
import { escapeMdxText, eventMdxBody, isGeneratedEventBody, serializeEventMdx, textParagraphs } from './mdx';

// A minimal JSX runtime: elements as plain objects, so the rendered tree can be inspected.
interface Element {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });
const runtime = { Fragment, jsx, jsxs: jsx };

/** Text and element names of a rendered tree, calling function components. */
function render(node: unknown, tags: string[] = []): { text: string; tags: string[] } {
  const walk = (n: unknown): string => {
    if (n === null || n === undefined || typeof n === 'boolean') return '';
    if (typeof n === 'string' || typeof n === 'number') return String(n);
    if (Array.isArray(n)) return n.map(walk).join('');
    const el = n as Element;
    if (typeof el.type === 'function') return walk((el.type as (p: unknown) => unknown)(el.props));
    if (typeof el.type === 'string') tags.push(el.type);
    return walk(el.props.children);
  };
  return { text: walk(node), tags };
}

type Components = Record<string, (props: never) => unknown>;

async function renderWithMdxJs(source: string, components: Components = {}) {
  const { default: Content } = await evaluate(source, { ...runtime, development: false });
  return render(Content({ components: components as never }));
}

/** Astro 7 compiles MDX with Sätteri, GFM and smart punctuation on by default: render with it too. */
async function renderWithSatteri(source: string, components: Components = {}) {
  const { default: Content } = (await evaluateWithSatteri(source, {
    ...runtime,
    features: { gfm: true, smartPunctuation: true },
  })) as { default: (props: unknown) => unknown };
  return render(Content({ components }));
}
interface HastNode {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: HastNode[];
}

const HOSTILE = [
  '{x}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'import x from "y"',
  'export const a = 1',
  '<Foo bar={1} />',
  '<!-- c -->',
  'Use `code` and ```fences```',
  '**bold** and _it_ and *it* and ~~gone~~',
  '[link](javascript:alert(1)) and ![img](x.png) and [ref][1]',
  '[1]: https://evil.example',
  'see https://x.example/a?b=1&c={2} and www.y.example, or write to a@b.example.',
  '# Heading',
  '> quote',
  '- item',
  '+ item',
  '= underline',
  '---',
  '1. first',
  '2) second',
  '| a | b |',
  'a \\ backslash \\* and &amp; &#123; &copy;',
  '$x^2$ and $$y$$',
  'He said "no" -- and \'maybe\'... then - left . . . ok',
  'שלום עולם مرحبا \u202Eevil\u202C',
  'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFbom',
  '\u00A0no-break start',
  'emoji 🇺🇦 👩‍👩‍👧 ✊🏽',
  'Trump said: “I don’t know what the Kremlin’s doing.”',
];

describe('escapeMdxText', () => {
  for (const input of HOSTILE) {
    it(`renders ${JSON.stringify(input)} as exactly that text`, async () => {
      const escaped = escapeMdxText(input);
      const viaMdxJs = await renderWithMdxJs(escaped);
      expect(viaMdxJs.text).toBe(input);
      expect(viaMdxJs.tags).toEqual(['p']);
      const viaSatteri = await renderWithSatteri(escaped);
      expect(viaSatteri.text).toBe(input);
      expect(viaSatteri.tags).toEqual(['p']);
    });
  }

  it('keeps multi-line text as text, escaping block markers at every line start', async () => {
    const input = 'first line\nimport y from "z"\n# not a heading\n- not a list\n1. not a list';
    const out = await renderWithMdxJs(escapeMdxText(input));
    expect(out.text).toBe(input);
    expect(out.tags).toEqual(['p']);
    expect((await renderWithSatteri(escapeMdxText(input))).text).toBe(input);
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeMdxText('Witkoff met Umerov in Miami on Nov. 16, 2025.')).toBe('Witkoff met Umerov in Miami on Nov. 16, 2025.');
  });
});

const EVENT: TimelineEvent = {
  id: 'miami-meeting',
  title: 'Witkoff, Kushner and Dmitriev meet in Miami',
  start: '2025-10-24',
  end: '2025-10-26',
  precision: 'days',
  approximate: true,
  dateText: 'the weekend before Halloween',
  summary: 'Envoys meet {Dmitriev} <b>in</b> Miami & draft a *28-point* plan.',
  people: ['Steve Witkoff', 'Jared Kushner'],
  places: ['Miami'],
  tags: ['talks'],
  citations: [
    { source: 'wsj-2025-11-27-kremlin-input', quote: 'They brought him to Miami "the weekend": it\'s # {x}', paragraph: 9 },
    { source: 'reuters-2025-11-22-miami-meeting', quote: '- leading dash\nand a newline, then ---\n---', paragraph: 2 },
  ],
};

function splitFile(file: string): { frontMatter: string; body: string } {
  const m = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(file);
  if (!m) throw new Error('no front matter');
  return { frontMatter: m[1]!, body: m[2]! };
}

describe('serializeEventMdx', () => {
  it('writes front matter in schema order, then the import, the summary and one Citation per citation', () => {
    const file = serializeEventMdx(EVENT);
    const { frontMatter, body } = splitFile(file);
    expect(frontMatter.split('\n').filter((l) => /^\w/.test(l)).map((l) => l.split(':')[0])).toEqual([
      'id', 'title', 'start', 'end', 'precision', 'approximate', 'dateText', 'summary', 'people', 'places', 'tags', 'citations',
    ]);
    expect(body).toBe(
      "import Citation from '../../src/components/Citation.astro';\n\n" +
        `${escapeMdxText(EVENT.summary)}\n\n` +
        '<Citation citation={frontmatter.citations[0]} />\n<Citation citation={frontmatter.citations[1]} />\n',
    );
    expect(serializeEventMdx(EVENT)).toBe(file);
  });

  it('leaves out optional fields that are not set', () => {
    const { end: _end, approximate: _approximate, ...rest } = EVENT;
    const file = serializeEventMdx(rest);
    expect(file).not.toMatch(/^(end|approximate|context):/m);
  });

  const tricky = ['He said "no"', "it's", 'key: value', 'a # comment', 'line\nbreak', '- leading dash', '{braces}', '[list]', '2025-11-22', 'yes', 'null', '~', '@at', '  spaced  ', '\t', 'x\u2028y\u0000z', '🇺🇦 \u202Eevil'];
  it('round-trips front matter with yaml and with Astro\'s front matter reader, one line per value', () => {
    const event: TimelineEvent = {
      ...EVENT,
      title: tricky.join(' | '),
      dateText: tricky[3]!,
      tags: tricky,
      citations: tricky.map((quote, i) => ({ source: 'a-b', quote, paragraph: i + 1 })),
    };
    const file = serializeEventMdx(event);
    const { frontMatter } = splitFile(file);
    expect(parseYaml(frontMatter)).toEqual(event);
    // Astro's own reader (js-yaml, and a lazy match to the first "---" line).
    expect(parseFrontmatter(file, { frontmatter: 'empty-with-spaces' }).frontmatter).toEqual(event);
    // No value spills onto a second line, so no line of the file can read as the closing "---".
    for (const line of frontMatter.trimEnd().split('\n')) expect(line).toMatch(/^(?:\w+:|\s+(?:- )?\w+:|\s+- ")/);
  });

  it('refuses an event that the schema refuses', () => {
    expect(() => serializeEventMdx({ ...EVENT, start: '2025-13-45' })).toThrow();
  });

  it('compiles with @mdx-js/mdx, rendering the summary as text and each citation through the component', async () => {
    const file = serializeEventMdx(EVENT);
    const { frontMatter, body } = splitFile(file);
    // The component file is someone else's: stand in for it, and give the body the front matter as
    // Astro does (an in-scope `frontmatter`).
    const source =
      body.replace(/^import Citation from .*\n/, '') + `\nexport const frontmatter = ${JSON.stringify(parseYaml(frontMatter))};\n`;
    const seen: unknown[] = [];
    const Citation = (props: { citation: unknown }) => {
      seen.push(props.citation);
      return '[cited]';
    };
    const out = await renderWithMdxJs(source, { Citation });
    expect(out.text.replace(/\s+/g, ' ').trim()).toBe(`${EVENT.summary} [cited] [cited]`);
    expect(out.tags).toEqual(['p']);
    expect(seen).toEqual(EVENT.citations);
  });

  it('parses with Sätteri into one import, the summary paragraph and the Citation elements', async () => {
    const tree = (await mdxToHast(serializeEventMdx(EVENT), {
      features: { gfm: true, smartPunctuation: true },
    })) as unknown as HastNode & { children: (HastNode & { name?: string })[] };
    const blocks = tree.children.filter((n) => !(n.type === 'text' && /^\s*$/.test(n.value ?? '')));
    expect(blocks.map((n) => n.type === 'element' ? n.tagName : `${n.type}${n.name ? `:${n.name}` : ''}`)).toEqual([
      'mdxjsEsm',
      'p',
      'mdxJsxFlowElement:Citation',
      'mdxJsxFlowElement:Citation',
    ]);
    expect((await renderWithSatteri(escapeMdxText(EVENT.summary))).text).toBe(EVENT.summary);
  });
});

/** Paragraph texts of a hast tree, in order. */
function paragraphTexts(node: HastNode, out: string[] = []): string[] {
  // Words written as string-literal expressions (see AUTOLINK_LIKE) are JSON string literals.
  const text = (n: HastNode): string =>
    n.type === 'text' ? (n.value ?? '') : n.type === 'mdxTextExpression' ? (JSON.parse(n.value ?? '') as string) : (n.children ?? []).map(text).join('');
  if (node.type === 'element' && node.tagName === 'p') out.push(text(node));
  else for (const child of node.children ?? []) paragraphTexts(child, out);
  return out;
}

describe('textParagraphs', () => {
  const cases = [
    'one line',
    'two\nlines',
    'first\n\nsecond',
    '  padded  \n\t\n  next\r\nline\r\n\r\nlast  ',
    '\u00A0no-break edges\u00A0',
    'a\n \n\n\nb',
    ...HOSTILE,
  ];
  for (const input of cases) {
    it(`splits ${JSON.stringify(input)} as MDX does`, async () => {
      const tree = (await mdxToHast(escapeMdxText(input), { features: { gfm: true, smartPunctuation: true } })) as unknown as HastNode;
      expect(textParagraphs(input)).toEqual(paragraphTexts(tree));
    });
  }

  it('gives no paragraph for blank text', () => {
    expect(textParagraphs(' \n\t\n')).toEqual([]);
  });
});

describe('isGeneratedEventBody', () => {
  it('recognises the body the pipeline writes, as MDX readers trim it', () => {
    const { body } = splitFile(serializeEventMdx(EVENT));
    expect(body).toBe(eventMdxBody(EVENT));
    expect(isGeneratedEventBody(body.trim(), EVENT)).toBe(true);
  });

  it('tells an edited body, or one written for other data, from the generated one', () => {
    const body = eventMdxBody(EVENT);
    expect(isGeneratedEventBody(body.replace('Envoys meet', 'Envoys met'), EVENT)).toBe(false);
    expect(isGeneratedEventBody(`${body}\nAn editor's note.\n`, EVENT)).toBe(false);
    expect(isGeneratedEventBody(body, { ...EVENT, citations: EVENT.citations.slice(1) })).toBe(false);
    expect(isGeneratedEventBody(body, { ...EVENT, summary: 'Another summary.' })).toBe(false);
  });
});

/**
 * One event as an MDX file of content/events: YAML front matter holding every field (what the
 * content collection validates and the pages read), then the summary as text and one <Citation>
 * per citation.
 *
 * The summary and quotes come from news articles, so they must never be read as code or markup:
 * front matter strings are always double-quoted YAML, and the body text escapes every character
 * that MDX, Markdown, GFM or smart punctuation would act on as a numeric character reference, which
 * every MDX compiler decodes back to the same literal character.
 */
import { stringify } from 'yaml';
import { citationSchema, eventSchema, type TimelineEvent } from '../schema';

const CITATION_IMPORT = "import Citation from '../../src/components/Citation.astro';";

/** Serialises an event (validated first, so a bad event fails here and not in the site build). */
export function serializeEventMdx(event: TimelineEvent): string {
  const valid = eventSchema.parse(event);
  const frontMatter = stringify(inSchemaOrder(valid), {
    // Deterministic and literal: one line per value, every string double-quoted (so "2025-11-22",
    // "yes", "null", "- x" or "a: b" stay strings for any YAML reader, js-yaml included).
    lineWidth: 0,
    minContentWidth: 0,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return `---\n${frontMatter}---\n${eventMdxBody(valid)}`;
}

/** The body the pipeline writes below the front matter: the summary, then every citation quoted. */
export function eventMdxBody(event: Pick<TimelineEvent, 'summary' | 'citations'>): string {
  const citations = event.citations.map((_, i) => `<Citation citation={frontmatter.citations[${i}]} />`);
  return `${CITATION_IMPORT}\n\n${escapeMdxText(event.summary)}\n\n${citations.join('\n')}\n`;
}

/**
 * Whether an event file's body is still the one the pipeline would write for its front matter (as
 * MDX readers hand it over, trimmed). Such bodies say nothing the data does not, so the site renders
 * them from the data and compiles as MDX only the bodies an editor changed.
 */
export function isGeneratedEventBody(body: string, event: Pick<TimelineEvent, 'summary' | 'citations'>): boolean {
  return body.trim() === eventMdxBody(event).trim();
}

/**
 * The paragraphs MDX makes of an escaped text: lines are trimmed of spaces and tabs, and a line left
 * empty ends a paragraph; the lines of one paragraph stay joined by line breaks.
 */
export function textParagraphs(s: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const raw of s.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line) lines.push(line);
    else if (lines.length) (paragraphs.push(lines.join('\n')), (lines = []));
  }
  if (lines.length) paragraphs.push(lines.join('\n'));
  return paragraphs;
}

/** The event's fields in the schema's order (the order editors read), undefined ones left out. */
function inSchemaOrder(event: TimelineEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(eventSchema.shape) as (keyof TimelineEvent)[]) {
    if (event[key] === undefined) continue;
    out[key] =
      key === 'citations'
        ? event.citations.map((c) => {
            const ordered: Record<string, unknown> = {};
            for (const k of Object.keys(citationSchema.shape) as (keyof typeof c)[]) ordered[k] = c[k];
            return ordered;
          })
        : event[key];
  }
  return out;
}

/**
 * Characters escaped wherever they are: MDX expressions and JSX (`{ } < >`), HTML and references
 * (`< &`), Markdown and GFM syntax (`` ` * _ [ ] # | ~ \ ``), math (`$`), and the straight quotes
 * that smart punctuation would curl (quotes must stay as the article wrote them).
 */
const ALWAYS_ESCAPED = /[{}<>&`*_[\]#|~\\$"']/g;

/**
 * GFM turns addresses into links even when written with character references; an MDX expression
 * holding a string literal is never parsed as Markdown, so such words are written that way.
 */
const AUTOLINK_LIKE = /:\/\/|^[("'“‘]*www\.|@/i;

/** Escapes text so that MDX renders exactly these characters, as one or more paragraphs of text. */
export function escapeMdxText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineEdges(escapeLineStart(escapeInline(line.replace(/^[ \t]+|[ \t]+$/g, '')))))
    .join('\n');
}

const ref = (ch: string) => `&#${ch.codePointAt(0)};`;

function escapeInline(line: string): string {
  return line.replace(/\S+/g, (word) => {
    if (AUTOLINK_LIKE.test(word)) return `{${jsStringLiteral(word)}}`;
    return (
      word
        .replace(ALWAYS_ESCAPED, ref)
        // Smart punctuation turns "--" into a dash and "..." into an ellipsis: escape such runs.
        .replace(/-{2,}/g, (run) => run.replace(/-/g, ref))
        .replace(/\.{2,}/g, (run) => run.replace(/\./g, ref))
    );
  });
}

/** A JavaScript string literal safe inside an MDX expression (no braces or angle brackets to miscount). */
function jsStringLiteral(s: string): string {
  return JSON.stringify(s).replace(/[{}<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * At a line start, words and marks that open a block: ESM (`import`, `export`), lists (`-`, `+`,
 * `1.`, `1)`) and setext underlines (`=`, `-`). (`>`, `#`, `*`, `<`, `{` and fences are escaped anyway.)
 */
function escapeLineStart(line: string): string {
  const esm = /^(import|export)\b/.exec(line);
  if (esm) return ref(line[0]!) + line.slice(1);
  if (/^[-+=]/.test(line)) return ref(line[0]!) + line.slice(1);
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return ordered[1]! + ref(ordered[2]!) + line.slice(ordered[0].length);
  return line;
}

/** Markdown trims white space at line edges, no-break spaces included; references survive that. */
function escapeLineEdges(line: string): string {
  return line.replace(/^\s+|\s+$/g, (run) => [...run].map(ref).join(''));
}

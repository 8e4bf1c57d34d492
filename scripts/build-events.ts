/**
 * `npm run events`: content/sources/*.md → content/events/*.mdx, with content/editorial.yaml applied.
 * A thin shell around src/extract: read files, run the pure pipeline, write atomically, report.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eventSchema } from '../src/schema';
import { applyEditorial, parseEditorial } from '../src/extract/editorial';
import { loadSources } from '../src/extract/load-sources';
import { serializeEventMdx } from '../src/extract/mdx';
import { extractEvents } from '../src/extract/pipeline';
import { writeEventFiles } from '../src/extract/write-events';

export interface BuildOptions {
  root: string;
  quiet?: boolean;
}

export async function buildEvents({ root, quiet }: BuildOptions) {
  const sourcesDir = path.join(root, 'content/sources');
  const eventsDir = path.join(root, 'content/events');
  const editorialFile = path.join(root, 'content/editorial.yaml');
  const names = (await readdir(sourcesDir)).filter((f) => f.endsWith('.md')).sort();
  const files = await Promise.all(
    names.map(async (n) => ({ file: path.join('content/sources', n), raw: await readFile(path.join(sourcesDir, n)) })),
  );
  const { sources } = loadSources(files);
  const { events: extracted, report } = extractEvents(sources);
  let editorialRaw: string | undefined;
  try {
    editorialRaw = await readFile(editorialFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const { events, warnings } = editorialRaw
    ? applyEditorial(extracted, parseEditorial(editorialRaw, 'content/editorial.yaml'))
    : { events: extracted, warnings: [] as string[] };
  for (const e of events) {
    const check = eventSchema.safeParse(e);
    if (!check.success) throw new Error(`event ${e.id}: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const out = events.map((e) => ({ name: `${e.start}-${e.id}.mdx`, content: serializeEventMdx(e) }));
  const written = await writeEventFiles(eventsDir, out);
  const allWarnings = [...report.warnings, ...warnings];
  if (!quiet) {
    const x = report.expressions;
    console.log(
      [
        `sources              ${report.sources}`,
        `sentences            ${report.sentences}`,
        `temporal expressions ${x.found} found, ${x.resolved} resolved, ${x.unresolved} unresolved`,
        `mentions             ${report.mentions}`,
        `events               ${events.length} (${events.filter((e) => e.context).length} context)`,
        `files                ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed`,
        ...written.keptHandEdited.map(
          (f) => `kept                 ${f}: edited by hand, so not regenerated. Move the change into content/editorial.yaml, or delete the file to regenerate it.`,
        ),
        ...allWarnings.map((w) => `warning              ${w}`),
      ].join('\n'),
    );
  }
  return { events, report, written, warnings: allWarnings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildEvents({ root: process.cwd() }).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}

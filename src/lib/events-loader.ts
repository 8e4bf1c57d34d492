/**
 * The events collection's loader. Like Astro's `glob()` it reads every `.mdx` file of one folder,
 * with the MDX integration's own front matter reader and the collection's schema; unlike it, it
 * leaves to MDX only the files an editor changed. A body that is still the one the pipeline wrote
 * says nothing its front matter does not, so the event page renders it from the data
 * (`renderBodyFromData`): compiling thousands of such files as MDX modules was most of a large
 * site's build time.
 */
import { readdir, readFile } from 'node:fs/promises';
import { posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isGeneratedEventBody } from '../extract/mdx';
import type { TimelineEvent } from '../schema';

/**
 * What Astro hands its own `glob()` loader besides the public context: each content type's reader
 * (the MDX integration's, here), so that front matter is read exactly as `glob()` reads it.
 */
type GlobContext = LoaderContext & {
  entryTypes?: Map<string, { getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ body?: string; data: Record<string, unknown> }> }>;
};

export function eventsLoader(base: string): Loader {
  return {
    name: 'timeline-events',
    async load({ config, store, parseData, generateDigest, entryTypes, logger, watcher }: GlobContext) {
      const mdx = entryTypes?.get('.mdx');
      if (!mdx) throw new Error('The events collection needs the MDX integration (@astrojs/mdx) in astro.config.mjs.');
      const folder = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const rootPath = fileURLToPath(config.root);

      async function sync(): Promise<void> {
        const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
        const chosen = new Map<string, { filePath: string; edited: boolean }>();
        for (const name of names) {
          const fileUrl = new URL(encodeURIComponent(name), folder);
          const filePath = fileURLToPath(fileUrl);
          const contents = await readFile(fileUrl, 'utf8');
          const { body, data } = await mdx!.getEntryInfo({ contents, fileUrl });
          const id = String(data.id ?? '');
          const event = (await parseData({ id, data, filePath })) as TimelineEvent;
          const edited = !isGeneratedEventBody(body ?? '', event);
          const clash = chosen.get(id);
          if (clash) {
            // `npm run events` warns of this too (a kept file and a regenerated one): the editor's
            // work is what the site shows.
            const keep = clash.edited || !edited ? clash.filePath : filePath;
            logger.warn(`${clash.filePath} and ${filePath} are both event "${id}"; the site shows ${keep}.`);
            if (keep === clash.filePath) continue;
          }
          chosen.set(id, { filePath, edited });

          const digest = generateDigest(contents);
          const sitePath = relative(rootPath, filePath).split(sep).join(posix.sep);
          const known = store.get(id);
          if (known?.digest === digest && known.filePath === sitePath) {
            if (known.deferredRender) store.addModuleImport(sitePath);
            continue;
          }
          store.set({ id, data: event, body, filePath: sitePath, digest, ...(edited ? { deferredRender: true } : {}) });
        }
        for (const id of store.keys()) if (!chosen.has(id)) store.delete(id);
      }

      await sync();
      // `astro dev`: the pipeline rewrites the folder; load it again when it does.
      const folderPath = fileURLToPath(folder);
      watcher?.add(folderPath);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folderPath) && changed.endsWith('.mdx')) void sync();
      });
    },
  };
}

/** Whether an event page renders its entry's body from the data (no MDX module was made for it). */
export const renderBodyFromData = (entry: { deferredRender?: boolean }): boolean => !entry.deferredRender;

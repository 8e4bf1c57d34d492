/**
 * The entry of `npm run events`' start-up snapshot (scripts/events.mjs builds it with
 * `node --build-snapshot` from this file bundled): the command's code loaded and its analyser warm.
 *
 * Loading compromise builds its lexicon (about a third of a second), and the first article a
 * process analyses pays for the lazy set-up of the tagger and the date patterns. A snapshot taken
 * after one small made-up article was extracted starts with all of that done: a run that must
 * analyse the one article that changed starts where a warm process would be.
 *
 * Only pure steps run before the snapshot is taken: no file is read or written, and nothing that
 * depends on the folder, the time or the environment of a later run is kept (those are read when
 * the command runs, in `cli`).
 */
import v8 from 'node:v8';
import { eventSchema } from '../src/schema';
import { serializeEventMdx } from '../src/extract/mdx';
import { extractEvents } from '../src/extract/pipeline';
import type { LoadedSource } from '../src/extract/types';
// The command's own module too, so that loading it is part of the snapshot.
import './build-events';
import { cli } from './events-cli';

/** A made-up article, written to pass through every step: dates of several kinds, names, a merge. */
const WARM_UP: LoadedSource[] = [
  {
    id: 'warm-up-a',
    file: 'content/sources/warm-up-a.md',
    body: [
      'Harbour workers in Ostvale walked off the job on Tuesday, the union said, a week after talks with the port authority collapsed.',
      'Mayor Lena Marrowby met union leaders at City Hall on Wednesday and said a deal could come "within days".',
      'The port handled 40% less cargo last month than in October 2021, according to figures released in early March.',
    ].join('\n\n'),
    meta: { title: 'Ostvale port strike enters second day', outlet: 'The Example Courier', published: '2024-03-14', url: 'https://example.com/a' },
  } as LoadedSource,
  {
    id: 'warm-up-b',
    file: 'content/sources/warm-up-b.md',
    body: 'Dock workers in Ostvale began a strike on March 12, and Marrowby met their union on Wednesday, officials said.',
    meta: { title: 'Ostvale mayor meets strikers', outlet: 'Example Daily', published: '2024-03-15', url: 'https://example.com/b' },
  } as LoadedSource,
];

for (const event of extractEvents(WARM_UP).events) {
  if (eventSchema.safeParse(event).success) serializeEventMdx(event);
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // scripts/events.mjs asks a new snapshot whether it starts, before keeping it.
  if (process.env.TIMELINE_EVENTS_PROBE) return console.log('ready');
  const { TIMELINE_EVENTS_CODE: code, TIMELINE_EVENTS_INPUTS: changedInputs } = process.env;
  // Exits as soon as the command is done (everything it writes is written synchronously or awaited,
  // and stdout is a file, a pipe or a terminal, written synchronously on Linux): tearing down a heap
  // of ~150 MB page by page, as a process left to end by itself does, costs a few hundredths of a second.
  void cli(code ? { code, ...(changedInputs ? { changedInputs } : {}) } : {}).then(() => process.exit());
});

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventsLoader } from './lib/events-loader';
import { eventSchema, sourceFrontmatterSchema } from './schema';

// Sources are loaded for their metadata only: pages quote them, never republish them.
const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '**/*.md' }),
  schema: sourceFrontmatterSchema,
});

// Events are written by `npm run events`; one MDX file each, compiled as MDX only once an editor
// changes its body (see the loader).
const events = defineCollection({
  loader: eventsLoader('./content/events'),
  schema: eventSchema,
});

export const collections = { sources, events };

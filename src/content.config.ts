import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema, sourceFrontmatterSchema } from './schema';

// Sources are loaded for their metadata only: pages quote them, never republish them.
const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '**/*.md' }),
  schema: sourceFrontmatterSchema,
});

// Events are written by `npm run events`; one MDX file each.
const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '**/*.mdx', generateId: ({ data }) => String(data.id) }),
  schema: eventSchema,
});

export const collections = { sources, events };

/**
 * The one definition of a source and of an event. The extraction script validates with it, Astro's
 * content collections load with it, and the exports and the client read the types it infers.
 */
import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, that exists (2025-13-45 and 2025-02-30 are refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** Ids are used in file names, URLs and URL hashes: keep them to a safe alphabet. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

export const sourceFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1),
    outlet: z.string().trim().min(1),
    // YAML reads an unquoted 2025-11-22 as a Date: accept both spellings, keep the string.
    published: z.preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      isoDate,
    ),
    url: z.url({ protocol: /^https?$/ }).optional(),
    authors: z.array(z.string().trim().min(1)).optional(),
    language: z.string().trim().min(2).optional(),
    derivedFrom: slugId.optional(),
  })
  .strict();
export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;

/** A source as the exports and pages see it: its front matter plus its id (the file name). */
export const sourceSchema = sourceFrontmatterSchema.extend({ id: slugId });
export type Source = z.infer<typeof sourceSchema>;

export const precisionSchema = z.enum(['day', 'days', 'week', 'month', 'year']);
export type Precision = z.infer<typeof precisionSchema>;

export const citationSchema = z.object({
  source: slugId,
  /** Verbatim from the source's body (white space folded). */
  quote: z.string().min(1),
  /** 1-based paragraph of the cleaned article the quote sits in. */
  paragraph: z.number().int().positive(),
});
export type Citation = z.infer<typeof citationSchema>;

export const eventSchema = z
  .object({
    id: slugId,
    title: z.string().min(1),
    start: isoDate,
    end: isoDate.optional(),
    precision: precisionSchema,
    /** True when the words themselves are vague ("late October", "early this week"). */
    approximate: z.boolean().optional(),
    /** The date as the articles wrote it, e.g. "the weekend before Halloween". */
    dateText: z.string().min(1),
    summary: z.string().min(1),
    /** Background to the story (e.g. an invasion years earlier), drawn apart from it. */
    context: z.boolean().optional(),
    people: z.array(z.string()),
    places: z.array(z.string()),
    tags: z.array(z.string()),
    citations: z.array(citationSchema).min(1),
  })
  .refine((e) => e.end === undefined || e.end >= e.start, { message: 'end is before start', path: ['end'] });
export type TimelineEvent = z.infer<typeof eventSchema>;

/** `dist/events.json`: public API, read by the other pages, the exports and outside users. */
export const eventsFileSchema = z.object({
  sources: z.array(
    sourceSchema.pick({ id: true, title: true, outlet: true, published: true, url: true, authors: true, derivedFrom: true }),
  ),
  events: z.array(eventSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** content/site.yaml: the timeline's own name and introduction, kept out of the code. */
export const siteSchema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    lang: z.string().trim().min(2).default('en'),
  })
  .strict();
export type SiteConfig = z.infer<typeof siteSchema>;

/**
 * The timeline's name and introduction, read once from content/site.yaml (an editor's file, like
 * the sources), so that the code names no story.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../schema';

export const SITE_FILE = 'content/site.yaml';

export function parseSiteConfig(raw: string, file = SITE_FILE): SiteConfig {
  const result = siteSchema.safeParse(parse(raw) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}. Give at least title: "..." and description: "..."`);
  }
  return result.data;
}

/** Used when a project has no content/site.yaml yet: a working site, plainly named. */
export const DEFAULT_SITE: SiteConfig = {
  title: 'Timeline',
  description: 'What happened, when, as reported by the news articles cited for each event.',
  lang: 'en',
};

export function loadSiteConfig(root = process.cwd()): SiteConfig {
  let raw: string;
  try {
    raw = readFileSync(path.join(root, SITE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_SITE;
    throw e;
  }
  return parseSiteConfig(raw);
}

const site = loadSiteConfig();
export const SITE_TITLE = site.title;
export const SITE_INTRO = site.description;
export const SITE_LANG = site.lang;

/** Shared setup for the browser tests: the built site served locally and a Chromium to drive. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchChromium } from './browser';
import { ROOT, ensureBuilt, homeData, serve, type Served } from './dist';

export interface Site {
  server: Served;
  browser: Browser;
  /** The events as embedded in the built home page, in time order. */
  events: ReturnType<typeof homeData>['events'];
  /** A fresh page in its own context (axe needs `browser.newContext()` pages). */
  page(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  ensureBuilt();
  const server = await serve();
  const browser = await launchChromium();
  const contexts: { close(): Promise<void> }[] = [];
  return {
    server,
    browser,
    events: homeData().events,
    async page(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/** Errors and console errors the page has reported so far. */
export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];

export interface ContentEvent {
  id: string;
  title: string;
  summary: string;
  context?: boolean;
  people: string[];
  places: string[];
  citations: { source: string; quote: string; paragraph: number }[];
}

/** The events' front matter straight from content/events/*.mdx (what the build rendered). */
export function contentEvents(): ContentEvent[] {
  const dir = join(ROOT, 'content', 'events');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!m) throw new Error(`${f}: no front matter`);
      return parse(m[1]!) as ContentEvent;
    });
}

/** The visible timeline's date range, `YYYY-MM-DD/YYYY-MM-DD`, as `[start, end]` in ms. */
export async function domain(page: Page): Promise<[number, number]> {
  const d = await page.locator('#tl_svg').getAttribute('data-domain');
  const [a, b] = (d ?? '/').split('/');
  return [Date.parse(a!), Date.parse(b!)];
}

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * axe-core on the home page (plain, with an event open, and filtered), an event page and a source
 * page, in light and dark; plus the no-script reading of the home page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentEvents, fold, pageErrors, startSite, type Site } from '../helpers/site';
import { summaryRepeatsQuote } from '../../src/lib/summary';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${colorScheme} theme`, () => {
      async function open(path: string, width = 1280) {
        const page = await site.page({ colorScheme, viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme });
        await page.goto(site.server.url + path);
        return page;
      }

      it('home page', async () => {
        const page = await open('');
        await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
        expect(await violations(page)).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
      });

      it('home page with an event open, filters open and a mark focused', async () => {
        const id = site.events.find((e) => !e.context)!.id;
        const page = await open(`#${id}`);
        await page.locator('#tl_card h3').waitFor();
        await page.locator('summary', { hasText: 'People' }).click();
        await page.locator(`#tl_svg [data-event-id="${id}"]`).focus();
        expect(await violations(page)).toEqual([]);
      });

      it('home page, narrow, vertical timeline', async () => {
        const page = await open('', 340);
        await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
        expect(await violations(page)).toEqual([]);
      });

      it('an event page', async () => {
        const page = await open(`events/${site.events[0]!.id}/index.html`);
        expect(await violations(page)).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
      });

      it('a source page', async () => {
        const source = contentEvents()[0]!.citations[0]!.source;
        const page = await open(`sources/${source}/index.html`);
        expect(await violations(page)).toEqual([]);
      });
    });
  }

  it('honours prefers-reduced-motion: zoom buttons jump instead of animating', async () => {
    const page = await site.page({ reducedMotion: 'reduce' });
    await page.goto(site.server.url);
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    const before = await page.locator('#tl_svg').getAttribute('data-domain');
    await page.locator('[data-act=in]').click();
    // No animation frames needed: the new range is there right after the click.
    const after = await page.locator('#tl_svg').getAttribute('data-domain');
    expect(after).not.toBe(before);
  });
});

describe('without JavaScript', () => {
  it('lists every event with its date, summary (when it is not the first quote) and citations, and hides the interactive parts', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.server.url);
    const events = contentEvents();
    expect(await page.locator('#tl_list > li').count()).toBe(events.length);
    expect(await page.locator('#tl_app').isVisible()).toBe(false);
    expect(await page.locator('svg').count()).toBe(0);
    for (const e of events) {
      const li = page.locator(`#tl_list > li[data-event-id="${e.id}"]`);
      expect(await li.isVisible()).toBe(true);
      expect(fold((await li.locator('h3').textContent()) ?? '')).toBe(fold(e.title));
      expect(await li.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The summary, unless it would only repeat the first quote word for word.
      const own = await li.locator(':scope > p:not(.when)').allTextContents();
      expect(own.map(fold)).toEqual(summaryRepeatsQuote(e) ? [] : [fold(e.summary)]);
      const quotes = await li.locator('blockquote').allTextContents();
      expect(quotes.map(fold)).toEqual(e.citations.map((c) => fold(c.quote)));
      const captions = await li.locator('figcaption').allTextContents();
      e.citations.forEach((c, k) => expect(captions[k]).toContain(`paragraph ${c.paragraph}`));
    }
    // A hash still leads to its event in the list.
    const target = events[Math.floor(events.length / 2)]!;
    await page.goto(`${site.server.url}#${target.id}`);
    const top = await page.locator(`#tl_list > li[data-event-id="${target.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  it('prints the list, not the timeline', async () => {
    const page = await site.page();
    await page.goto(site.server.url);
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#tl_app').isVisible()).toBe(false);
    expect(await page.locator('#tl_list > li').first().isVisible()).toBe(true);
  });
});

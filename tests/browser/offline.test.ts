/**
 * The built folder opened from disk (file://), as a reader who downloaded it would: the home page,
 * an event page and the embed each work, select events, report no error and ask for nothing
 * outside the folder.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { pageErrors, startSite, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const FOLDER = pathToFileURL(DIST).href + '/';
const file = (path: string) => FOLDER + path;

/** A page that records every request it makes. */
async function offlinePage(): Promise<Page & { asked: string[] }> {
  const page = (await site.page()) as Page & { asked: string[] };
  page.asked = [];
  page.on('request', (r) => page.asked.push(r.url()));
  return page;
}

function expectInsideFolder(page: Page & { asked: string[] }) {
  expect(page.asked.length).toBeGreaterThan(0);
  for (const url of page.asked) expect(url.startsWith(FOLDER) || url.startsWith('data:'), url).toBe(true);
}

const visibleMark = (page: Page) =>
  page.$$eval('#tl_svg g.m', (gs) => gs.find((g) => g.getAttribute('display') !== 'none')!.getAttribute('data-event-id')!);

describe('opened from disk (file://)', () => {
  it('index.html: draws the timeline and selects events', async () => {
    const page = await offlinePage();
    await page.goto(file('index.html'));
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    expect(await page.locator('#tl_svg [data-event-id]').count()).toBe(site.events.length);
    const id = await visibleMark(page);
    await page.locator(`#tl_svg [data-event-id="${id}"] circle`).click();
    expect(await page.locator('#tl_card').getAttribute('data-selected')).toBe(id);
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    // The data files the footer names are there.
    for (const name of ['events.json', 'events.csv', 'events.ics', 'feed.xml', 'timeline.json']) {
      expect(await page.locator(`.site-foot a[href="${name}"]`).count(), name).toBe(1);
    }
    expectInsideFolder(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it('an event page: renders with its JSON-LD, and its "Timeline" link opens the event there', async () => {
    const event = site.events[Math.floor(site.events.length / 2)]!;
    const page = await offlinePage();
    await page.goto(file(`events/${event.id}/index.html`));
    expect(await page.locator('h1').textContent()).toBe(event.title);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'Event', name: event.title, startDate: event.start });
    expect(await page.locator('.site-foot a[href="../../events.json"]').count()).toBe(1);
    await page.locator('.crumbs a').click();
    await page.waitForURL(file(`index.html#${event.id}`));
    await expect.poll(() => page.locator('#tl_card').getAttribute('data-selected')).toBe(event.id);
    expectInsideFolder(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it('embed/index.html: draws the timeline, applies options and selects events', async () => {
    const event = site.events.find((e) => !e.context)!;
    const page = await offlinePage();
    await page.goto(file(`embed/index.html?event=${event.id}&theme=dark`));
    await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
    expect(await page.locator('#tl_svg [data-event-id]').count()).toBe(site.events.length);
    expect(await page.locator('#tl_card').getAttribute('data-selected')).toBe(event.id);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const other = await page.$$eval(
      '#tl_svg g.m',
      (gs, skip) => gs.find((g) => g.getAttribute('display') !== 'none' && g.getAttribute('data-event-id') !== skip)!.getAttribute('data-event-id')!,
      event.id,
    );
    await page.locator(`#tl_svg [data-event-id="${other}"] circle`).click();
    expect(await page.locator('#tl_card').getAttribute('data-selected')).toBe(other);
    // Its links lead to files of the folder (opening in a new tab).
    const hrefs = await page.$$eval('#tl_card a, .embed-head a, .embed-foot a', (as) => (as as HTMLAnchorElement[]).map((a) => a.href));
    for (const href of hrefs.filter((h) => !/^https?:/.test(h))) expect(href.startsWith(FOLDER), href).toBe(true);
    expect(await page.locator('#tl_full').getAttribute('href')).toBe(`../index.html#${other}`);
    expectInsideFolder(page);
    expect(pageErrors(page)).toEqual([]);
  });
});

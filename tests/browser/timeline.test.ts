/**
 * The home page's interactive timeline, driven in Chromium against the built site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentEvents, domain, pageErrors, startSite, type Site } from '../helpers/site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function home(hashOrQuery = '', width = 1280): Promise<Page> {
  const page = await site.page({ viewport: { width, height: 900 } });
  await page.goto(site.server.url + hashOrQuery);
  await page.locator('#tl_svg g.m').first().waitFor({ state: 'attached' });
  return page;
}

/** Ids of the marks currently drawn (not hidden by filters, clustering or the view). */
const drawnIds = (page: Page) =>
  page.$$eval('#tl_svg g.m', (gs) => gs.filter((g) => g.getAttribute('display') !== 'none').map((g) => g.getAttribute('data-event-id')!));

const selectedId = (page: Page) => page.locator('#tl_card').getAttribute('data-selected');
const hash = (page: Page) => page.evaluate(() => location.hash);

describe('home page timeline', () => {
  it('has test data to work with', () => {
    expect(site.events.length).toBeGreaterThan(3);
  });

  it('draws every event exactly once as an SVG mark and once in the list', async () => {
    const page = await home();
    const marks = await page.$$eval('#tl_svg [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')));
    const items = await page.$$eval('#tl_list [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')));
    const ids = site.events.map((e) => e.id);
    expect([...marks].sort()).toEqual([...ids].sort());
    expect(items).toEqual(ids);
    for (const id of ids) {
      expect(await page.locator(`#tl_svg [data-event-id="${id}"]`).count()).toBe(1);
      expect(await page.locator(`#tl_list li[data-event-id="${id}"]`).count()).toBe(1);
    }
    // Each mark has a name for screen readers.
    const unnamed = await page.$$eval('#tl_svg g.m', (gs) => gs.filter((g) => !g.getAttribute('aria-label')).length);
    expect(unnamed).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens the clicked event in the card and puts it in the hash', async () => {
    const page = await home();
    const id = (await drawnIds(page))[0]!;
    const title = site.events.find((e) => e.id === id)!.title;
    await page.locator(`#tl_svg [data-event-id="${id}"] circle`).click();
    expect(await selectedId(page)).toBe(id);
    expect(await hash(page)).toBe(`#${id}`);
    await expect(page.locator('#tl_card h3').textContent()).resolves.toBe(title);
    expect(await page.locator('#tl_card blockquote').count()).toBeGreaterThan(0);
    await expect(page.locator(`#tl_svg [data-event-id="${id}"]`).getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.locator('#tl_live').textContent()).resolves.toContain(title);
    // Close by the card's button.
    await page.locator('#tl_card button.close').click();
    expect(await selectedId(page)).toBeNull();
    expect(await hash(page)).toBe('');
  });

  it('moves through events in time order by keyboard, and Enter opens one', async () => {
    const page = await home();
    await page.locator('[data-act=last]').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(site.events.map((e) => e.id)).toContain(first);
    await page.keyboard.press('Home');
    const ids = site.events.map((e) => e.id);
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(await active()).toBe(ids[0]);
    for (let k = 1; k < Math.min(ids.length, 6); k++) {
      await page.keyboard.press('ArrowRight');
      expect(await active()).toBe(ids[k]);
    }
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe(ids[4]);
    await page.keyboard.press('Enter');
    expect(await selectedId(page)).toBe(ids[4]);
    expect(await hash(page)).toBe(`#${ids[4]}`);
    // End reaches the last event even far along the axis; it is drawn and focusable.
    await page.keyboard.press('End');
    expect(await active()).toBe(ids.at(-1));
    expect(await page.locator(`#tl_svg [data-event-id="${ids.at(-1)}"]`).getAttribute('display')).not.toBe('none');
    await page.keyboard.press(' ');
    expect(await selectedId(page)).toBe(ids.at(-1));
    await page.keyboard.press('Escape');
    expect(await selectedId(page)).toBeNull();
    // Every event is reachable: walk the whole list with the arrow key.
    await page.keyboard.press('Home');
    const seen = [await active()];
    for (let k = 1; k < ids.length; k++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await active());
    }
    expect(seen).toEqual(ids);
    // The focused mark shows a focus indicator.
    const ring = await page.evaluate(() => {
      const g = document.activeElement as SVGGElement;
      return getComputedStyle(g.querySelector('circle')!).strokeWidth;
    });
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);
  });

  it('opens the event named in the URL hash, including background ones', async () => {
    const target = site.events.find((e) => e.context) ?? site.events[0]!;
    const page = await home(`#${target.id}`);
    expect(await selectedId(page)).toBe(target.id);
    await expect(page.locator('#tl_card h3').textContent()).resolves.toBe(target.title);
    expect(await page.locator(`#tl_svg [data-event-id="${target.id}"]`).getAttribute('display')).not.toBe('none');
    const [d0, d1] = await domain(page);
    expect(Date.parse(target.start)).toBeLessThan(d1);
    expect(Date.parse(target.end) + 86_400_000).toBeGreaterThan(d0);
    // A hash that names no event selects nothing.
    const other = await home('#no-such-event');
    expect(await selectedId(other)).toBeNull();
  });

  it('follows back and forward', async () => {
    const page = await home();
    const [a, b] = (await drawnIds(page)).slice(0, 2);
    await page.locator(`#tl_svg [data-event-id="${a}"] circle`).click();
    await page.locator(`#tl_svg [data-event-id="${b}"] circle`).click();
    expect(await selectedId(page)).toBe(b);
    await page.goBack();
    await expect.poll(() => selectedId(page)).toBe(a);
    expect(await hash(page)).toBe(`#${a}`);
    await page.goBack();
    await expect.poll(() => selectedId(page)).toBeNull();
    await page.goForward();
    await expect.poll(() => selectedId(page)).toBe(a);
    await page.goForward();
    await expect.poll(() => selectedId(page)).toBe(b);
  });

  it('filters the timeline and the list together, through the URL', async () => {
    const events = contentEvents();
    const byId = new Map(events.map((e) => [e.id, e]));
    // The person in most events, but not in all.
    const tally = new Map<string, number>();
    for (const e of events) for (const p of e.people) tally.set(p, (tally.get(p) ?? 0) + 1);
    const [person] = [...tally].filter(([, n]) => n < events.length).sort((x, y) => y[1] - x[1])[0]!;
    const slug = person.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const expected = events.filter((e) => e.people.includes(person)).map((e) => e.id);

    const page = await home();
    await page.locator('summary', { hasText: 'People' }).click();
    await page.locator(`input[name=people][value="${slug}"]`).check();
    expect(await page.evaluate(() => location.search)).toBe(`?people=${slug}`);
    const visibleItems = await page.$$eval('#tl_list > li', (lis) => (lis as HTMLElement[]).filter((li) => !li.hidden).map((li) => li.dataset.eventId));
    expect([...visibleItems].sort()).toEqual([...expected].sort());
    await expect(page.locator('#tl_count').textContent()).resolves.toContain(`${expected.length} of ${events.length}`);
    const drawn = await drawnIds(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(byId.get(id)!.people).toContain(person);
    // Marks of filtered-out events stay in the SVG (one per event) but are not drawn.
    expect(await page.locator('#tl_svg [data-event-id]').count()).toBe(events.length);
    await page.locator('[data-act=fit]').click();
    await page.waitForTimeout(400);
    for (const id of await drawnIds(page)) expect(expected).toContain(id);

    // An outlet as well: both must match.
    const outlet = await page.locator('input[name=outlets]').first().getAttribute('value');
    await page.locator('summary', { hasText: 'Outlets' }).click();
    await page.locator(`input[name=outlets][value="${outlet}"]`).check();
    expect(await page.evaluate(() => location.search)).toBe(`?people=${slug}&outlets=${outlet}`);

    // The filtered URL, loaded afresh, shows the same.
    const again = await home(`?people=${slug}`);
    const items2 = await again.$$eval('#tl_list > li', (lis) => (lis as HTMLElement[]).filter((li) => !li.hidden).map((li) => li.dataset.eventId));
    expect([...items2].sort()).toEqual([...expected].sort());
    expect(await again.locator(`input[name=people][value="${slug}"]`).isChecked()).toBe(true);

    // Reset shows everything again and clears the query.
    await again.locator('button[type=reset]').click();
    expect(await again.evaluate(() => location.search)).toBe('');
    expect(await again.$$eval('#tl_list > li[hidden]', (l) => l.length)).toBe(0);
    await expect(again.locator('#tl_count').textContent()).resolves.toContain(`all ${events.length}`);
  });

  it('keyboard navigation skips filtered-out events', async () => {
    const events = contentEvents();
    const place = events.flatMap((e) => e.places).find((p, _, all) => all.filter((q) => q === p).length >= 2)!;
    const slug = place.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const ids = site.events.map((e) => e.id).filter((id) => events.find((e) => e.id === id)!.places.includes(place));
    const page = await home(`?places=${slug}`);
    await page.locator('#tl_svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const seen: (string | undefined)[] = [];
    for (let k = 0; k < ids.length; k++) {
      seen.push(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? undefined));
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(ids);
  });

  it('zooms with the buttons, the keyboard and the mouse wheel', async () => {
    const page = await home();
    const span = async () => {
      const [a, b] = await domain(page);
      return b - a;
    };
    const start = await span();
    await page.locator('[data-act=in]').click();
    await expect.poll(span).toBeLessThan(start * 0.6);
    const zoomedIn = await span();
    await page.locator('[data-act=out]').click();
    await expect.poll(span).toBeGreaterThan(zoomedIn * 1.6);

    const box = (await page.locator('#tl_svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = await span();
    await page.mouse.wheel(0, -600);
    await expect.poll(span).toBeLessThan(beforeWheel * 0.9);
    const afterWheel = await span();
    await page.mouse.wheel(0, 600);
    await expect.poll(span).toBeGreaterThan(afterWheel * 1.1);

    // Drag pans: the range moves, its length stays.
    await page.locator('[data-act=in]').click();
    await page.waitForTimeout(400);
    const [a0, b0] = await domain(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height - 20, { steps: 5 });
    await page.mouse.up();
    const [a1, b1] = await domain(page);
    expect(a1).toBeLessThan(a0);
    expect(Math.abs(b1 - a1 - (b0 - a0))).toBeLessThan(1000);

    // Keyboard: + and - on the timeline, 0 fits everything.
    await page.locator('#tl_svg [tabindex="0"]').focus();
    const beforeKey = await span();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(beforeKey * 0.6);
    await page.keyboard.press('0');
    const first = Math.min(...site.events.map((e) => Date.parse(e.start)));
    const last = Math.max(...site.events.map((e) => Date.parse(e.end)));
    await expect.poll(async () => (await domain(page))[0]).toBeLessThanOrEqual(first);
    expect((await domain(page))[1]).toBeGreaterThanOrEqual(last);
  });

  it('shows a band that began before the view with its head and label at the view’s start', async () => {
    const long = site.events.find((e) => Date.parse(e.end) - Date.parse(e.start) > 200 * 86_400_000)!;
    const y = long.start.slice(0, 4);
    const page = await home(`?from=${y}-05-01&to=${y}-07-31`);
    const mark = page.locator(`#tl_svg g.m[data-event-id="${long.id}"]`);
    await expect.poll(() => mark.getAttribute('display')).toBe('inline');
    const svg = (await page.locator('#tl_svg').boundingBox())!;
    const head = (await mark.locator('circle').boundingBox())!;
    expect(head.x - svg.x).toBeGreaterThanOrEqual(0);
    expect(head.x - svg.x).toBeLessThan(40);
    const label = (await mark.locator('text').boundingBox())!;
    expect(label.x + label.width).toBeLessThan(svg.x + svg.width);
    expect(pageErrors(page)).toEqual([]);
  });

  it('moves the marks and the axis as one layer during a drag, and lays them out again when it ends', async () => {
    const page = await home();
    await page.locator('[data-act=in]').click();
    await page.waitForTimeout(400);
    // Where each tick label is on screen, by its text.
    const ticks = async () =>
      new Map(await page.$$eval('#tl_svg .axis .tick text', (ts) => ts.map((t) => [t.textContent ?? '', t.getBoundingClientRect().x] as const)));
    const before = await ticks();
    const [a0] = await domain(page);
    const box = (await page.locator('#tl_svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height - 20, { steps: 4 });
    await page.waitForTimeout(100);
    // Mid-drag: the layer holding the marks (and the axis) is translated, by the drag since the
    // drag's first move (which laid them out for the view and half a view either side); the mark
    // axis has moved with the pointer.
    const moved = await page.locator('#tl_svg .layer').evaluate((el) => (el as HTMLElement).style.transform);
    expect(moved).toMatch(/^translateX\(\d+px\)$/);
    expect(Number(/\d+/.exec(moved)![0])).toBeGreaterThanOrEqual(60);
    expect(Number(/\d+/.exec(moved)![0])).toBeLessThan(120);
    expect(await page.locator('#tl_svg .layer .axis .tick').count()).toBeGreaterThan(1);
    const during = await ticks();
    const shared = [...before.keys()].filter((t) => during.has(t));
    expect(shared.length).toBeGreaterThan(1);
    for (const t of shared) expect(during.get(t)! - before.get(t)!).toBeCloseTo(120, 0);
    await page.mouse.up();
    await page.waitForTimeout(200);
    // At rest the layer is back in place and the marks are laid out for the view it came to.
    expect(await page.locator('#tl_svg .layer').evaluate((el) => (el as HTMLElement).style.transform)).toBe('');
    const [a1] = await domain(page);
    expect(a1).toBeLessThan(a0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('paints a wheel zoom on one canvas, and draws SVG marks again once it settles, keeping focus', async () => {
    const page = await home();
    await page.waitForTimeout(300);
    const canvas = page.locator('#tl_svg .layer canvas');
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).hidden)).toBe(true);
    // A mark has the keyboard's focus; the wheel turns over it (so it stays in view).
    const mark = page.locator('#tl_svg g.m[tabindex="0"]');
    const id = await mark.getAttribute('data-event-id');
    await mark.focus();
    const head = (await mark.locator('circle').boundingBox())!;
    // What each change of the drawing showed: the canvas, the SVG marks displayed, the focus.
    await page.evaluate(() => {
      const seen: { canvas: boolean; marks: string[]; axis: boolean; focus: string | null }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      const svg = document.getElementById('tl_svg')!;
      new MutationObserver(() => {
        const c = svg.querySelector('canvas')!;
        seen.push({
          canvas: !c.hidden,
          marks: [...svg.querySelectorAll('g.m')].filter((g) => g.getAttribute('display') !== 'none').map((g) => g.getAttribute('data-event-id')!),
          axis: svg.querySelector('.axis')!.getAttribute('display') !== 'none',
          focus: document.activeElement?.getAttribute('data-event-id') ?? null,
        });
      }).observe(svg, { subtree: true, attributes: true, attributeFilter: ['hidden', 'display', 'data-domain'] });
    });
    const [a0, b0] = await domain(page);
    await page.mouse.move(head.x + head.width / 2, head.y + head.height / 2);
    for (let k = 0; k < 6; k++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(20);
    }
    // Once the wheel has rested (150 ms), the canvas is hidden and the marks are SVG elements again.
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).hidden)).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { seen: { canvas: boolean; marks: string[]; axis: boolean; focus: string | null }[] }).seen);
    const sketched = seen.filter((s) => s.canvas);
    expect(sketched.length).toBeGreaterThan(0);
    // While the zoom moved: no axis and no SVG marks but the focused one, which kept its focus.
    for (const s of sketched) {
      expect(s.axis).toBe(false);
      expect(s.marks).toEqual([id]);
      expect(s.focus).toBe(id);
    }
    // The canvas was painted: marks, labels and the axis.
    const painted = await canvas.evaluate((c) => {
      const cv = c as HTMLCanvasElement;
      const px = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
    const [a1, b1] = await domain(page);
    expect(b1 - a1).toBeLessThan((b0 - a0) * 0.9);
    // At rest: the marks in view, each an SVG element with its id and name, the axis, the focus kept.
    const rest = await drawnIds(page);
    expect(rest.length).toBeGreaterThan(3);
    expect(rest).toContain(id);
    const unnamed = await page.$$eval('#tl_svg g.m', (gs) => gs.filter((g) => g.getAttribute('display') !== 'none' && !g.getAttribute('aria-label')).length);
    expect(unnamed).toBe(0);
    expect(await page.locator('#tl_svg .axis').getAttribute('display')).toBeNull();
    expect(await page.locator('#tl_svg .axis .tick').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);
    // The keyboard goes on from the focused mark.
    await page.keyboard.press('ArrowRight');
    const ids = site.events.map((e) => e.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(ids[ids.indexOf(id!) + 1]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps a drag that begins while a wheel zoom winds down a gesture after the wheel’s end', async () => {
    const page = await home();
    await page.waitForTimeout(300);
    const sketching = () => page.locator('#tl_svg .layer canvas').evaluate((c) => !(c as HTMLCanvasElement).hidden);
    const box = (await page.locator('#tl_svg').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 20;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -240);
    await page.mouse.down();
    await expect.poll(sketching, { interval: 10 }).toBe(true);
    const [a0] = await domain(page);
    // Well past the wheel's end (150 ms after its last step), the drag is still a gesture: still
    // painted on the canvas, not laid out in SVG on every frame.
    for (let k = 1; k <= 8; k++) {
      await page.mouse.move(x + k * 15, y);
      await page.waitForTimeout(40);
    }
    expect(await sketching()).toBe(true);
    expect(await page.locator('#tl_svg .axis').getAttribute('display')).toBe('none');
    const [a1] = await domain(page);
    expect(a1).toBeLessThan(a0);
    await page.mouse.up();
    await expect.poll(sketching).toBe(false);
    expect((await drawnIds(page)).length).toBeGreaterThan(3);
    expect(pageErrors(page)).toEqual([]);
  });

  it('labels the axis sensibly from years down to days', async () => {
    const page = await home();
    await page.locator('[data-act=fit]').click();
    await page.waitForTimeout(400);
    const ticksAt = () => page.$$eval('#tl_svg .axis .tick text', (ts) => ts.map((t) => t.textContent ?? ''));
    const wide = await ticksAt();
    expect(wide.length).toBeGreaterThanOrEqual(2);
    for (let k = 0; k < 8; k++) await page.locator('[data-act=in]').click();
    await page.waitForTimeout(400);
    const narrow = await ticksAt();
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    expect(narrow.every((t) => /^\d{1,2} [A-Z][a-z]{2}$/.test(t)), narrow.join(' | ')).toBe(true);
    // Tick labels never overlap.
    const boxes = await page.$$eval('#tl_svg .axis .tick text', (ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
    boxes.sort((p, q) => p[0]! - q[0]!);
    for (let k = 1; k < boxes.length; k++) expect(boxes[k]![0]).toBeGreaterThanOrEqual(boxes[k - 1]![1]!);
  });

  it('never lets labels overlap, wide or narrow, zoomed in or out', async () => {
    for (const width of [1280, 375]) {
      const page = await home('', width);
      for (const act of ['fit', 'in', 'in', 'in']) {
        await page.locator(`[data-act=${act}]`).click();
        await page.waitForTimeout(350);
        const rects = await page.$$eval('#tl_svg g.m text', (ts) =>
          ts
            .filter((t) => t.closest('g')!.getAttribute('display') !== 'none' && t.textContent)
            .map((t) => {
              const r = t.getBoundingClientRect();
              return [r.left, r.top, r.right, r.bottom] as const;
            }),
        );
        for (let i = 0; i < rects.length; i++) {
          for (let j = i + 1; j < rects.length; j++) {
            const [a, b] = [rects[i]!, rects[j]!];
            const overlap = Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5;
            expect(overlap, `labels ${i} and ${j} overlap at ${width}px after ${act}`).toBe(false);
          }
        }
      }
      expect(pageErrors(page)).toEqual([]);
    }
  });

  it('First and Last open the first and last events', async () => {
    const page = await home();
    await page.locator('[data-act=first]').click();
    expect(await selectedId(page)).toBe(site.events[0]!.id);
    await page.locator('[data-act=last]').click();
    expect(await selectedId(page)).toBe(site.events.at(-1)!.id);
    expect(await page.locator(`#tl_svg [data-event-id="${site.events.at(-1)!.id}"]`).getAttribute('display')).not.toBe('none');
  });

  it('closes a filter list on Escape and on a click elsewhere', async () => {
    const page = await home();
    const people = page.locator('details', { has: page.locator('summary', { hasText: 'People' }) });
    await people.locator('summary').click();
    expect(await people.getAttribute('open')).not.toBeNull();
    await people.locator('input').first().focus();
    await page.keyboard.press('Escape');
    expect(await people.getAttribute('open')).toBeNull();
    await people.locator('summary').click();
    await page.locator('h1').click();
    expect(await people.getAttribute('open')).toBeNull();
  });

  it('zooms into a cluster when it is clicked', async () => {
    const page = await home('', 340);
    const clusters = page.locator('#tl_svg g.cl');
    if ((await clusters.count()) === 0) await page.locator('[data-act=fit]').click();
    await page.waitForTimeout(400);
    expect(await clusters.count()).toBeGreaterThan(0);
    const [a, b] = await domain(page);
    await clusters.first().locator('rect').click();
    await expect.poll(async () => {
      const [c, d] = await domain(page);
      return d - c;
    }).toBeLessThan((b - a) * 0.8);
  });

  it('switches between horizontal and vertical layouts when resized, keeping the view', async () => {
    const page = await home();
    const id = (await drawnIds(page))[2]!;
    await page.locator(`#tl_svg [data-event-id="${id}"] circle`).click();
    const [a, b] = await domain(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await page.locator('#tl_svg').getAttribute('class')) ?? '').toContain('vertical');
    const [c, d] = await domain(page);
    expect(Math.abs(c - a)).toBeLessThan((b - a) * 0.05);
    expect(Math.abs(d - b)).toBeLessThan((b - a) * 0.05);
    expect(await page.locator(`#tl_svg [data-event-id="${id}"]`).getAttribute('display')).not.toBe('none');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await page.locator('#tl_svg').getAttribute('class')) ?? '').not.toContain('vertical');
    expect(await selectedId(page)).toBe(id);
  });

  it('lays time out vertically on a narrow screen', async () => {
    const page = await home('', 340);
    expect(await page.locator('#tl_svg').getAttribute('class')).toContain('vertical');
    const box = (await page.locator('#tl_svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(340);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
    const id = (await drawnIds(page))[0]!;
    await page.locator(`#tl_svg [data-event-id="${id}"] circle`).click();
    expect(await selectedId(page)).toBe(id);
  });
});

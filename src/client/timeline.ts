/**
 * The home page's one script: turns the server-rendered list into an interactive timeline.
 *
 * Everything a reader needs is already in the HTML (the list, the citations); this draws the SVG
 * timeline from the embedded `#tl_data`, wires zoom/pan, selection (URL hash) and filters (URL
 * query), and keeps list and timeline in step. Layout, dates and filters are pure helpers in
 * src/lib; the DOM lives only here.
 *
 * It is a classic script placed before the list (astro.config.mjs): it draws the timeline while
 * the browser is still reading thousands of list items, and wires the list at DOMContentLoaded.
 *
 * The same script runs the embed (`#tl_app[data-embed]`): there the list is hidden (site.css), it
 * changes no session history (an iframe's entries would be the parent page's), and it posts its
 * height to the parent page. Both read the view options of the query (src/lib/view-options.ts).
 */
import { axisLeft, axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DAY, chooseTickSpec, dayMs, formatEventDate, isoDay, formatRange, formatTick, tickValues, type TickSpec } from '../lib/dates';
import { heightMessage } from '../lib/embed';
import { emptyFilters, isEmpty, matches, serializeFilters, type Facet, type Filters } from '../lib/filters';
import { knownFilters, parseViewOptions, type Known } from '../lib/view-options';
import { initEmbedDialog } from './embed-dialog';
import { layoutLanes, type LaneItem, type Placement } from '../lib/layout';
import { markGap } from '../lib/detail';
import { panShift, panWindow, type Laid } from '../lib/pan';
import { sketchFrame } from '../lib/sketch';
import { markPaint } from '../lib/mark-paint';
import { FLAG, daysToEnd, eachEvent, facetsAt, type TimelineData } from '../lib/timeline-data';
import { timeScale, zoomScale, type TimeScale } from '../lib/time-scale';

interface Ev {
  id: string;
  /** Position in time order (the list's order). */
  i: number;
  t0: number;
  t1: number;
  span: boolean;
  unc: boolean;
  ctx: boolean;
  title: string;
  /** Its flags in the data, and where its facets are (see src/lib/timeline-data.ts): its name and facets are worked out when first needed. */
  flags: number;
  fa: number;
  name?: string;
  facets?: Record<Facet, string[]>;
  /** The list item, once found (the list may still be loading). */
  li?: HTMLElement | undefined;
  /** The mark, once made: see markOf and allMarks. */
  mark?: SVGGElement;
  /** Made when first needed: the head when first drawn, band and label when first shown. */
  hd?: SVGCircleElement;
  bd?: SVGRectElement;
  tx?: SVGTextElement;
  text: string;
  /** What was last written, so that unchanged attributes are not written again. */
  at: string;
  shown: boolean;
  drawn: boolean;
  /** How far the mark's head stands after the start of its lane item (px): > 0 when its label goes before it. */
  hoff: number;
  /** The full label's width (px, -1 until measured) and its fitted versions by room. */
  width: number;
  labels?: Map<number, string>;
}

interface Group {
  evs: Ev[];
  lanes: number;
  /** Lane pitch across the time axis and the longest label (px). */
  pitch: number;
  labelMax: number;
  /** Vertical layout: labels share one column starting here (px) instead of following marks. */
  labelAt?: number;
  /** Cross-axis offset of lane 0 (px). */
  at: number;
}

const byId = <T extends Element>(id: string) => document.getElementById(id) as T | null;
/** Writes text only when it changes: a write lays out the page around it again. */
const setText = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};
/** Writes an attribute only when it changes: each write restyles the element (and lays out the SVG). */
const setAttr = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};
const app = byId<HTMLElement>('tl_app');
const dataEl = byId<HTMLScriptElement>('tl_data');
const view = byId<HTMLElement>('tl_view');
if (app && dataEl && view) init(app, JSON.parse(dataEl.textContent || '{}') as TimelineData, view);

function init(app: HTMLElement, data: TimelineData, view: HTMLElement) {
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const card = byId<HTMLElement>('tl_card')!;
  const live = byId<HTMLElement>('tl_live')!;
  const count = byId<HTMLElement>('tl_count')!;
  const rangeText = byId<HTMLElement>('tl_range')!;
  const form = byId<HTMLFormElement>('tl_filters')!;
  const emptyCard = card.innerHTML;
  const embed = app.dataset.embed !== undefined;
  const evs: Ev[] = [];
  if (data.numbers) {
    eachEvent(data, (id, title, day, flags, fa) => {
      const t0 = day * DAY;
      const t1 = t0 + (daysToEnd(flags) + 1) * DAY;
      evs.push({
        id,
        i: evs.length,
        t0,
        t1,
        span: t1 - t0 > DAY,
        unc: (flags & FLAG.uncertain) > 0,
        ctx: (flags & FLAG.context) > 0,
        title,
        flags,
        fa,
        text: '',
        at: '',
        shown: true,
        drawn: false,
        hoff: 0,
        width: -1,
        // Filled in when first needed; named now so that every event keeps one shape (the
        // engine's property lookups in the drawing code stay specialised to it).
        name: undefined,
        facets: undefined,
        li: undefined,
        mark: undefined,
        hd: undefined,
        bd: undefined,
        tx: undefined,
        labels: undefined,
      });
    });
  }
  const known: Known = { people: data.people ?? [], places: data.places ?? [], outlets: data.outlets ?? [], events: evs.map((e) => e.id) };
  const opts = parseViewOptions(location.search, known);
  if (opts.theme !== 'auto') document.documentElement.dataset.theme = opts.theme;
  if (embed && parent !== window) postHeight();

  // Nothing to draw: the page stays as rendered.
  if (!evs.length) return;
  // (The embed's list, there for the event card, is hidden by the stylesheet once this shows.)
  app.hidden = false;

  // ---- the list ------------------------------------------------------------------------------
  // This script runs before the list is parsed: the timeline is drawn first, and the list items
  // are looked up only when needed, by id until the whole list is in.
  let lis: Map<string, HTMLElement> | null = null;
  const liOf = (e: Ev) => {
    if (!e.li) {
      const li = lis ? lis.get(e.id) : byId<HTMLElement>(e.id);
      if (li?.dataset.eventId === e.id) e.li = li;
    }
    return e.li;
  };
  /** Whether list items were hidden by a filter (so that showing everything has work to do). */
  let listFiltered = false;
  function wireList() {
    allMarks();
    lis = new Map();
    for (const li of byId('tl_list')?.querySelectorAll<HTMLElement>('li[data-event-id]') ?? []) {
      lis.set(li.dataset.eventId!, li);
      // The ids let `#event` scroll to the item without scripts; with them the timeline owns the hash.
      li.removeAttribute('id');
    }
    filterList();
    if (selected) fillCard(selected);
    // While the list loaded, the browser may have scrolled to the hash's item: back to the timeline.
    if (selected && fromAddress && !embed) app.scrollIntoView({ block: 'start' });
  }

  const svg = select(view)
    .append('svg')
    .attr('id', 'tl_svg')
    .attr('role', 'group')
    .attr('aria-roledescription', 'timeline')
    .attr('aria-label', `Timeline of ${evs.length} events`)
    .attr('aria-describedby', 'tl_keys');
  const svgEl = svg.node()!;
  const bg = svg.append('rect').attr('class', 'ctxbg');
  // The marks and clusters are drawn in an SVG of their own, in an HTML box that the browser
  // composites apart: a pan moves that box (a transform on the compositor) without laying out or
  // painting the marks again, which it must do for any move within one SVG.
  const layerFo = svg.append('foreignObject').attr('x', 0).attr('y', 0);
  const layerBox = layerFo.append('xhtml:div').attr('class', 'layer');
  const layerSvg = layerBox.append('svg');
  // While a zoom moves, the marks, clusters and axis are painted on this one canvas (a sketch,
  // src/lib/sketch.ts): a frame then restyles, lays out and paints one element, not hundreds.
  const sketch = document.createElement('canvas');
  sketch.hidden = true;
  sketch.setAttribute('aria-hidden', 'true');
  (layerBox.node() as HTMLElement).prepend(sketch);
  const axisG = layerSvg.append('g').attr('class', 'axis').attr('aria-hidden', 'true');
  const clusterG = layerSvg.append('g').attr('class', 'clusters').attr('aria-hidden', 'true');
  const marksG = layerSvg.append('g').attr('class', 'marks');
  const ctxHint = svg.append('text').attr('class', 'ctxhint').attr('aria-hidden', 'true');
  const earlierBtn = app.querySelector<HTMLButtonElement>('[data-act=earlier]')!;
  const laterBtn = app.querySelector<HTMLButtonElement>('[data-act=later]')!;

  /** The event of an id: the lookup is made when first needed (most page loads never need it before the first drawing). */
  let index: Map<string, Ev> | undefined;
  const eventById = (id: string) => (index ??= new Map(evs.map((e) => [e.id, e]))).get(id);
  // Worked out when first needed: at start, only the events drawn first need their names.
  function nameOf(e: Ev): string {
    if (e.name) return e.name;
    const date = formatEventDate({ start: isoDay(e.t0), end: isoDay(e.t1 - DAY), approximate: (e.flags & FLAG.approximate) > 0 });
    return (e.name = `${date}: ${e.title}${e.unc ? ' (approximate date)' : ''}${e.ctx ? ' (background)' : ''}`);
  }
  function facetsOf(e: Ev): Record<Facet, string[]> {
    return (e.facets ??= facetsAt(data, e.fa));
  }

  // Every event has its mark (for keyboard, tests and scripts). The first drawing makes only the
  // marks it shows; the thousands of others follow once it is on screen (allMarks). A mark's
  // shapes and label are added when first drawn, and only those it shows (fewer elements to
  // style and lay out on every frame).
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const make = <K extends keyof SVGElementTagNameMap>(tag: K, cls?: string) => {
    const el = document.createElementNS(SVG_NS, tag);
    if (cls) el.setAttribute('class', cls);
    return el;
  };
  function newMark(e: Ev, attach = true) {
    const g = make('g', `m${e.ctx ? ' ctx' : ''}${e.unc ? ' unc' : ''}`);
    g.setAttribute('data-event-id', e.id);
    g.setAttribute('role', 'button');
    g.setAttribute('tabindex', '-1');
    g.setAttribute('aria-label', nameOf(e));
    g.setAttribute('display', 'none');
    if (attach) marksG.node()!.append(g);
    return (e.mark = g);
  }
  const markOf = (e: Ev) => e.mark ?? newMark(e);
  let allMade = false;
  /** Makes the marks not made yet, and puts all in time order. */
  function allMarks() {
    if (allMade) return;
    allMade = true;
    const active = document.activeElement;
    const marks = document.createDocumentFragment();
    for (let j = 0; j < evs.length; j++) marks.append(evs[j]!.mark ?? newMark(evs[j]!, false));
    marksG.node()!.append(marks);
    if (active instanceof SVGElement && active !== document.activeElement) active.focus({ preventScroll: true });
  }
  function makeHead(e: Ev) {
    const hd = (e.hd = make('circle', 'hd'));
    hd.setAttribute('r', '4.5');
    const tip = make('title');
    // A tooltip for marks drawn without their label.
    tip.textContent = nameOf(e);
    markOf(e).append(hd, tip);
  }

  // ---- measuring labels ----------------------------------------------------------------------
  // Only the labels of events in view are measured, and cut to fit only when drawn. Widths add up
  // each character's, measured once: thousands of measureText calls cost a tenth of a second.
  // They are kept in 1/64 px, whole numbers, whose sums the engine keeps unboxed even before it
  // optimises (a sum of fractions allocates a number per character in the first drawing).
  const ctx2d = document.createElement('canvas').getContext('2d');
  /** By UTF-16 code unit, in 1/64 px (at least 1); 0 until measured. */
  const charWidth = new Uint16Array(65536);
  const labelFont = () => {
    const cs = getComputedStyle(svgEl);
    return `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  };
  let font = '';
  function measure(s: string): number {
    let w = 0;
    for (let i = 0; i < s.length; i++) {
      const k = s.charCodeAt(i);
      let c = charWidth[k]!;
      if (!c) charWidth[k] = c = Math.max(1, Math.round((ctx2d ? ctx2d.measureText(s[i]!).width : 7) * 64));
      w += c;
    }
    return w / 64;
  }
  const fullLabel = (e: Ev) => (e.unc ? '≈ ' : '') + e.title;
  /** The room the label takes, up to `max` px (a cut label is a little narrower: room to spare). */
  function labelWidth(e: Ev, max: number): number {
    if (max <= 0) return 0;
    if (e.width < 0) e.width = Math.ceil(measure(fullLabel(e)));
    return Math.min(e.width, max);
  }
  /** The label that fits in `max` px, cut with "…". */
  function label(e: Ev, max: number): string {
    if (labelWidth(e, max) >= e.width) return fullLabel(e);
    let text = e.labels?.get(max);
    if (text !== undefined) return text;
    const full = fullLabel(e);
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (measure(`${full.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
      else hi = mid - 1;
    }
    text = lo > 0 ? `${full.slice(0, lo).trimEnd()}…` : '';
    (e.labels ??= new Map()).set(max, text);
    return text;
  }

  // ---- geometry ------------------------------------------------------------------------------
  const LANE = 24;
  let AXIS = 30;
  const HEAD = 10;
  let vertical = false;
  let W = 0;
  let H = 0;
  /** Time-axis range of the base scale: [r0, r1]. */
  let r0 = 0;
  let r1 = 1;
  const ctxEvs = evs.filter((e) => e.ctx);
  const mainEvs = evs.filter((e) => !e.ctx);
  const groups: Group[] = [];
  let clusterAt = 0;

  // The extent of all events, and of the story's (the background's left out, when there is a story).
  let first = Infinity;
  let last = -Infinity;
  let s0 = Infinity;
  let s1 = -Infinity;
  for (let j = 0; j < evs.length; j++) {
    const { t0, t1, ctx } = evs[j]!;
    if (t0 < first) first = t0;
    if (t1 > last) last = t1;
    if (ctx && mainEvs.length) continue;
    if (t0 < s0) s0 = t0;
    if (t1 > s1) s1 = t1;
  }
  const pad = Math.max(DAY, (last - first) * 0.02);
  const full: [number, number] = [first - pad, last + pad];
  let base: TimeScale = timeScale(full, [0, 1]);
  let transform: ZoomTransform = zoomIdentity;
  let kMax = 1;

  function measureView() {
    W = Math.max(240, view.clientWidth);
    vertical = W < 560;
    AXIS = vertical ? 50 : 30;
    groups.length = 0;
    const hasCtx = ctxEvs.length > 0;
    if (vertical) {
      // Time runs down. Marks stand in a few narrow columns; their labels share one column to the
      // right, each at its mark's height. Background events get a column of their own.
      // Not from the window's height in the embed: the frame is sized to the page.
      H = embed ? 560 : Math.round(Math.min(760, Math.max(420, innerHeight * 0.72)));
      const CL = 30;
      const ctxW = hasCtx ? 26 : 0;
      const cols = W < 360 ? 3 : 4;
      const pitch = 13;
      let x = AXIS + 18;
      if (hasCtx) groups.push({ evs: ctxEvs, lanes: 1, pitch: ctxW, labelMax: 0, at: x }), (x += ctxW);
      const labelAt = x + cols * pitch - 2;
      groups.push({ evs: mainEvs, lanes: cols, pitch, labelMax: Math.max(0, W - labelAt - CL - 6), at: x, labelAt });
      clusterAt = W - CL / 2;
      r0 = 14;
      r1 = H - 22;
    } else {
      let y = AXIS + 6;
      if (hasCtx) groups.push({ evs: ctxEvs, lanes: 2, pitch: LANE, labelMax: 180, at: y }), (y += 2 * LANE + 10);
      const mainLanes = 7;
      groups.push({ evs: mainEvs, lanes: mainLanes, pitch: LANE, labelMax: 180, at: y });
      y += mainLanes * LANE;
      clusterAt = y + 12;
      H = y + LANE + 4;
      r0 = 16;
      r1 = W - 16;
    }
    base = timeScale(full, [r0, r1]);
    kMax = Math.max(1, (full[1] - full[0]) / (4 * DAY));
    svg.attr('width', W).attr('height', H).attr('viewBox', `0 0 ${W} ${H}`).classed('vertical', vertical);
    layerFo.attr('width', W).attr('height', H);
    layerSvg.attr('width', W).attr('height', H);
    const g0 = groups[0]!;
    if (ctxEvs.length) {
      if (vertical) bg.attr('x', g0.at - 13).attr('y', 0).attr('width', g0.pitch).attr('height', H);
      else bg.attr('x', 0).attr('y', g0.at - 4).attr('width', W).attr('height', g0.lanes * LANE + 6);
    } else bg.attr('width', 0);
    if (vertical) ctxHint.attr('x', g0.at).attr('y', 12);
    else ctxHint.attr('x', W / 2).attr('y', g0.at + LANE - 2);
    zoomer.extent([
      [0, 0],
      [W, H],
    ]);
    zoomer.scaleExtent([1, kMax]);
    const f = labelFont();
    if (f !== font && ctx2d) {
      ctx2d.font = f;
      // Widths measured in another font are forgotten (none are at the start).
      if (font) {
        charWidth.fill(0);
        for (const e of evs) {
          e.width = -1;
          e.labels = undefined;
        }
      }
      font = f;
    }
  }

  /** 1-D constraint: the view never leaves the full extent; the other axis stays put. */
  function constrain(t: ZoomTransform): ZoomTransform {
    const k = Math.min(kMax, Math.max(1, t.k));
    const raw = vertical ? t.y : t.x;
    const v = Math.min(r0 * (1 - k), Math.max(r1 * (1 - k), raw));
    return vertical ? zoomIdentity.translate(0, v).scale(k) : zoomIdentity.translate(v, 0).scale(k);
  }

  const scale = () => zoomScale(base, transform.k, vertical ? transform.y : transform.x);

  /** The transform that shows `[a, b]` (ms), centred, within the zoom limits. */
  function fitTransform(a: number, b: number): ZoomTransform {
    const pa = base(a);
    const pb = base(b);
    const k = Math.min(kMax, Math.max(1, (r1 - r0) / Math.max(1, pb - pa)));
    const v = (r0 + r1) / 2 - (k * (pa + pb)) / 2;
    return constrain(vertical ? zoomIdentity.translate(0, v).scale(k) : zoomIdentity.translate(v, 0).scale(k));
  }

  // ---- zoom ----------------------------------------------------------------------------------
  let frame = 0;
  /**
   * How many wheel, drag or pinch gestures are under way (pans may move the drawing instead of
   * laying it out). Counted, not a flag: a wheel's gesture ends 150 ms after its last step, which
   * may come after a drag has begun, and that drag is still under way.
   */
  let gesture = 0;
  const schedule = () => (frame ||= requestAnimationFrame(() => ((frame = 0), render())));
  const zoomer = d3zoom<SVGSVGElement, unknown>()
    .constrain(constrain)
    .filter((ev: Event) => {
      if (ev.type === 'wheel') return true;
      // Narrow screens draw time downwards: one finger scrolls the page, two zoom and pan.
      if (ev.type.startsWith('touch')) return !vertical || (ev as TouchEvent).touches.length > 1;
      return !(ev as MouseEvent).ctrlKey && !(ev as MouseEvent).button;
    })
    .on('start', (ev: { sourceEvent: Event | null }) => {
      if (ev.sourceEvent) gesture++;
    })
    .on('end', (ev: { sourceEvent: Event | null }) => {
      if (!ev.sourceEvent || !gesture) return;
      // The drawing moved as one layer is laid out again for the view it came to rest on.
      if (!--gesture) schedule();
    })
    .on('zoom', (ev: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      transform = ev.transform;
      if (ev.sourceEvent) {
        // A wheel, drag or pinch takes over from any animation.
        cancelAnimationFrame(tween);
        heading = null;
      }
      schedule();
    });

  let tween = 0;
  /** Where a running animation is heading: further zooms and pans start from there. */
  let heading: ZoomTransform | null = null;
  const settled = () => heading ?? transform;
  function go(t: ZoomTransform, animate = true) {
    cancelAnimationFrame(tween);
    const target = constrain(t);
    const from = transform;
    heading = null;
    if (!animate || reduceMotion.matches) {
      svg.call(zoomer.transform, target);
      return;
    }
    heading = target;
    const t00 = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - t00) / 260);
      const e = p * (2 - p);
      const k = from.k * Math.pow(target.k / from.k, e);
      // Interpolate the view's centre in base coordinates, so zooming stays anchored.
      const c = (r0 + r1) / 2;
      const u0 = (c - (vertical ? from.y : from.x)) / from.k;
      const u1 = (c - (vertical ? target.y : target.x)) / target.k;
      const v = c - k * (u0 + (u1 - u0) * e);
      svg.call(zoomer.transform, constrain(vertical ? zoomIdentity.translate(0, v).scale(k) : zoomIdentity.translate(v, 0).scale(k)));
      if (p < 1) tween = requestAnimationFrame(step);
      else heading = null;
    };
    tween = requestAnimationFrame(step);
  }

  function zoomBy(f: number) {
    const from = settled();
    const c = (r0 + r1) / 2;
    const k = Math.min(kMax, Math.max(1, from.k * f));
    const u = (c - (vertical ? from.y : from.x)) / from.k;
    const v = c - k * u;
    go(vertical ? zoomIdentity.translate(0, v).scale(k) : zoomIdentity.translate(v, 0).scale(k));
  }

  /** The nearest shown event beyond the view (ctx only: background ones), or a half-view pan. */
  function toward(dir: 1 | -1, ctxOnly = false) {
    const s = scale();
    let best: Ev | undefined;
    for (const e of evs) {
      if (!e.shown || (ctxOnly && !e.ctx)) continue;
      if (dir < 0 ? s(e.t1) < r0 && (!best || e.t1 > best.t1) : s(e.t0) > r1 && (!best || e.t0 < best.t0)) best = e;
    }
    if (best) reveal(best, true);
    else panBy(dir * 0.5);
  }

  function panBy(fraction: number) {
    const d = (r1 - r0) * fraction;
    const from = settled();
    go(vertical ? from.translate(0, -d / from.k) : from.translate(-d / from.k, 0));
  }

  /** Pans (keeping the zoom) so that `e` is well inside the view. */
  function reveal(e: Ev, animate: boolean) {
    const s = scale();
    const a = s(e.t0);
    const b = s(e.t1);
    const margin = Math.min(60, (r1 - r0) / 6);
    if (a >= r0 + margin && Math.min(b, a + 40) <= r1 - margin) return;
    const k = settled().k;
    const u = base(e.t0 + Math.min(e.t1 - e.t0, 2 * DAY) / 2);
    const v = (r0 + r1) / 2 - k * u;
    go(vertical ? zoomIdentity.translate(0, v).scale(k) : zoomIdentity.translate(v, 0).scale(k), animate);
  }

  // ---- drawing -------------------------------------------------------------------------------
  let selected: Ev | null = null;
  let focused: Ev | null = null;
  let drawn: Ev[] = [];
  /** What the marks and clusters on screen were laid out for (see src/lib/pan.ts). */
  let laid: Laid | null = null;
  let layerAt = '0';
  function moveLayers(d: number) {
    const at = String(d);
    if (at === layerAt) return;
    layerAt = at;
    (layerBox.node() as HTMLElement).style.transform = d ? (vertical ? `translateY(${d}px)` : `translateX(${d}px)`) : '';
  }

  /**
   * The stretch of the time axis `e` asks for in a layout of `[w0, w1]` (px), or null when out of
   * it; where its head stands in that stretch goes to `e.hoff`. A function of its own, apart from
   * render, so that the engine optimises it after a few frames: it runs for every event in view on
   * every frame, and the first frames of a zoom ran it unoptimised inside render's long body.
   */
  function laneItem(e: Ev, s: TimeScale, group: Group, w0: number, w1: number): LaneItem | null {
    const a = s(e.t0);
    const b = s(e.t1);
    if (b < w0 - 2 || a > w1 + 2) return null;
    const band = (e.span || e.unc) && b - a >= 3;
    let lo: number;
    let hi: number;
    let bare: number;
    if (band) {
      lo = Math.max(a, w0) - HEAD / 2;
      hi = lo;
      bare = Math.max(HEAD, b - lo);
    } else if (b - a > HEAD) {
      lo = a;
      hi = b - HEAD;
      bare = HEAD;
    } else {
      lo = hi = (a + b) / 2 - HEAD / 2;
      bare = HEAD;
    }
    // A label's width is measured only where it decides something: near the right edge here,
    // elsewhere when the layout tries the item with its label (render passes layoutLanes a measure).
    let labelled: number | undefined;
    let head = 0;
    if (vertical) labelled = Math.max(bare, group.labelAt ? bare : 16);
    else if (lo + HEAD + 5 + group.labelMax > w1 + 4) {
      const w = labelWidth(e, group.labelMax);
      const text = HEAD + 5 + w;
      labelled = Math.max(bare, text);
      if (lo + text > w1 + 4 && w > 0) {
        // Near the right edge the label goes before the mark (a band still runs on to its end).
        const end = lo + bare;
        head = text - HEAD;
        lo = hi = lo - head;
        labelled = bare = end - lo;
      }
    }
    e.hoff = head;
    return { lo, hi, labelled, bare };
  }

  function render() {
    // Drawn now: a frame already asked for has nothing left to do.
    cancelAnimationFrame(frame);
    frame = 0;
    const s = scale();
    const [d0, d1] = s.domain();
    statusSoon();
    // The visible time range, for scripts and tests.
    svgEl.dataset.domain = `${new Date(d0).toISOString()}/${new Date(d1).toISOString()}`;
    ctxHintFor(s);

    // During a pan the drawing moves as one layer; it is laid out anew, for the view and half a
    // view either side, only when the view leaves what was laid out.
    const v = vertical ? transform.y : transform.x;
    const shift = gesture ? panShift(laid, transform.k, v, r0, r1) : null;
    if (shift !== null) return moveLayers(shift);
    sketchOn(sketchFrame(gesture > 0 || heading !== null, sketching, laid?.k ?? null, transform.k));
    const [w0, w1] = gesture && !sketching && laid?.k === transform.k ? panWindow(r0, r1) : [r0, r1];
    laid = { k: transform.k, v, lo: w0, hi: w1 };
    moveLayers(0);
    // The axis is drawn in the layer, for the whole stretch laid out, so that it moves with it.
    const spec = chooseTickSpec(d1 - d0, r1 - r0, vertical ? 44 : 74);
    if (sketching) paintAxis(s, spec);
    else drawAxis(spec, s, w0, w1);

    const now: Ev[] = [];
    // The mark focused, and the one selected, stay SVG elements in a sketch (focus is kept).
    const keep = document.activeElement;
    const clusters: { start: number; end: number; members: Ev[] }[] = [];
    for (const group of groups) {
      const items: LaneItem[] = [];
      const ev: Ev[] = [];
      const pinned: number[] = [];
      for (let j = 0; j < group.evs.length; j++) {
        const e = group.evs[j]!;
        if (!e.shown) continue;
        const item = laneItem(e, s, group, w0, w1);
        if (!item) continue;
        if (e === selected || e === focused) pinned.push(items.length);
        items.push(item);
        ev.push(e);
      }
      if (focused && selected && pinned.length === 2 && focused.i < selected.i) pinned.reverse();
      const gap = markGap(items.length, group.lanes, w1 - w0, vertical ? { gap: 2, mark: HEAD, crowdedPitch: 24 } : { gap: 8, mark: HEAD, crowdedPitch: 64 });
      const labelled = (k: number) => Math.max(items[k]!.bare, HEAD + 5 + labelWidth(ev[k]!, group.labelMax));
      const { placements, clusters: cl } = layoutLanes(items, { lanes: group.lanes, gap, pinned, clusterWidth: vertical ? 22 : 34, labelled });
      if (group.labelAt) {
        // Second pass: one line of label per mark, in the shared column, where there is room.
        const placed = placements.flatMap((p, k) => (p ? [k] : []));
        const labels = layoutLanes(
          placed.map((k) => {
            const at = placements[k]!.pos + HEAD / 2 - 8;
            return { lo: at, hi: at, labelled: 15, bare: 15 };
          }),
          { lanes: 1, gap: 1, pinned: pinned.map((k) => placed.indexOf(k)).filter((j) => j >= 0) },
        );
        placed.forEach((k, j) => (placements[k]!.label = labels.placements[j]?.label === true));
      }
      for (let k = 0; k < placements.length; k++) {
        const p = placements[k];
        if (!p) continue;
        const e = ev[k]!;
        const paint = sketching && e !== selected && e.mark !== keep;
        draw(e, p, group, s, paint);
        if (!paint) now.push(e);
      }
      for (const c of cl) clusters.push({ start: c.start, end: c.end, members: c.members.map((m) => ev[m]!) });
    }
    const nowSet = new Set(now);
    for (const e of drawn) {
      if (nowSet.has(e)) continue;
      markOf(e).setAttribute('display', 'none');
      e.drawn = false;
    }
    for (const e of now) e.drawn = true;
    drawn = now;
    drawClusters(clusters);
    if (!sketching && (!focused || !focused.drawn)) setRoving(selected?.drawn ? selected : (drawn.slice().sort((a, b) => a.i - b.i)[0] ?? null));
  }

  /** The axis, in the layer, for the stretch `[w0, w1]` laid out. */
  function drawAxis(spec: TickSpec, s: TimeScale, w0: number, w1: number) {
    const axisScale = timeScale([s.invert(w0), s.invert(w1)], [w0, w1]);
    const axis = (vertical ? axisLeft(axisScale) : axisTop(axisScale))
      .tickValues(tickValues(axisScale.invert(w0), axisScale.invert(w1), spec))
      .tickFormat((d) => formatTick(+d, spec))
      .tickSizeOuter(0)
      .tickSizeInner(-(vertical ? W - AXIS : H - AXIS))
      .tickPadding(6);
    axisG.attr('transform', vertical ? `translate(${AXIS},0)` : `translate(0,${AXIS - 6})`).call(axis);
  }

  // ---- the sketch: a moving zoom's frames on one canvas (src/lib/sketch.ts) ------------------
  /** The canvas's context, got when first needed (null where there is none: no sketches then). */
  let pen: CanvasRenderingContext2D | null | undefined;
  let sketching = false;
  let dpr = 1;
  /** The palette's colours, resolved when a sketch begins (the theme may have changed since). */
  const pal: Record<string, string> = {};
  let clusterFont = '';
  const PAINTS = [0, 1, 2, 3].map((k) => markPaint(k > 1, (k & 1) > 0));
  function sketchOn(on: boolean) {
    if (on && pen === undefined) pen = sketch.getContext('2d');
    if (!pen) on = false;
    if (on === sketching) return;
    sketching = on;
    sketch.hidden = !on;
    axisG.attr('display', on ? 'none' : null);
    clusterG.attr('display', on ? 'none' : null);
    if (!on) return;
    for (const v of ['accent', 'ctx', 'bg', 'fg', 'muted', 'grid', 'panel']) {
      sketch.style.color = `var(--${v})`;
      pal[v] = getComputedStyle(sketch).color;
    }
    clusterFont = `600 11px ${getComputedStyle(svgEl).fontFamily}`;
  }
  /** Clears the sketch and paints the axis for the view. */
  function paintAxis(s: TimeScale, spec: TickSpec) {
    const c = pen!;
    dpr = devicePixelRatio || 1;
    const w = Math.round(W * dpr);
    const h = Math.round(H * dpr);
    if (sketch.width !== w || sketch.height !== h) {
      sketch.width = w;
      sketch.height = h;
      sketch.style.width = `${W}px`;
      sketch.style.height = `${H}px`;
    }
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.clearRect(0, 0, W, H);
    c.lineWidth = 1;
    c.setLineDash([]);
    c.strokeStyle = pal.grid!;
    c.fillStyle = pal.muted!;
    c.font = font;
    c.textAlign = vertical ? 'right' : 'center';
    c.beginPath();
    // As d3-axis draws them: half a pixel off on a 1× screen, for crisp lines.
    const off = dpr > 1 ? 0 : 0.5;
    for (const t of tickValues(s.invert(r0), s.invert(r1), spec)) {
      const p = s(t) + off;
      if (vertical) {
        c.moveTo(AXIS, p);
        c.lineTo(W, p);
        c.fillText(formatTick(t, spec), AXIS - 6, p + 3.84);
      } else {
        c.moveTo(p, AXIS - 6);
        c.lineTo(p, H - 6);
        c.fillText(formatTick(t, spec), p, AXIS - 12);
      }
    }
    c.stroke();
  }
  function paintMark(e: Ev, X: number, Y: number, a: number, len: number, band: boolean, text: string, x: number, flip: boolean) {
    const c = pen!;
    const m = PAINTS[+e.ctx * 2 + +e.unc]!;
    c.setTransform(dpr, 0, 0, dpr, X * dpr, Y * dpr);
    if (band) {
      const thick = e.unc ? 16 : 4;
      c.globalAlpha = m.bandAlpha;
      c.fillStyle = pal[m.band]!;
      if (vertical) c.fillRect(e.unc ? -8 : -2, a, thick, len);
      else c.fillRect(a, e.unc ? -8 : 6, len, thick);
      c.globalAlpha = 1;
    }
    c.beginPath();
    c.arc(0, 0, 4.5, 0, 7);
    c.fillStyle = pal[m.fill]!;
    c.fill();
    c.lineWidth = m.width;
    c.strokeStyle = pal[m.stroke]!;
    c.setLineDash(m.dash);
    c.stroke();
    if (text) {
      c.fillStyle = pal.fg!;
      c.textAlign = flip ? 'right' : 'left';
      c.fillText(text, x, 0);
    }
  }
  function paintCluster(x: number, y: number, w: number, h: number, n: number, ctx: boolean) {
    const c = pen!;
    c.setTransform(dpr, 0, 0, dpr, x * dpr, y * dpr);
    c.beginPath();
    c.roundRect(0, 0, w, h, 9);
    c.fillStyle = pal.panel!;
    c.fill();
    c.lineWidth = 1;
    c.setLineDash([]);
    c.strokeStyle = pal[ctx ? 'ctx' : 'muted']!;
    c.stroke();
    c.font = clusterFont;
    c.textAlign = 'center';
    c.fillStyle = pal.fg!;
    c.fillText(`+${n}`, w / 2, h / 2 + 4);
    c.font = font;
  }

  function ctxHintFor(s: TimeScale) {
    let ctxOn = 0;
    let ctxBefore = 0;
    let ctxShown = 0;
    for (let j = 0; j < ctxEvs.length; j++) {
      const e = ctxEvs[j]!;
      if (!e.shown) continue;
      ctxShown++;
      if (s(e.t1) < r0) ctxBefore++;
      else if (s(e.t0) <= r1) ctxOn++;
    }
    const hidden = ctxShown - ctxOn;
    const hint = ctxHint.node()!;
    hint.setAttribute('display', ctxEvs.length && !ctxOn && hidden ? 'inline' : 'none');
    setText(hint, vertical ? `${ctxBefore ? '↑' : '↓'}${hidden}` : `${hidden} background ${hidden === 1 ? 'event' : 'events'} out of view: show`);
  }

  // The range shown and the Earlier/Later counts are text in the page around the timeline: each
  // change lays out the whole page again, list included. So they are written once the view settles.
  let statusTimer = 0;
  function statusSoon() {
    clearTimeout(statusTimer);
    statusTimer = window.setTimeout(status, 120);
  }
  function status() {
    clearTimeout(statusTimer);
    const s = scale();
    const [d0, d1] = s.domain();
    let before = 0;
    let after = 0;
    for (let j = 0; j < evs.length; j++) {
      const e = evs[j]!;
      if (!e.shown) continue;
      if (s(e.t1) < r0) before++;
      else if (s(e.t0) > r1) after++;
    }
    setText(rangeText, formatRange(d0, d1));
    setText(earlierBtn, before ? `◀ Earlier (${before})` : '◀ Earlier');
    setText(laterBtn, after ? `Later (${after}) ▶` : 'Later ▶');
  }

  /** Draws `e`'s mark as placed: its SVG element, or on the sketch when `paint`. */
  function draw(e: Ev, p: Placement, group: Group, s: (t: number) => number, paint = false) {
    const flip = e.hoff > 0;
    const head = p.pos + e.hoff + HEAD / 2;
    const cross = group.at + p.lane * group.pitch + (vertical ? 0 : LANE / 2);
    const a = s(e.t0) - head;
    const len = Math.max(0, s(e.t1) - s(e.t0));
    const band = (e.span || e.unc) && len >= 3;
    const text = p.label ? label(e, group.labelMax) : '';
    const x = group.labelAt ? group.labelAt - cross : flip ? -9 : 9;
    if (paint) return paintMark(e, vertical ? cross : head, vertical ? head : cross, a, len, band, text, x, flip);
    const g = markOf(e);
    if (!e.hd) makeHead(e);
    if (!e.drawn) g.setAttribute('display', 'inline');
    // Most frames of a zoom move every mark, but not clicks, filters or moves across the view.
    const at = `${+vertical} ${cross} ${head} ${band ? `${a} ${len}` : ''} ${x} ${text}`;
    if (at === e.at) return;
    e.at = at;
    g.setAttribute('transform', vertical ? `translate(${cross},${head})` : `translate(${head},${cross})`);
    if (band && !e.bd) g.prepend((e.bd = make('rect', 'bd')));
    const bd = e.bd;
    if (band && bd) {
      const thick = e.unc ? 16 : 4;
      bd.setAttribute('display', 'inline');
      if (vertical) {
        bd.setAttribute('x', String(e.unc ? -8 : -2));
        bd.setAttribute('y', String(a));
        bd.setAttribute('width', String(thick));
        bd.setAttribute('height', String(len));
      } else {
        bd.setAttribute('x', String(a));
        bd.setAttribute('y', String(e.unc ? -8 : 6));
        bd.setAttribute('width', String(len));
        bd.setAttribute('height', String(thick));
      }
    } else bd?.setAttribute('display', 'none');
    if (text && !e.tx) e.hd!.after((e.tx = make('text', 'lb')));
    const tx = e.tx;
    if (!tx) return;
    if (text !== e.text) tx.textContent = e.text = text;
    setAttr(tx, 'x', String(x));
    setAttr(tx, 'text-anchor', flip ? 'end' : 'start');
  }

  function drawClusters(list: { start: number; end: number; members: Ev[] }[]) {
    list.sort((a, b) => a.start - b.start);
    const merged: typeof list = [];
    const minW = vertical ? 22 : 34;
    for (const c of list) {
      const prev = merged.at(-1);
      if (prev && c.start < Math.max(prev.end, prev.start + minW) + 4) {
        prev.members.push(...c.members);
        prev.end = Math.max(prev.end, c.end);
      } else merged.push({ ...c, members: [...c.members] });
    }
    if (sketching) {
      for (const c of merged) {
        const len = Math.max(minW, Math.min(c.end - c.start, 200));
        if (vertical) paintCluster(clusterAt - 11, c.start, 22, len, c.members.length, c.members.every((e) => e.ctx));
        else paintCluster(c.start, clusterAt - 9, len, 18, c.members.length, c.members.every((e) => e.ctx));
      }
      return;
    }
    clusterG
      .selectAll<SVGGElement, (typeof merged)[number]>('g')
      .data(merged)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cl');
        g.append('rect').attr('rx', 9);
        g.append('text');
        g.append('title');
        return g;
      })
      .each(function (c) {
        const len = Math.max(minW, Math.min(c.end - c.start, 200));
        const rect = this.children[0]!;
        const text = this.children[1]!;
        const w = vertical ? 22 : len;
        const h = vertical ? len : 18;
        setAttr(rect, 'width', String(w));
        setAttr(rect, 'height', String(h));
        setAttr(this, 'transform', vertical ? `translate(${clusterAt - 11},${c.start})` : `translate(${c.start},${clusterAt - 9})`);
        setAttr(text, 'x', String(w / 2));
        setAttr(text, 'y', String(h / 2 + 4));
        setText(text, `+${c.members.length}`);
        setText(this.children[2]!, `${c.members.length} more events here: click to zoom in`);
        this.classList.toggle('ctx', c.members.every((e) => e.ctx));
      })
      .on('click', (_ev: Event, c) => {
        const a = Math.min(...c.members.map((e) => e.t0));
        const b = Math.max(...c.members.map((e) => e.t1));
        go(fitTransform(a - (b - a) * 0.15 - DAY, b + (b - a) * 0.15 + DAY));
      });
  }

  // ---- focus, selection, hash ----------------------------------------------------------------
  function setRoving(e: Ev | null) {
    if (focused === e) return;
    if (focused) markOf(focused).setAttribute('tabindex', '-1');
    focused = e;
    if (e) markOf(e).setAttribute('tabindex', '0');
  }

  function focusEvent(e: Ev) {
    setRoving(e);
    reveal(e, false);
    render();
    markOf(e).focus({ preventScroll: true });
    const box = markOf(e).getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) markOf(e).scrollIntoView({ block: 'nearest' });
  }

  function closeButton() {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'close';
    b.textContent = 'Close';
    b.addEventListener('click', () => {
      const back = selected;
      selectEvent(null, 'push');
      // Back to the mark (scrolling to it if the card had been scrolled into view).
      if (back?.drawn) markOf(back).focus();
    });
    return b;
  }

  function selectEvent(e: Ev | null, history: 'push' | 'replace' | 'none', animate = true) {
    if (embed && history === 'push') history = 'replace';
    if (selected) {
      markOf(selected).classList.remove('sel');
      markOf(selected).removeAttribute('aria-current');
      liOf(selected)?.classList.remove('sel');
    }
    selected = e;
    if (e) {
      markOf(e).classList.add('sel');
      markOf(e).setAttribute('aria-current', 'true');
      fillCard(e);
      setRoving(e);
      reveal(e, animate);
    } else {
      card.innerHTML = emptyCard;
      delete card.dataset.selected;
      live.textContent = 'Closed the event card.';
    }
    if (history !== 'none') {
      const url = location.pathname + location.search + (e ? `#${e.id}` : '');
      try {
        if (url !== location.pathname + location.search + location.hash) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      } catch {
        /* some sandboxes refuse history changes: the selection still works */
      }
    }
    syncFullLinks();
    render();
  }

  /** The card shows the event's list item; until the list has loaded that far, its title. */
  function fillCard(e: Ev) {
    const li = liOf(e);
    li?.classList.add('sel');
    card.replaceChildren(closeButton());
    if (li) card.append(...li.cloneNode(true).childNodes);
    else card.append(Object.assign(document.createElement('h3'), { textContent: e.title }));
    card.dataset.selected = e.id;
    const n = li?.querySelectorAll('blockquote').length ?? 0;
    live.textContent = `Opened ${nameOf(e)}.${li ? ` ${n} ${n === 1 ? 'citation' : 'citations'}.` : ''}`;
  }

  function fromHash(animate: boolean) {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* not an id */
    }
    const e = eventById(id);
    if (e && e !== selected) {
      if (!e.shown) {
        filters = emptyFilters();
        applyFilters(false);
      }
      selectEvent(e, 'none', animate);
    } else if (!id && selected) selectEvent(null, 'none');
  }

  // ---- filters -------------------------------------------------------------------------------
  let filters: Filters = opts.filters;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  function syncForm() {
    // Written only when it changes: at start, with no filter, that is none of the hundreds of boxes.
    for (const b of boxes) {
      const on = filters[b.name as Facet]?.includes(b.value) ?? false;
      if (b.checked !== on) b.checked = on;
    }
    form.querySelectorAll<HTMLElement>('[data-facet-count]').forEach((el) => {
      const n = filters[el.dataset.facetCount as Facet]?.length ?? 0;
      el.textContent = n ? `(${n} selected)` : '';
    });
  }

  function applyFilters(writeUrl: boolean) {
    const all = isEmpty(filters);
    let n = 0;
    for (let j = 0; j < evs.length; j++) {
      const e = evs[j]!;
      e.shown = all || matches(facetsOf(e), filters);
      if (e.shown) n++;
    }
    filterList();
    syncForm();
    count.textContent = isEmpty(filters)
      ? `Showing all ${evs.length} events.`
      : `Showing ${n} of ${evs.length} events.`;
    if (selected && !selected.shown) selectEvent(null, writeUrl ? 'replace' : 'none');
    if (writeUrl) {
      try {
        history.replaceState(null, '', location.pathname + serializeFilters(filters, location.search) + location.hash);
      } catch {
        /* ignore */
      }
    }
    syncFullLinks();
    render();
  }

  /** Hides the list items the filters leave out, once the list is in (see wireList). */
  function filterList() {
    const all = isEmpty(filters);
    if (!lis || (all && !listFiltered)) return;
    for (const e of evs) {
      const li = liOf(e);
      if (li) li.hidden = !e.shown;
    }
    listFiltered = !all;
  }

  // The embed's links to the full timeline follow its view.
  const fullLinks = [byId('tl_full'), byId('tl_full_foot')].filter((a) => a !== null);
  const fullHref = fullLinks[0]?.getAttribute('href') ?? '';
  function syncFullLinks() {
    for (const a of fullLinks) a.setAttribute('href', fullHref + serializeFilters(filters) + (selected ? `#${selected.id}` : ''));
  }

  form.addEventListener('change', () => {
    filters = emptyFilters();
    for (const b of boxes) if (b.checked) filters[b.name as Facet].push(b.value);
    applyFilters(true);
  });
  form.addEventListener('reset', (ev) => {
    ev.preventDefault();
    filters = emptyFilters();
    applyFilters(true);
  });
  form.addEventListener('submit', (ev) => ev.preventDefault());
  // The facet lists are pop-overs: a click elsewhere or Escape closes them.
  const facets = [...form.querySelectorAll('details')];
  document.addEventListener('click', (ev) => {
    for (const d of facets) if (d.open && !d.contains(ev.target as Node)) d.open = false;
  });
  form.addEventListener('keydown', (ev) => {
    const d = (ev.target as Element).closest('details');
    if (ev.key === 'Escape' && d?.open) {
      d.open = false;
      d.querySelector('summary')?.focus();
    }
  });

  // ---- input ---------------------------------------------------------------------------------
  const visibleInOrder = () => evs.filter((e) => e.shown);
  function step(from: Ev | null, dir: 1 | -1): Ev | undefined {
    const vis = visibleInOrder();
    if (!from) return dir > 0 ? vis[0] : vis.at(-1);
    if (dir > 0) return vis.find((e) => e.i > from.i);
    for (let k = vis.length - 1; k >= 0; k--) if (vis[k]!.i < from.i) return vis[k];
    return undefined;
  }

  const eventOf = (target: EventTarget | null) => {
    const g = (target as Element | null)?.closest?.('[data-event-id]');
    return g ? eventById(g.getAttribute('data-event-id')!) : undefined;
  };

  ctxHint.on('click', () => {
    const s = scale();
    toward(evs.some((e) => e.ctx && e.shown && s(e.t1) < r0) ? -1 : 1, true);
  });

  marksG.on('click', (ev: MouseEvent) => {
    const e = eventOf(ev.target);
    if (!e) return;
    selectEvent(e, 'push');
    markOf(e).focus({ preventScroll: true });
    if (innerWidth < 800) card.scrollIntoView({ block: 'nearest', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  });

  svg.on('keydown', (ev: KeyboardEvent) => {
    const e = eventOf(ev.target) ?? focused;
    let to: Ev | undefined;
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        to = step(e ?? null, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        to = step(e ?? null, -1);
        break;
      case 'Home':
        to = step(null, 1);
        break;
      case 'End':
        to = step(null, -1);
        break;
      case 'Enter':
      case ' ':
        if (e) selectEvent(e, 'push');
        break;
      case 'Escape':
        if (selected) selectEvent(null, 'push');
        break;
      case '+':
      case '=':
        zoomBy(2);
        break;
      case '-':
      case '_':
        zoomBy(0.5);
        break;
      case '0':
        go(zoomIdentity);
        break;
      case 'PageDown':
        panBy(0.5);
        break;
      case 'PageUp':
        panBy(-0.5);
        break;
      default:
        return;
    }
    ev.preventDefault();
    if (to) focusEvent(to);
  });

  app.querySelectorAll<HTMLButtonElement>('button[data-act]').forEach((b) =>
    b.addEventListener('click', () => {
      const act = b.dataset.act;
      if (act === 'in') zoomBy(2);
      else if (act === 'out') zoomBy(0.5);
      else if (act === 'earlier' || act === 'later') toward(act === 'earlier' ? -1 : 1);
      else if (act === 'fit') go(zoomIdentity);
      else {
        const e = step(null, act === 'first' ? 1 : -1);
        if (e) {
          selectEvent(e, 'push', false);
          markOf(e).focus({ preventScroll: true });
        }
      }
    }),
  );

  addEventListener('popstate', () => {
    const next = knownFilters(location.search, known);
    if (serializeFilters(next) !== serializeFilters(filters)) {
      filters = next;
      applyFilters(false);
    }
    fromHash(true);
  });
  addEventListener('hashchange', () => fromHash(true));

  // ---- start ---------------------------------------------------------------------------------
  measureView();
  svg.call(zoomer).on('dblclick.zoom', null);
  // Room on the right for the last labels; or the days the query asks for, when it names any.
  const from = opts.from ? dayMs(opts.from) : first;
  const to = opts.to ? dayMs(opts.to) + DAY : last;
  const start = (opts.from || opts.to) && from < last && to > first ? fitTransform(from, to) : fitTransform(s0, s1 + (s1 - s0) * 0.12);
  transform = start;
  svg.call(zoomer.transform, transform);
  applyFilters(false);
  status();
  // After the first drawing is painted (or at DOMContentLoaded, whichever comes first).
  requestAnimationFrame(() => setTimeout(allMarks));
  let fromAddress = false;
  if (location.hash.length > 1) {
    fromHash(false);
    fromAddress = !!selected;
    // Never in the embed: scrolling there would scroll the page around it.
    if (selected && !embed) app.scrollIntoView({ block: 'start' });
  } else if (opts.event && eventById(opts.event)!.shown) selectEvent(eventById(opts.event)!, 'none', false);
  syncFullLinks();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wireList, { once: true });
  else wireList();

  const dialog = byId<HTMLDialogElement>('tl_embed');
  const opener = byId<HTMLElement>('tl_embed_open');
  if (dialog && opener) {
    initEmbedDialog(dialog, opener, () => {
      const [d0, d1] = scale().domain();
      const now = settled();
      return {
        filters,
        event: selected?.id,
        eventTitle: selected?.title,
        from: isoDay(d0),
        to: isoDay(d1 - 1),
        moved: Math.abs(now.k / start.k - 1) > 0.01 || Math.abs(now.x - start.x) + Math.abs(now.y - start.y) > 2,
        shown: evs.filter((e) => e.shown).length,
        total: evs.length,
      };
    });
  }

  let lastW = W;
  new ResizeObserver(() => {
    if (Math.abs(view.clientWidth - lastW) < 1) return;
    const [d0, d1] = scale().domain();
    measureView();
    lastW = W;
    transform = fitTransform(d0, d1);
    svg.call(zoomer.transform, transform);
    render();
  }).observe(view);
}

/** Tells the page around the embed how tall its content is, now and whenever that changes. */
function postHeight() {
  let posted = 0;
  const post = () => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === posted) return;
    posted = h;
    parent.postMessage(heightMessage(h), '*');
  };
  new ResizeObserver(post).observe(document.body);
}

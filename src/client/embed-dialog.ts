/**
 * The home page's "Embed" dialog: the `<iframe>` code for the view the reader has in front of
 * them (filters, open event, optionally the dates shown), a colour choice and a copy button. The
 * HTML is written by src/lib/embed.ts and src/lib/view-options.ts, which escape what they must.
 */
import { embedSnippet } from '../lib/embed';
import { DAY, dayMs, formatRange } from '../lib/dates';
import type { Filters } from '../lib/filters';
import { viewQuery, type Theme } from '../lib/view-options';

export interface CurrentView {
  filters: Filters;
  event?: string | undefined;
  eventTitle?: string | undefined;
  /** The days shown, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Whether the reader has zoomed or moved away from the first view. */
  moved: boolean;
  shown: number;
  total: number;
}

export function initEmbedDialog(dialog: HTMLDialogElement, opener: HTMLElement, current: () => CurrentView) {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const code = $<HTMLTextAreaElement>('tl_embed_code');
  const range = $<HTMLInputElement>('tl_embed_range');
  const loader = $<HTMLInputElement>('tl_embed_loader');
  const status = $('tl_embed_status');
  const { src = '', loader: loaderSrc = '', title = '' } = dialog.dataset;
  // Relative addresses (no SITE_URL at build time) are taken from where the page is read.
  const abs = (u: string) => new URL(u, location.href).href;
  let view: CurrentView;

  function update() {
    const theme = (dialog.querySelector<HTMLInputElement>('input[name=tl_theme]:checked')?.value ?? 'auto') as Theme;
    const query = viewQuery({
      filters: view.filters,
      ...(range.checked ? { from: view.from, to: view.to } : {}),
      ...(view.event ? { event: view.event } : {}),
      theme,
    });
    code.value = embedSnippet({ src: abs(src) + query, loader: loader.checked ? abs(loaderSrc) : undefined, title, height: 720 });
    status.textContent = '';
  }

  opener.addEventListener('click', () => {
    view = current();
    range.checked = view.moved;
    $('tl_embed_dates').textContent = formatRange(dayMs(view.from), dayMs(view.to) + DAY);
    $('tl_embed_what').textContent =
      (view.shown === view.total ? `all ${view.total} events` : `${view.shown} of ${view.total} events, as filtered`) +
      (view.eventTitle ? `, with “${view.eventTitle}” open.` : '.');
    $('tl_embed_note').hidden = location.protocol !== 'file:' || /^https?:/.test(src);
    update();
    dialog.showModal();
  });
  dialog.addEventListener('change', update);
  $('tl_embed_close').addEventListener('click', () => dialog.close());
  $('tl_embed_copy').addEventListener('click', () => {
    const done = (ok: boolean) => (status.textContent = ok ? 'Copied.' : 'Select the code and copy it (Ctrl+C, or ⌘C on a Mac).');
    const fallback = () => {
      code.focus();
      code.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        /* not allowed here */
      }
      done(ok);
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(code.value).then(() => done(true), fallback);
    else fallback();
  });
}

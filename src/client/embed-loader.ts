/**
 * `embed/loader.js`, for publishers' pages: sizes every `<iframe data-timeline-embed>` to the height
 * its own page posts (`src/lib/embed.ts` holds the message's contract). Messages from any other
 * window, or of any other shape, are ignored. Loaded twice, it listens once.
 */
import { isHeightMessage } from '../lib/embed';

const w = window as Window & { timelineEmbedLoader?: 1 };
if (!w.timelineEmbedLoader) {
  w.timelineEmbedLoader = 1;
  w.addEventListener('message', (e) => {
    if (!isHeightMessage(e.data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-timeline-embed]')) {
      if (frame.contentWindow === e.source) {
        frame.style.height = `${Math.ceil(e.data.height)}px`;
        return;
      }
    }
  });
}

// Injected into every top-level http(s) page, as one classic script (no module
// loader, no polyfill). Thin by design (../shared/STYLE.md): the small gate
// runs here, in an idle moment; an article page is serialized and read by the
// background (src/platform/read-page.ts), off the page's main thread.
import { isProbablyArticle } from '../src/engine/extract/gate.ts';
import { isTooLargeToRead } from '../src/engine/extract/page-size.ts';
import { sendMessage } from '../src/platform/messages.ts';
import { createCapture } from './capture.ts';
import { listenToExtension } from './highlight-listener.ts';
import { whenIdle } from './idle.ts';
import { serializePage } from './serialize.ts';
import { watchUrl } from './url-watch.ts';

function start(): void {
  // The manifest already says all_frames: false; this also covers frames injected by other means.
  if (window.top !== window) return;
  const capture = createCapture({
    doc: document,
    send: sendMessage,
    isArticle: isProbablyArticle,
    isTooLarge: (doc) => isTooLargeToRead(doc),
    serialize: serializePage,
    whenIdle: () => whenIdle(window),
  });
  void capture(location.href);
  watchUrl(window, (url) => void capture(url));
  // The popup's "Show in page" and "Capture this page" (content/highlight-listener.ts).
  // The same bounds as automatic capture: a huge page is not sent (reading it would stall the background).
  listenToExtension(window, {
    serializeNow: async () => {
      const html = isTooLargeToRead(document) ? null : serializePage(document);
      return html === null ? { pageUrl: location.href, html: null, tooLarge: true } : { pageUrl: location.href, html };
    },
  });
}

start();

// Injected into every top-level http(s) page. Thin by design (../shared/STYLE.md):
// only the small gate is bundled here; Readability and the rest of extraction
// load on demand, after the background allows the page and the gate says "article".
import { isProbablyArticle } from '../src/engine/extract/gate.ts';
import { isTooLargeToRead } from '../src/engine/extract/page-size.ts';
import { fitArticle } from '../src/messaging/fit-article.ts';
import { sendMessage } from '../src/platform/messages.ts';
import { createCapture } from './capture.ts';
import { listenToExtension } from './highlight-listener.ts';
import { whenIdle } from './idle.ts';
import { watchUrl } from './url-watch.ts';

function start(): void {
  // The manifest already says all_frames: false; this also covers frames injected by other means.
  if (window.top !== window) return;
  const loadExtract = async () => (await import('../src/engine/extract/extract-article.ts')).extractArticle;
  const capture = createCapture({
    doc: document,
    send: sendMessage,
    isArticle: isProbablyArticle,
    isTooLarge: (doc) => isTooLargeToRead(doc),
    loadExtract,
    whenIdle: () => whenIdle(window),
  });
  void capture(location.href);
  watchUrl(window, (url) => void capture(url));
  // The popup's "Show in page" and "Capture this page" (content/highlight-listener.ts).
  // The same bounds as automatic capture: a huge page is not read (it would freeze), absurd metadata is fitted.
  listenToExtension(window, {
    extractNow: async () => {
      if (isTooLargeToRead(document)) return { pageUrl: location.href, article: null, tooLarge: true };
      const article = (await loadExtract())(document, location.href);
      return { pageUrl: location.href, article: article && fitArticle(article, location.href) };
    },
  });
}

start();

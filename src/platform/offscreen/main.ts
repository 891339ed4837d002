// Chrome's offscreen document (see ../read-page.ts): a DOM and the NLP model
// for the service worker. It answers only the worker's offscreen/read and
// offscreen/analyze and stays silent on every other message, which the
// background answers.
import type { ExtractedArticle } from '../../engine/types.ts';
import { analyzeHere, OFFSCREEN_ANALYZE, OFFSCREEN_READ, readHere, toWire } from '../read-page.ts';

interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}
type OnMessage = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => boolean | undefined;
const { runtime } = (globalThis as unknown as { chrome: { runtime: { id: string; getURL(path: string): string; onMessage: { addListener(l: OnMessage): void } } } }).chrome;

const ownOrigin = runtime.getURL('');

runtime.onMessage.addListener((message, sender, sendResponse) => {
  const m = message as { type?: unknown; html?: unknown; pageUrl?: unknown; article?: unknown } | null;
  if (m?.type !== OFFSCREEN_READ && m?.type !== OFFSCREEN_ANALYZE) return undefined;
  // Only the extension's own worker asks; a content script (it has a tab) is not answered.
  if (sender.id !== runtime.id || sender.tab !== undefined || !(sender.url ?? '').startsWith(ownOrigin)) return undefined;
  const fail = (error: unknown): void => sendResponse({ error: error instanceof Error ? error.message : String(error) });
  if (m.type === OFFSCREEN_ANALYZE) {
    // The worker built this article itself (validated, bounded) before asking.
    if (typeof m.article !== 'object' || m.article === null) return undefined;
    analyzeHere(m.article as ExtractedArticle).then((analysis) => sendResponse({ analysis: toWire(analysis) }), fail);
    return true;
  }
  if (typeof m.html !== 'string' || typeof m.pageUrl !== 'string') return undefined;
  readHere(m.html, m.pageUrl).then((article) => sendResponse({ article }), fail);
  return true;
});

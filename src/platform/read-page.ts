// Reads an article out of a page's serialized HTML, and analyses articles,
// off the page's main thread. The page only serializes itself (one cheap native
// call); parsing, Readability, clean-up and NLP run here, where a long task
// freezes no tab.
// Firefox's background page has a DOM: it parses and analyses right here.
// Chrome's service worker has none, so there an offscreen document (native
// DOMParser, the same HTML parser as the page) does both, created on the first
// use and kept. It also keeps the NLP model loaded while Chrome stops and
// restarts the idle worker: the worker's own bundle stays small (no model), so
// a worker wakes in a fraction of the time (`npm run bench`, sw.restartMs).
import type { ArticleAnalysis } from '../engine/analysis.ts';
import { fromStored, toStored, type StoredFingerprint } from '../engine/fingerprint/stored.ts';
import type { ExtractedArticle } from '../engine/types.ts';

export const OFFSCREEN_PATH = 'src/platform/offscreen/index.html';
/** The one message type the offscreen document answers (never routed by the background). */
export const OFFSCREEN_READ = 'offscreen/read';
/** Analyse an article (fingerprint and claims) in the offscreen document. */
export const OFFSCREEN_ANALYZE = 'offscreen/analyze';

export interface OffscreenRead {
  type: typeof OFFSCREEN_READ;
  html: string;
  pageUrl: string;
}

export interface OffscreenAnalyze {
  type: typeof OFFSCREEN_ANALYZE;
  article: ExtractedArticle;
}

/** An analysis as extension messaging carries it: JSON, so typed arrays travel as number arrays. */
export type WireAnalysis = Omit<ArticleAnalysis, 'fingerprint' | 'quoteGrams'> & { fingerprint: StoredFingerprint; quoteGrams: number[] };

export const toWire = (a: ArticleAnalysis): WireAnalysis => ({ ...a, fingerprint: toStored(a.fingerprint, 'json'), quoteGrams: Array.from(a.quoteGrams) });
export const fromWire = (w: WireAnalysis): ArticleAnalysis => ({ ...w, fingerprint: fromStored(w.fingerprint), quoteGrams: Uint32Array.from(w.quoteGrams) });

interface ChromeOffscreen {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string; getContexts?(filter: object): Promise<unknown[]> };
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
}

/** Parses and extracts in this context (it must have a DOM). */
export async function readHere(html: string, pageUrl: string): Promise<ExtractedArticle | null> {
  const { extractArticle } = await import('../engine/extract/extract-article.ts');
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'), pageUrl);
}

/** Analyses in this context: the analysis code and its NLP model load on the first call. */
export async function analyzeHere(article: ExtractedArticle): Promise<ArticleAnalysis> {
  const { analyzeArticle } = await import('../engine/analysis.ts');
  return analyzeArticle(article);
}

/** This worker's offscreen document, once created (or found) and loaded; reset when it stops answering. */
let ready: Promise<void> | undefined;
/** Sends to a missing or still-loading document fail at once; a few short retries cover a document closed meanwhile. */
const SEND_ATTEMPTS = 4;
const RETRY_MS = 50;

async function openOffscreen(api: ChromeOffscreen): Promise<void> {
  const url = api.runtime.getURL(OFFSCREEN_PATH);
  const open = (await api.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (open.length > 0) return;
  // Resolves once the document has loaded, so its listener is there: every concurrent read awaits this one promise.
  await api.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Read the article out of a page without blocking the page.' })
    .catch((error: unknown) => {
      // Only one offscreen document may exist: one left by an earlier wake of the worker is fine.
      if (!String(error).includes('single offscreen')) throw error;
    });
}

function ensureOffscreen(api: ChromeOffscreen): Promise<void> {
  ready ??= openOffscreen(api).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

async function askOffscreen(api: ChromeOffscreen, request: OffscreenRead | OffscreenAnalyze): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    await ensureOffscreen(api);
    try {
      return await api.runtime.sendMessage(request);
    } catch (error) {
      // "Receiving end does not exist": the document was closed (or is still loading, if another wake created it).
      if (attempt >= SEND_ATTEMPTS || !String(error).includes('Receiving end does not exist')) throw error;
      ready = undefined;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
    }
  }
}

/** Chrome's worker: the offscreen API, when this context has no DOM of its own; null elsewhere. */
function offscreenApi(): ChromeOffscreen | null {
  const api = globalThis as unknown as { chrome?: Partial<ChromeOffscreen> };
  return typeof DOMParser !== 'function' && api.chrome?.offscreen && api.chrome.runtime ? (api.chrome as ChromeOffscreen) : null;
}

/** The offscreen document's answer to `request`; its error, or its silence, thrown. */
async function fromOffscreen<T>(api: ChromeOffscreen, request: OffscreenRead | OffscreenAnalyze): Promise<T> {
  const reply = (await askOffscreen(api, request)) as T | { error: string } | undefined;
  if (!reply || 'error' in (reply as object)) throw new Error(reply ? (reply as { error: string }).error : 'the offscreen document did not answer');
  return reply as T;
}

/** The article in `html` (a page's serialized document), or null when there is none. */
export async function readPage(html: string, pageUrl: string): Promise<ExtractedArticle | null> {
  if (typeof DOMParser === 'function') return readHere(html, pageUrl);
  const api = offscreenApi();
  if (!api) throw new Error('no DOM and no offscreen document here');
  return (await fromOffscreen<{ article: ExtractedArticle | null }>(api, { type: OFFSCREEN_READ, html, pageUrl })).article;
}

/**
 * Fingerprint and claims of an article: in Chrome's worker by the offscreen
 * document (the worker never loads the NLP model), elsewhere (Firefox's
 * background page, Node) right here.
 */
export async function analyzeOffPage(article: ExtractedArticle): Promise<ArticleAnalysis> {
  const api = offscreenApi();
  if (!api) return analyzeHere(article);
  return fromWire((await fromOffscreen<{ analysis: WireAnalysis }>(api, { type: OFFSCREEN_ANALYZE, article })).analysis);
}

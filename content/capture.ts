// One capture attempt for one URL: ask the background, gate, wait for idle,
// load the extractor lazily, extract, send. Dependencies are passed in so that
// the flow is tested without a browser, and so that Readability stays out of
// the script injected into every page until the gate says "article".
import type { ExtractedArticle, NotCapturedReason } from '../src/engine/types.ts';
import { fitArticle } from '../src/messaging/fit-article.ts';
import { LIMITS } from '../src/messaging/limits.ts';
import type { MessageType, RequestOf, ResponseOf } from '../src/messaging/protocol.ts';

export type Extract = (doc: Document, pageUrl: string) => ExtractedArticle | null;

export interface CaptureDeps {
  doc: Document;
  send: <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;
  isArticle: (doc: Document, pageUrl: string) => boolean;
  /** Whether the page is too large to read without freezing it (checked before the gate and extraction; the e2e huge-page test proves it is wired). */
  isTooLarge?: (doc: Document) => boolean;
  loadExtract: () => Promise<Extract>;
  whenIdle: () => Promise<void>;
}

export type CaptureOutcome = 'captured' | 'already-seen' | NotCapturedReason;

/**
 * Same page, same capture: the fragment is an anchor within the article,
 * except for hash-routed apps ("#/story/12", "#!/story/12").
 */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  return /^#!?\//u.test(url.slice(hash)) ? url : url.slice(0, hash);
}

/** Returns capture(url): at most one capture per page key, never throwing into the page. */
export function createCapture(deps: CaptureDeps): (url: string) => Promise<CaptureOutcome> {
  const seen = new Set<string>();
  /** Canonical URL -> page key that sent it: a single-page app may leave the first story's canonical in <head>. */
  const canonicals = new Map<string, string>();

  const skip = async (url: string, reason: NotCapturedReason): Promise<NotCapturedReason> => {
    await deps.send('page/skip', { url, reason });
    return reason;
  };

  const attempt = async (url: string): Promise<CaptureOutcome> => {
    const check = await deps.send('page/check', { url });
    if (!check.capture) return check.reason;
    if (deps.isTooLarge?.(deps.doc)) return skip(url, 'too-large');
    if (!deps.isArticle(deps.doc, url)) return skip(url, 'not-article');
    const extract = await deps.loadExtract();
    await deps.whenIdle();
    const article = extract(deps.doc, url);
    if (!article) return skip(url, 'not-article');
    if (article.text.length > LIMITS.text) return skip(url, 'too-large');
    // One absurd metadata field (a 200,000-character og:title) must not make the background refuse the whole capture.
    const fitted = fitArticle(article, url);
    const owner = canonicals.get(fitted.url);
    const key = pageKey(url);
    const sent = owner !== undefined && owner !== key ? { ...fitted, url } : fitted;
    canonicals.set(sent.url, key);
    await deps.send('story/capture', { article: sent, pageUrl: url });
    return 'captured';
  };

  return async (url) => {
    const key = pageKey(url);
    if (seen.has(key)) return 'already-seen';
    seen.add(key);
    try {
      return await attempt(url);
    } catch {
      // The page must never see our failure; the popup shows it instead.
      return skip(url, 'error').catch(() => 'error' as const);
    }
  };
}

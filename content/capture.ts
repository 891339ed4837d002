// One capture attempt for one URL: ask the background, wait for idle, gate,
// serialize, send. The background reads the article out of the HTML, off the
// page's main thread. Dependencies are passed in so that the flow is tested
// without a browser.
import type { NotCapturedReason } from '../src/engine/types.ts';
import { LIMITS } from '../src/messaging/limits.ts';
import type { MessageType, RequestOf, ResponseOf } from '../src/messaging/protocol.ts';

export interface CaptureDeps {
  doc: Document;
  send: <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;
  isArticle: (doc: Document, pageUrl: string) => boolean;
  /** Whether the page is too large to read without freezing it (checked before the gate; the e2e huge-page test proves it is wired). */
  isTooLarge?: (doc: Document) => boolean;
  /** The page's HTML, or null when it is too large to send (content/serialize.ts). */
  serialize: (doc: Document) => string | null;
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
    // Everything below touches the page's DOM: only in an idle moment, never while the page is loading or busy.
    await deps.whenIdle();
    if (deps.isTooLarge?.(deps.doc)) return skip(url, 'too-large');
    if (!deps.isArticle(deps.doc, url)) return skip(url, 'not-article');
    const html = deps.serialize(deps.doc);
    if (html === null) return skip(url, 'too-large');
    const key = pageKey(url);
    const claimed = [...canonicals].filter(([, owner]) => owner !== key).map(([canonical]) => canonical).slice(-LIMITS.claimed);
    const result = await deps.send('page/read', { url, html, claimed });
    if (!result.ok) return 'reason' in result ? result.reason : 'error';
    canonicals.set(result.url, key);
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

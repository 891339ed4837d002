import type { ExtractedArticle, NotCapturedReason } from '../engine/types.ts';

/**
 * Every message Crosscheck sends, as one typed map: key `noun/verb`, its request
 * payload and its response. The background has one handler file per key.
 *
 * @example
 * const res = await send('story/capture', { article }); // res: CaptureResult
 */
export interface ProtocolMap {
  /** Content script, before any extraction work: may this page be captured at all? */
  'page/check': (req: { url: string }) => PageCheckResult;
  /** Content script: the page was looked at and is not captured (shown in the popup). */
  'page/skip': (req: { url: string; reason: NotCapturedReason }) => { ok: true };
  /** Content script: an extracted article to store and match. */
  'story/capture': (req: { article: ExtractedArticle }) => CaptureResult;
}

export type PageCheckResult = { capture: true } | { capture: false; reason: NotCapturedReason };
export type CaptureResult = { ok: true; url: string; groupId: string; matches: number } | { ok: false; error: string };

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The envelope on the wire. */
export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** Who may send a message: a web page's content script, or an extension page (popup, manage). */
export type SenderKind = 'content' | 'extension';

/** Messages a content script may send; everything else is for extension pages only. */
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set(['page/check', 'page/skip', 'story/capture']);

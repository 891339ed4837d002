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
  /**
   * Content script: the page's serialized document, for the background to read the article out of (off the
   * page's main thread), then store and match. `claimed`: canonical URLs this tab already sent for other pages
   * (a single-page app may leave the first story's canonical in <head>); such a page is stored under `url`.
   */
  'page/read': (req: { url: string; html: string; claimed: string[] }) => ReadResult;
  /** An extracted article to store and match. */
  /** `pageUrl` is the tab's address now: after a single-page-app navigation the browser may still report the old one. */
  'story/capture': (req: { article: ExtractedArticle; pageUrl?: string }) => CaptureResult;

  // Extension pages only (popup, manage page): every message below changes or
  // deletes what the reader saved, so the router refuses it from a content script.

  /** Popup: capture the page in this tab now, whatever the automatic capture setting and the article gate say. */
  'page/capture': (req: { tabId: number }) => ManualCaptureResult;
  /** Popup, manage page: mark a stored conflict "not a conflict", or take that back. */
  'conflict/dismiss': (req: { key: string; dismissed: boolean }) => OkResult;
  /** Popup ("forget this page"), manage page: delete saved articles. */
  'article/delete': (req: { urls: string[] }) => DeletedResult;
  /** Manage page: delete a whole story (every article in the group). */
  'story/delete': (req: { groupId: string }) => DeletedResult;
  /** Manage page: delete every saved article and story (settings stay). */
  'data/clear': (req: Record<string, never>) => DeletedResult;
  /** Manage page: merge an export file (its JSON text) into the store; a bad file changes nothing. */
  'data/import': (req: { json: string }) => ImportResult;
  /** Manage page: change settings (only the fields given). */
  'settings/update': (req: { patch: SettingsPatch }) => OkResult;
  /** Popup: pause or resume capture on a site (a host name; its subdomains follow). */
  'site/pause': (req: { site: string; paused: boolean }) => OkResult;
}

export type PageCheckResult = { capture: true } | { capture: false; reason: NotCapturedReason };
export type CaptureResult = { ok: true; url: string; groupId: string; matches: number } | { ok: false; error: string };

/** `reason`: the page was read and not captured (the background recorded why for the popup). */
export type ReadResult = CaptureResult | { ok: false; error: string; reason: NotCapturedReason };

export type OkResult = { ok: true } | { ok: false; error: string };
export type DeletedResult = { ok: true; deleted: number } | { ok: false; error: string };
/** `reason` says why a manual capture stored nothing: the UI words it. */
export type ManualCaptureResult = CaptureResult | { ok: false; error: string; reason: NotCapturedReason | 'unreachable' };
export type ImportErrorCode = 'too-large' | 'not-json' | 'not-export' | 'newer-version' | 'invalid' | 'too-many';
export type ImportResult =
  | { ok: true; added: number; existing: number; stories: number; conflicts: number }
  | { ok: false; error: string; code: ImportErrorCode | 'failed'; detail: string };

export interface SettingsPatch {
  pausedSites?: string[];
  autoCapture?: boolean;
  retentionDays?: number | null;
  maxStories?: number | null;
}

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
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set(['page/check', 'page/skip', 'page/read', 'story/capture']);

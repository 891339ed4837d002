import { InvalidMessageError } from './invalid-message.ts';

/**
 * Messages the extension sends to its content script in one tab
 * (tabs.sendMessage), the other direction from ProtocolMap. Only the
 * extension can reach a content script's runtime.onMessage; web pages cannot.
 *
 * @example
 * const { found } = await sendToTab(tabId, 'tab/highlight', { text: sentence });
 */
export interface TabProtocolMap {
  /** Scroll to the sentence in the page and highlight it (replacing any earlier highlight). */
  'tab/highlight': (req: { text: string }) => { found: boolean };
  /** Remove the highlight, leaving the page exactly as it was. */
  'tab/unhighlight': (req: Record<string, never>) => { ok: true };
  /**
   * The page now, serialized, without the article gate (the reader asked for it); the background reads the
   * article out of it. `html` is null when the page is past the size bounds (engine/extract/page-size.ts, and
   * LIMITS.html): `tooLarge` then says so.
   */
  'tab/extract': (req: Record<string, never>) => { pageUrl: string; html: string | null; tooLarge?: boolean };
}

export type TabMessageType = keyof TabProtocolMap;
export type TabRequestOf<K extends TabMessageType> = Parameters<TabProtocolMap[K]>[0];
export type TabResponseOf<K extends TabMessageType> = ReturnType<TabProtocolMap[K]>;

export interface TabMessage<K extends TabMessageType = TabMessageType> {
  type: K;
  payload: TabRequestOf<K>;
}

/** The longest sentence worth looking for in a page (a conflict side is one sentence). */
export const MAX_HIGHLIGHT_CHARS = 20_000;

const TAB_TYPES: ReadonlySet<string> = new Set<TabMessageType>(['tab/highlight', 'tab/unhighlight', 'tab/extract']);

/** Checks a message arriving in the content script, or throws InvalidMessageError. */
export function parseTabMessage(raw: unknown): TabMessage {
  if (typeof raw !== 'object' || raw === null) throw new InvalidMessageError('message must be an object');
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !TAB_TYPES.has(type)) throw new InvalidMessageError('unknown tab message type');
  if (type !== 'tab/highlight') return { type: type as TabMessageType, payload: {} };
  const text = (payload as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || !text.trim() || text.length > MAX_HIGHLIGHT_CHARS) throw new InvalidMessageError('text must be a sentence');
  return { type, payload: { text } };
}

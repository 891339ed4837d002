import type { TabMessage, TabMessageType, TabRequestOf, TabResponseOf } from '../messaging/tab-protocol.ts';
import { browser } from '../platform/browser.ts';

/** Sends one typed message to the content script in a tab; rejects when none answers (a browser page, a tab from before install). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, payload: TabRequestOf<K>): Promise<TabResponseOf<K>> {
  const message: TabMessage<K> = { type, payload };
  return (await browser.tabs.sendMessage(tabId, message)) as TabResponseOf<K>;
}

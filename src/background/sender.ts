import type { MessageSender } from '../platform/browser.ts';
import type { SenderInfo } from './context.ts';

/**
 * Classifies a message's sender, or returns null for one that is neither this
 * extension's own page nor its content script in a web page (another extension,
 * a web page through externally_connectable, a frame we never injected into).
 */
export function classifySender(sender: MessageSender, ownId: string, ownOrigin: string): SenderInfo | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  const tabId = sender.tab?.id ?? null;
  const incognito = sender.tab?.incognito ?? false;
  if (url.startsWith(ownOrigin)) return { kind: 'extension', tabId, url, incognito };
  if (tabId !== null && /^https?:\/\//.test(url)) return { kind: 'content', tabId, url, incognito };
  return null;
}

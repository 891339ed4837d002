import { browser } from '../platform/browser.ts';

/** Shows a short count or mark on the toolbar button of one tab. Tabs can close at any moment. */
export async function setBadge(tabId: number, text: string, title: string): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setTitle({ tabId, title }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#2563eb' }),
    ]);
  } catch {
    // The tab closed between capture and badge: nothing to show it on.
  }
}

import { browser } from '../platform/browser.ts';
import type { BadgeTone } from './badge-text.ts';

// Red draws the eye to a contradiction; blue is informational; grey says "seen".
const TONE_COLOURS: Record<BadgeTone, string> = { conflict: '#c62828', sources: '#1d4ed8', quiet: '#4b5563' };

/** Shows a short count or mark on the toolbar button of one tab. Tabs can close at any moment. */
export async function setBadge(tabId: number, text: string, title: string, tone: BadgeTone = 'sources'): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setTitle({ tabId, title }),
      browser.action.setBadgeBackgroundColor({ tabId, color: TONE_COLOURS[tone] }),
    ]);
  } catch {
    // The tab closed between capture and badge: nothing to show it on.
  }
}

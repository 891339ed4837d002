import type { ManualCaptureResult } from '../src/messaging/protocol.ts';
import { browser } from '../src/platform/browser.ts';
import { sendMessage } from '../src/platform/messages.ts';
import { t } from '../src/ui/i18n.ts';
import type { MessageKey } from '../src/ui/i18n-core.ts';
import { announce } from '../src/ui/live-render.ts';
import { sendToTab } from '../src/ui/tab-messages.ts';

/** What the popup's controls do. Every change goes to the background as a message; the page re-renders from the store. */
export interface PopupActions {
  capture(button?: HTMLButtonElement): Promise<void>;
  forget(url: string): Promise<void>;
  pause(site: string, paused: boolean): Promise<void>;
  /** Dismisses (or restores) every stored flag of one disagreement. */
  dismiss(keys: string[], dismissed: boolean): Promise<void>;
  showInPage(sentence: string): Promise<void>;
  open(url: string): Promise<void>;
  openManager(): Promise<void>;
}

const CAPTURE_FAILURES: Record<string, MessageKey> = {
  unreachable: 'captureUnreachable', paused: 'capturePaused', private: 'statePrivateBody', 'not-article': 'captureNothing', 'too-large': 'stateTooLargeBody',
};

export function popupActions(tabId: number | null, status: HTMLElement | null, inTab: boolean): PopupActions {
  const say = (message: string): void => announce(status, message);
  const busy = async (button: HTMLButtonElement | undefined, work: () => Promise<void>): Promise<void> => {
    if (button) button.disabled = true;
    try {
      await work();
    } catch {
      say(t('actionFailed'));
    } finally {
      if (button) button.disabled = false;
    }
  };
  return {
    capture: (button) => busy(button, async () => {
      if (tabId === null) return say(t('captureUnreachable'));
      say(t('capturing'));
      const result: ManualCaptureResult = await sendMessage('page/capture', { tabId });
      if (result.ok) return say(t('captureDone'));
      const reason = 'reason' in result ? result.reason : 'error';
      say(t(CAPTURE_FAILURES[reason] ?? 'actionFailed'));
    }),
    forget: async (url) => {
      const result = await sendMessage('article/delete', { urls: [url] });
      say(t(result.ok ? 'forgotten' : 'actionFailed'));
    },
    pause: async (site, paused) => {
      const result = await sendMessage('site/pause', { site, paused });
      say(result.ok ? t(paused ? 'pausedOn' : 'resumedOn', site) : t('actionFailed'));
    },
    dismiss: async (keys, dismissed) => {
      const results = await Promise.all(keys.map((key) => sendMessage('conflict/dismiss', { key, dismissed })));
      say(t(!results.every((r) => r.ok) ? 'actionFailed' : dismissed ? 'dismissedDone' : 'restoredDone'));
    },
    showInPage: async (sentence) => {
      if (tabId === null) return;
      try {
        const { found } = await sendToTab(tabId, 'tab/highlight', { text: sentence });
        say(t(found ? 'shownInPage' : 'notFoundInPage'));
      } catch {
        say(t('captureUnreachable'));
      }
    },
    open: async (url) => {
      await browser.tabs.create({ url });
      if (!inTab) window.close();
    },
    openManager: async () => {
      await browser.runtime.openOptionsPage();
      if (!inTab) window.close();
    },
  };
}

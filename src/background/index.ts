// Listeners are registered synchronously at the top level: an MV3 worker woken
// by an event only delivers it to listeners that exist after the first turn.
import { browser, type MessageSender } from '../platform/browser.ts';
import { database } from './context.ts';
import { route } from './router.ts';
import { classifySender } from './sender.ts';
import { forgetTab } from '../storage/tabs-repo.ts';

const ownOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((raw: unknown, sender: MessageSender) => {
  const info = classifySender(sender, browser.runtime.id, ownOrigin);
  if (!info) return undefined; // not ours to answer: let the message go unanswered
  return route(raw, info).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('Crosscheck rejected a message:', message);
    return { ok: false, error: message };
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(database(), tabId);
});

// Open the database now, not on the first message: opening a large store takes
// most of a second, and the first capture after a wake should not wait for it.
void database().open();

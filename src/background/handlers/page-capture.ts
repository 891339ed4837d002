import { fitArticle } from '../../messaging/fit-article.ts';
import { parseArticle, parseHttpUrl } from '../../messaging/guards.ts';
import { LIMITS } from '../../messaging/limits.ts';
import type { ManualCaptureResult, RequestOf } from '../../messaging/protocol.ts';
import type { TabMessage, TabResponseOf } from '../../messaging/tab-protocol.ts';
import { browser } from '../../platform/browser.ts';
import { readPage } from '../../platform/read-page.ts';
import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import { setTabStatus } from '../../storage/tabs-repo.ts';
import { captureArticle } from '../capture-article.ts';
import { database } from '../context.ts';

type Serialized = TabResponseOf<'tab/extract'>;

/** Asks the tab's content script for the page now; null when no content script answers (a browser page, a tab opened before install). */
async function serializedIn(tabId: number): Promise<Serialized | null> {
  const message: TabMessage<'tab/extract'> = { type: 'tab/extract', payload: {} };
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as Serialized;
  } catch {
    return null;
  }
}

const failed = (error: unknown): ManualCaptureResult => ({ ok: false, error: error instanceof Error ? error.message : 'invalid page', reason: 'error' });

/**
 * "Capture this page" from the popup. The content script already runs in
 * every http(s) page, so a message to it is enough: no activeTab or scripting
 * permission. It answers with the page serialized, read here as automatic
 * capture reads it (page/read). The automatic-capture switch and the article
 * gate are skipped (the reader asked), a paused site and a private window are not.
 */
export async function pageCapture({ tabId }: RequestOf<'page/capture'>): Promise<ManualCaptureResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: 'no such tab', reason: 'unreachable' };
  if (tab.incognito) return { ok: false, error: 'private window: nothing is stored', reason: 'private' };
  const reply = await serializedIn(tabId);
  if (!reply) return { ok: false, error: 'no content script in this tab', reason: 'unreachable' };
  // The reply comes from our own content script, but it read a hostile page: validate it like any capture.
  if (reply.tooLarge === true || typeof reply.html !== 'string' || reply.html.length > LIMITS.html) return { ok: false, error: 'page too large', reason: 'too-large' };
  let pageUrl: string;
  try {
    pageUrl = parseHttpUrl(reply.pageUrl);
  } catch (error) {
    return failed(error);
  }
  const db = database();
  if (isPaused(await getSettings(db), pageUrl)) return { ok: false, error: 'site is paused', reason: 'paused' };
  let article;
  try {
    const read = await readPage(reply.html, pageUrl);
    if (read && read.text.length > LIMITS.text) return { ok: false, error: 'page too large', reason: 'too-large' };
    // One absurd metadata field (a 200,000-character og:title) must not lose the capture: fitted, then validated.
    article = read ? parseArticle(fitArticle(read, pageUrl)) : null;
  } catch (error) {
    return failed(error);
  }
  if (!article) {
    await setTabStatus(db, tabId, pageUrl, 'not-article', null, Date.now());
    return { ok: false, error: 'nothing readable on this page', reason: 'not-article' };
  }
  return captureArticle(db, article, { tabId, url: pageUrl });
}

import { parseArticle, parseHttpUrl } from '../../messaging/guards.ts';
import { LIMITS } from '../../messaging/limits.ts';
import type { ManualCaptureResult, RequestOf } from '../../messaging/protocol.ts';
import type { TabMessage, TabResponseOf } from '../../messaging/tab-protocol.ts';
import { browser } from '../../platform/browser.ts';
import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import { setTabStatus } from '../../storage/tabs-repo.ts';
import { captureArticle } from '../capture-article.ts';
import { database } from '../context.ts';

type Extracted = TabResponseOf<'tab/extract'>;

/** Asks the tab's content script for the page now; null when no content script answers (a browser page, a tab opened before install). */
async function extractIn(tabId: number): Promise<Extracted | null> {
  const message: TabMessage<'tab/extract'> = { type: 'tab/extract', payload: {} };
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as Extracted;
  } catch {
    return null;
  }
}

/**
 * "Capture this page" from the popup. The content script already runs in
 * every http(s) page, so a message to it is enough: no activeTab or scripting
 * permission. The automatic-capture switch and the article gate are skipped
 * (the reader asked), a paused site and a private window are not.
 */
export async function pageCapture({ tabId }: RequestOf<'page/capture'>): Promise<ManualCaptureResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: 'no such tab', reason: 'unreachable' };
  if (tab.incognito) return { ok: false, error: 'private window: nothing is stored', reason: 'private' };
  const reply = await extractIn(tabId);
  if (!reply) return { ok: false, error: 'no content script in this tab', reason: 'unreachable' };
  // The reply comes from our own content script, but it read a hostile page: validate it like any capture.
  if (reply.tooLarge === true || (reply.article?.text.length ?? 0) > LIMITS.text) return { ok: false, error: 'page too large', reason: 'too-large' };
  let pageUrl: string;
  let article;
  try {
    pageUrl = parseHttpUrl(reply.pageUrl);
    article = reply.article ? parseArticle(reply.article) : null;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'invalid page', reason: 'error' };
  }
  const db = database();
  if (isPaused(await getSettings(db), pageUrl)) return { ok: false, error: 'site is paused', reason: 'paused' };
  if (!article) {
    await setTabStatus(db, tabId, pageUrl, 'not-article', null, Date.now());
    return { ok: false, error: 'nothing readable on this page', reason: 'not-article' };
  }
  return captureArticle(db, article, { tabId, url: pageUrl });
}

import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import type { CaptureResult, RequestOf } from '../../messaging/protocol.ts';
import { captureArticle } from '../capture-article.ts';
import { database, type SenderInfo } from '../context.ts';
import { currentPageUrl } from '../page-url.ts';

/** A content script's capture: stored unless the window is private or the site was paused meanwhile. */
export async function storyCapture({ article, pageUrl }: RequestOf<'story/capture'>, sender: SenderInfo): Promise<CaptureResult> {
  if (sender.incognito) return { ok: false, error: 'private window: nothing is stored' };
  const db = database();
  const url = currentPageUrl(pageUrl, sender.url);
  // Checked again here: the site may have been paused between check and capture.
  if (isPaused(await getSettings(db), url)) return { ok: false, error: 'site is paused' };
  return captureArticle(db, article, { tabId: sender.tabId, url });
}

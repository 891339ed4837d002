import { fitArticle } from '../../messaging/fit-article.ts';
import { parseArticle } from '../../messaging/guards.ts';
import { LIMITS } from '../../messaging/limits.ts';
import type { ReadResult, RequestOf } from '../../messaging/protocol.ts';
import type { NotCapturedReason } from '../../engine/types.ts';
import { readPage } from '../../platform/read-page.ts';
import type { SenderInfo } from '../context.ts';
import { pageSkip } from './page-skip.ts';
import { storyCapture } from './story-capture.ts';

/**
 * A content script's page, serialized after its article gate said yes: read
 * here, off the page's main thread (a 10,000-word page's extraction is one
 * long task), then stored like any capture. The HTML is a hostile page's: the
 * extracted article is fitted to the limits and validated before it is stored.
 */
export async function pageRead({ url, html, claimed }: RequestOf<'page/read'>, sender: SenderInfo): Promise<ReadResult> {
  const skip = async (reason: NotCapturedReason, error: string): Promise<ReadResult> => {
    await pageSkip({ url, reason }, sender);
    return { ok: false, error, reason };
  };
  if (sender.incognito) return { ok: false, error: 'private window: nothing is stored', reason: 'private' };
  try {
    const article = await readPage(html, url);
    if (!article) return await skip('not-article', 'nothing readable on this page');
    if (article.text.length > LIMITS.text) return await skip('too-large', 'page too large');
    const fitted = fitArticle(article, url);
    // A canonical URL this tab already sent for another page is a stale one left by a single-page app.
    const own = claimed.includes(fitted.url) ? { ...fitted, url } : fitted;
    return await storyCapture({ article: parseArticle(own), pageUrl: url }, sender);
  } catch (error) {
    return skip('error', error instanceof Error ? error.message : String(error));
  }
}

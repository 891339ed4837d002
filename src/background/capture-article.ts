import { ingest } from '../engine/match/ingest.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { CaptureResult } from '../messaging/protocol.ts';
import { analyzeOffPage } from '../platform/read-page.ts';
import { CANDIDATE_LIMITS, DexieArticleStore } from '../storage/article-store.ts';
import { evictOldest, isQuotaError } from '../storage/quota.ts';
import type { CrosscheckDb } from '../storage/db.ts';
import { applyRetention } from '../storage/retention.ts';
import { getSettings } from '../storage/settings-repo.ts';
import { setTabStatus } from '../storage/tabs-repo.ts';
import { refreshBadges, refreshBadgesFor } from './badges.ts';

/**
 * Analyses an article off the page's main thread (platform/read-page.ts), then matches, files
 * and stores it in one transaction (a revisit updates, never duplicates),
 * marks the tab, updates the badges of every tab in the story, and applies the
 * retention policy. Shared by automatic and manual capture.
 */
export async function captureArticle(db: CrosscheckDb, article: ExtractedArticle, tab: { tabId: number | null; url: string }): Promise<CaptureResult> {
  const analysis = await analyzeOffPage(article);
  const now = Date.now();
  // Given the capture, the store writes the story's record once, as ingest files it.
  const store = new DexieArticleStore(db, CANDIDATE_LIMITS, { article, now });
  const save = () => store.transaction(async () => {
    const ingested = await ingest(store, analysis, now);
    await store.saveCaptured(analysis);
    return ingested;
  });
  const result = await save().catch(async (error: unknown) => {
    // The browser refused the write for lack of space: the transaction left the
    // store as it was. Make room the way retention would (oldest stories first,
    // with a notice for the reader) and try once more; a second refusal marks
    // the tab, so the popup says this page was not captured.
    if (!isQuotaError(error)) throw error;
    const evicted = await evictOldest(db, now);
    if (evicted.tabIds.length) await refreshBadges(db, evicted.tabIds);
    return save().catch(async (again: unknown) => {
      if (tab.tabId !== null) await setTabStatus(db, tab.tabId, tab.url, 'error', null, now).catch(() => undefined);
      throw again;
    });
  });
  if (tab.tabId !== null) {
    await setTabStatus(db, tab.tabId, tab.url, 'captured', article.url, now);
    await refreshBadges(db, [tab.tabId]);
  }
  await refreshBadgesFor(db, result.others);
  const removed = await applyRetention(db, await getSettings(db), now);
  if (removed.tabIds.length) await refreshBadges(db, removed.tabIds);
  return { ok: true, url: article.url, groupId: result.groupId, matches: result.matches.length };
}

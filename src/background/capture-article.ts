import { analyzeArticle } from '../engine/analysis.ts';
import { ingest } from '../engine/match/ingest.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { CaptureResult } from '../messaging/protocol.ts';
import { DexieArticleStore } from '../storage/article-store.ts';
import type { CrosscheckDb } from '../storage/db.ts';
import { applyRetention } from '../storage/retention.ts';
import { getSettings } from '../storage/settings-repo.ts';
import { saveStory } from '../storage/stories-repo.ts';
import { setTabStatus } from '../storage/tabs-repo.ts';
import { refreshBadges, refreshBadgesFor } from './badges.ts';

/**
 * Analyses an article here, off the page's main thread, then matches, files
 * and stores it in one transaction (a revisit updates, never duplicates),
 * marks the tab, updates the badges of every tab in the story, and applies the
 * retention policy. Shared by automatic and manual capture.
 */
export async function captureArticle(db: CrosscheckDb, article: ExtractedArticle, tab: { tabId: number | null; url: string }): Promise<CaptureResult> {
  const now = Date.now();
  const analysis = analyzeArticle(article);
  const store = new DexieArticleStore(db);
  const result = await store.transaction(async () => {
    const ingested = await ingest(store, analysis, now);
    await saveStory(db, article, analysis, now);
    return ingested;
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

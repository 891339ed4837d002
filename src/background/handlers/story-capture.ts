import { analyzeArticle } from '../../engine/analysis.ts';
import { ingest } from '../../engine/match/ingest.ts';
import { DexieArticleStore } from '../../storage/article-store.ts';
import { saveStory } from '../../storage/stories-repo.ts';
import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import { setTabStatus } from '../../storage/tabs-repo.ts';
import type { CaptureResult, RequestOf } from '../../messaging/protocol.ts';
import { setBadge } from '../badge.ts';
import { badgeFor } from '../badge-text.ts';
import { database, type SenderInfo } from '../context.ts';

/**
 * Analyses a captured article here, off the page's main thread, then matches,
 * files and stores it in one transaction (a revisit updates, never duplicates),
 * and marks the tab.
 */
export async function storyCapture({ article }: RequestOf<'story/capture'>, sender: SenderInfo): Promise<CaptureResult> {
  if (sender.incognito) return { ok: false, error: 'private window: nothing is stored' };
  const db = database();
  // Checked again here: the site may have been paused between check and capture.
  if (isPaused(await getSettings(db), sender.url)) return { ok: false, error: 'site is paused' };
  const now = Date.now();
  const analysis = analyzeArticle(article);
  const store = new DexieArticleStore(db);
  const result = await store.transaction(async () => {
    const ingested = await ingest(store, analysis, now);
    await saveStory(db, article, analysis, now);
    return ingested;
  });
  if (sender.tabId !== null) {
    await setTabStatus(db, sender.tabId, sender.url, 'captured', article.url, now);
    await setBadge(sender.tabId, ...badgeFor(result.others.length, result.conflicts.filter((c) => c.kind === 'conflict').length));
  }
  return { ok: true, url: article.url, groupId: result.groupId, matches: result.matches.length };
}

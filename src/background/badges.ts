import type { CrosscheckDb } from '../storage/db.ts';
import { storyCounts } from '../storage/story-counts.ts';
import { i18n } from '../ui/i18n.ts';
import { setBadge } from './badge.ts';
import { badgeFor } from './badge-text.ts';

/**
 * Recomputes the badge of each tab from the store: what its article's story
 * holds now, dismissed conflicts left out. A tab whose record is gone (its
 * article was forgotten) gets a plain button back.
 */
export async function refreshBadges(db: CrosscheckDb, tabIds: readonly number[]): Promise<void> {
  const tabs = await db.tabs.bulkGet([...new Set(tabIds)]);
  await Promise.all([...new Set(tabIds)].map(async (tabId, i) => {
    const tab = tabs[i];
    const counts = tab?.status === 'captured' && tab.storyUrl ? await storyCounts(db, tab.storyUrl) : undefined;
    if (!counts) {
      await setBadge(tabId, '', i18n.t('actionTitle'), 'quiet');
      return;
    }
    const badge = badgeFor(counts.others, counts.conflicts, i18n);
    await setBadge(tabId, badge.text, badge.title, badge.tone);
  }));
}

/** Refreshes every tab showing one of these articles (after a dismissal, a capture in the same story, a deletion). */
export async function refreshBadgesFor(db: CrosscheckDb, urls: readonly string[]): Promise<void> {
  const wanted = new Set(urls);
  const tabs = await db.tabs.filter((t) => t.storyUrl !== null && wanted.has(t.storyUrl)).primaryKeys();
  await refreshBadges(db, tabs);
}

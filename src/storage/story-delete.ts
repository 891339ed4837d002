import type { CrosscheckDb } from './db.ts';
import { storiesAt } from './stories-repo.ts';

export interface DeleteResult {
  /** Articles removed. */
  articles: number;
  /** Tabs that were showing a removed article (their badge and popup change). */
  tabIds: number[];
}

/**
 * Deletes articles and everything that hangs off them: their place in a story
 * group (an emptied group goes), matches, conflicts, dismissals, and the tab
 * records that point at them. One transaction: all of it or none.
 */
export async function deleteArticles(db: CrosscheckDb, urls: readonly string[]): Promise<DeleteResult> {
  const ids = [...new Set(urls)];
  return db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts, db.dismissed, db.tabs], async () => {
    const records = await storiesAt(db, ids);
    const gone = new Set(records.map((r) => r.url));
    for (const groupId of new Set(records.map((r) => r.groupId))) {
      const group = await db.groups.get(groupId);
      if (!group) continue;
      const articleIds = group.articleIds.filter((id) => !gone.has(id));
      if (articleIds.length) await db.groups.put({ ...group, articleIds });
      else await db.groups.delete(groupId);
    }
    await db.stories.bulkDelete(records.map((r) => r.id));
    await db.bodies.bulkDelete(ids);
    await db.matches.where('a').anyOf(ids).delete();
    await db.matches.where('b').anyOf(ids).delete();
    await db.conflicts.where('ids').anyOf(ids).delete();
    await db.dismissed.where('ids').anyOf(ids).delete();
    const tabs = await db.tabs.filter((t) => t.storyUrl !== null && gone.has(t.storyUrl)).toArray();
    await db.tabs.bulkDelete(tabs.map((t) => t.tabId));
    return { articles: gone.size, tabIds: tabs.map((t) => t.tabId) };
  });
}

/** Deletes a whole story: every article filed under the group, and the group. */
export async function deleteStoryGroup(db: CrosscheckDb, groupId: string): Promise<DeleteResult> {
  return db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts, db.dismissed, db.tabs], async () => {
    const group = await db.groups.get(groupId);
    const filed = await db.stories.where('groupId').equals(groupId).toArray();
    const result = await deleteArticles(db, [...(group?.articleIds ?? []), ...filed.map((s) => s.url)]);
    await db.groups.delete(groupId);
    return result;
  });
}

/** Deletes every saved article and story; settings stay. */
export async function clearAll(db: CrosscheckDb): Promise<DeleteResult> {
  return db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts, db.dismissed, db.tabs], async () => {
    const [articles, tabIds] = await Promise.all([db.stories.count(), db.tabs.toCollection().primaryKeys()]);
    await Promise.all([db.stories.clear(), db.bodies.clear(), db.groups.clear(), db.matches.clear(), db.conflicts.clear(), db.dismissed.clear(), db.tabs.clear()]);
    return { articles, tabIds };
  });
}

import type { DeletedResult, RequestOf } from '../../messaging/protocol.ts';
import { storiesAt } from '../../storage/stories-repo.ts';
import { deleteArticles } from '../../storage/story-delete.ts';
import { refreshBadges } from '../badges.ts';
import { database } from '../context.ts';

/** Deletes saved articles ("forget this page", or from the manage page). */
export async function articleDelete({ urls }: RequestOf<'article/delete'>): Promise<DeletedResult> {
  const db = database();
  const groups = (await storiesAt(db, urls)).map((s) => s.groupId);
  const { articles, tabIds } = await deleteArticles(db, urls);
  // Tabs still showing the story's other articles now count one source fewer.
  const rest = (await db.groups.bulkGet(groups)).flatMap((g) => g?.articleIds ?? []);
  const others = await db.tabs.filter((t) => t.storyUrl !== null && rest.includes(t.storyUrl)).primaryKeys();
  await refreshBadges(db, [...tabIds, ...others]);
  return { ok: true, deleted: articles };
}

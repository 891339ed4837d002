import type { DeletedResult, RequestOf } from '../../messaging/protocol.ts';
import { deleteStoryGroup } from '../../storage/story-delete.ts';
import { refreshBadges } from '../badges.ts';
import { database } from '../context.ts';

/** Deletes a whole story from the manage page. */
export async function storyDelete({ groupId }: RequestOf<'story/delete'>): Promise<DeletedResult> {
  const db = database();
  const { articles, tabIds } = await deleteStoryGroup(db, groupId);
  await refreshBadges(db, tabIds);
  return { ok: true, deleted: articles };
}

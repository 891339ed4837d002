import type { DeletedResult, RequestOf } from '../../messaging/protocol.ts';
import { clearAll } from '../../storage/story-delete.ts';
import { refreshBadges } from '../badges.ts';
import { database } from '../context.ts';

/** Deletes everything saved (the manage page asked the reader to confirm first). */
export async function dataClear(_payload: RequestOf<'data/clear'>): Promise<DeletedResult> {
  const db = database();
  const { articles, tabIds } = await clearAll(db);
  await refreshBadges(db, tabIds);
  return { ok: true, deleted: articles };
}

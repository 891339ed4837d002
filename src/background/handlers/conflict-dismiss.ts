import type { OkResult, RequestOf } from '../../messaging/protocol.ts';
import { setDismissed } from '../../storage/dismissed-repo.ts';
import { refreshBadgesFor } from '../badges.ts';
import { database } from '../context.ts';

/** "Not a conflict" (or undo): remembered by conflict, and the badges of the tabs showing either article drop it. */
export async function conflictDismiss({ key, dismissed }: RequestOf<'conflict/dismiss'>): Promise<OkResult> {
  const db = database();
  const ids = await setDismissed(db, key, dismissed, Date.now());
  if (!ids) return { ok: false, error: 'no such conflict' };
  await refreshBadgesFor(db, ids);
  return { ok: true };
}

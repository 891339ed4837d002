import type { OkResult, RequestOf } from '../../messaging/protocol.ts';
import { applyRetention } from '../../storage/retention.ts';
import { updateSettings } from '../../storage/settings-repo.ts';
import { refreshBadges } from '../badges.ts';
import { database } from '../context.ts';

/** Saves settings from the manage page; a tighter retention applies at once. */
export async function settingsUpdate({ patch }: RequestOf<'settings/update'>): Promise<OkResult> {
  const db = database();
  const settings = await updateSettings(db, patch);
  if ('retentionDays' in patch || 'maxStories' in patch) {
    const { tabIds } = await applyRetention(db, settings, Date.now());
    await refreshBadges(db, tabIds);
  }
  return { ok: true };
}

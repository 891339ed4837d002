import type { OkResult, RequestOf } from '../../messaging/protocol.ts';
import { getSettings, updateSettings } from '../../storage/settings-repo.ts';
import { database } from '../context.ts';

/** Pauses or resumes capture on one site; read and written in one transaction, so two popups cannot lose a change. */
export async function sitePause({ site, paused }: RequestOf<'site/pause'>): Promise<OkResult> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    const { pausedSites } = await getSettings(db);
    const rest = pausedSites.filter((s) => s !== site);
    await updateSettings(db, { pausedSites: paused ? [...rest, site] : rest });
  });
  return { ok: true };
}

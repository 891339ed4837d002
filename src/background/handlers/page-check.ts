import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import { setTabStatus } from '../../storage/tabs-repo.ts';
import type { PageCheckResult, RequestOf } from '../../messaging/protocol.ts';
import { database, type SenderInfo } from '../context.ts';

/** Answers before the content script does any work: private windows and paused sites are never read. */
export async function pageCheck({ url }: RequestOf<'page/check'>, sender: SenderInfo): Promise<PageCheckResult> {
  const db = database();
  const settings = await getSettings(db);
  const reason = sender.incognito ? 'private' : isPaused(settings, url) ? 'paused' : !settings.autoCapture ? 'paused' : null;
  if (reason === null) return { capture: true };
  // Private tabs leave no trace at all, not even a tab record.
  if (reason !== 'private' && sender.tabId !== null) await setTabStatus(db, sender.tabId, url, reason, null, Date.now());
  return { capture: false, reason };
}

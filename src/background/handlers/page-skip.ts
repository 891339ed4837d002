import { setTabStatus } from '../../storage/tabs-repo.ts';
import type { RequestOf } from '../../messaging/protocol.ts';
import { t } from '../../ui/i18n.ts';
import { setBadge } from '../badge.ts';
import { database, type SenderInfo } from '../context.ts';

/** Records why the page in a tab was not captured, so the popup can say so. */
export async function pageSkip({ url, reason }: RequestOf<'page/skip'>, sender: SenderInfo): Promise<{ ok: true }> {
  if (sender.tabId === null || sender.incognito) return { ok: true };
  await setTabStatus(database(), sender.tabId, url, reason, null, Date.now());
  await setBadge(sender.tabId, '', t('badgeTitle', t('badgeNotCaptured')), 'quiet');
  return { ok: true };
}

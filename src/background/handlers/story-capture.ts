import { saveStory } from '../../storage/stories-repo.ts';
import { getSettings, isPaused } from '../../storage/settings-repo.ts';
import { setTabStatus } from '../../storage/tabs-repo.ts';
import type { CaptureResult, RequestOf } from '../../messaging/protocol.ts';
import { setBadge } from '../badge.ts';
import { database, type SenderInfo } from '../context.ts';

/** Stores a captured article (a revisit updates it) and marks the tab. */
export async function storyCapture({ article }: RequestOf<'story/capture'>, sender: SenderInfo): Promise<CaptureResult> {
  if (sender.incognito) return { ok: false, error: 'private window: nothing is stored' };
  const db = database();
  // Checked again here: the page may have been paused between check and capture.
  if (isPaused(await getSettings(db), sender.url)) return { ok: false, error: 'site is paused' };
  const now = Date.now();
  const story = await saveStory(db, article, now);
  if (sender.tabId !== null) {
    await setTabStatus(db, sender.tabId, sender.url, 'captured', story.id, now);
    await setBadge(sender.tabId, '✓', `Crosscheck: captured “${story.title.slice(0, 80)}”`);
  }
  return { ok: true, storyId: story.id };
}

import Dexie from 'dexie';
import type { CrosscheckDb } from './db.ts';
import { applyRetention } from './retention.ts';
import type { DeleteResult } from './story-delete.ts';

/** Share of stories removed when the browser refuses a write for lack of space: enough to matter, few enough to keep a history. */
const EVICT_SHARE = 0.1;

/** The settings row that tells the reader's interface why stories disappeared: `{ at, evicted }`. */
export const STORAGE_NOTICE_KEY = 'storageNotice';

export interface StorageNotice {
  /** Epoch ms of the last eviction. */
  at: number;
  /** Articles removed then. */
  evicted: number;
}

/** Whether an error (or one it wraps: Dexie reports an aborted transaction's cause as `inner`) is the browser's storage quota. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
  }
  return false;
}

/**
 * Makes room after a quota error: deletes the least recently read stories
 * (whole stories, as the retention policy does; at least one) and records a
 * notice for the reader. Returns what was deleted.
 */
export async function evictOldest(db: CrosscheckDb, now: number): Promise<DeleteResult> {
  const stories = await db.groups.count();
  const keep = Math.max(0, stories - Math.max(1, Math.ceil(stories * EVICT_SHARE)));
  const removed = await applyRetention(db, { retentionDays: null, maxStories: keep }, now);
  const notice: StorageNotice = { at: now, evicted: removed.articles };
  await db.settings.put({ key: STORAGE_NOTICE_KEY, value: notice });
  return removed;
}

import type { Conflict } from '../engine/conflicts/index.ts';
import type { ConflictRecord, CrosscheckDb } from './db.ts';

/**
 * The identity of a dismissal: a conflict's type and its two sides in a fixed
 * order. The stored conflict key lists the sides as ingest met them, and a
 * changed revisit can swap them; the reader's "not a conflict" must not come
 * undone by that.
 */
export function dismissKey(c: Conflict): string {
  const sides = [c.a, c.b].map((s) => [s.id, s.value, s.text].join('\u0000')).sort();
  return [c.type, ...sides].join('\u0001');
}

/**
 * Marks the conflict stored under `key` "not a conflict" (or takes that back).
 * Returns the articles involved (their badges change), or null when no
 * conflict is stored under that key.
 */
export async function setDismissed(db: CrosscheckDb, key: string, dismissed: boolean, now: number): Promise<string[] | null> {
  return db.transaction('rw', [db.conflicts, db.dismissed], async () => {
    const conflict = await db.conflicts.get(key);
    if (!conflict) return null;
    const id = dismissKey(conflict);
    if (dismissed) {
      const existing = await db.dismissed.get(id);
      await db.dismissed.put({ key: id, ids: conflict.ids, at: existing?.at ?? now });
    } else {
      await db.dismissed.delete(id);
    }
    return conflict.ids;
  });
}

/** The stored keys (ConflictRecord.key) of those among `conflicts` that the reader dismissed. */
export async function dismissedAmong(db: CrosscheckDb, conflicts: readonly ConflictRecord[]): Promise<Set<string>> {
  const records = await db.dismissed.bulkGet(conflicts.map(dismissKey));
  return new Set(conflicts.filter((_, i) => records[i] !== undefined).map((c) => c.key));
}

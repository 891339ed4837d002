import { liveQuery } from 'dexie';
import type { CrosscheckDb } from './db.ts';

/** How long opening the store may take before a page says why it waits. */
export const SLOW_OPEN_MS = 400;

/**
 * Opens the store, calling onSlow if that takes longer than `slowMs`: the
 * first open after an update may upgrade every stored story (schema 5 re-keyed
 * them: ~7 s for 5,000), and a page that stays blank that long looks broken.
 * Resolves once open; rejects as open() does.
 */
export async function openStore(db: CrosscheckDb, onSlow: () => void, slowMs: number = SLOW_OPEN_MS): Promise<void> {
  const timer = setTimeout(onSlow, slowMs);
  try {
    await db.open();
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `query` now and again whenever the tables it read change, in this page
 * or any other context of the extension (the background's captures included:
 * Dexie relays changes between same-origin contexts). Returns a stop function.
 */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

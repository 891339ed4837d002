import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever the tables it read change, in this page
 * or any other context of the extension (the background's captures included:
 * Dexie relays changes between same-origin contexts). Returns a stop function.
 */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

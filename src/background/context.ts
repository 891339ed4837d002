import { openDb, type CrosscheckDb } from '../storage/db.ts';

// Opened once per background lifetime, at startup: the worker can be killed at
// any time, and everything it needs is rebuilt from IndexedDB on the next wake.
let db: CrosscheckDb | undefined;

export function database(): CrosscheckDb {
  db ??= openDb();
  return db;
}

/** What a handler knows about who sent the message. */
export interface SenderInfo {
  kind: 'content' | 'extension';
  tabId: number | null;
  /** The sending page's URL (a web page for content scripts). */
  url: string;
  incognito: boolean;
}

// The schema exactly as version 3 declared it (version 2, and `bodies` with
// the 2 -> 3 move), frozen like v1-schema.ts: the 3 -> 5 test writes an old
// database with this, never with today's db.ts.
import Dexie from 'dexie';
import { moveBodies } from '../003-story-bodies.ts';
import { V2_STORES } from './v2-schema.ts';

/** A database as schema version 3 created it: stories keyed by their URL. */
export function openV3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores(V2_STORES);
  db.version(3).stores({ bodies: 'url' }).upgrade(moveBodies);
  return db;
}

// The schema exactly as version 2 declared it (version 1 plus `dismissed`),
// frozen like v1-schema.ts: the 2 -> 3 test writes an old database with this,
// never with today's db.ts.
import Dexie from 'dexie';
import type { CrosscheckDb, FullStoryRecord } from '../../db.ts';
import { bodyClaims, bodyText } from '../../story-body.ts';
import { V1_STORES } from './v1-schema.ts';

export const V2_STORES = Object.freeze({ ...V1_STORES, dismissed: 'key, *ids' });

/** A database as schema version 2 created it. */
export function openV2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores(V2_STORES);
  return db;
}

/** Today's stories joined with their bodies, in the single-record shape versions 1 and 2 stored. */
export async function fullStories(db: CrosscheckDb): Promise<FullStoryRecord[]> {
  const [stories, bodies] = await Promise.all([db.stories.orderBy('url').toArray(), db.bodies.toArray()]);
  const byUrl = new Map(bodies.map((b) => [b.url, b]));
  return stories.map(({ id: _id, ...s }) => {
    const body = byUrl.get(s.url);
    if (!body) throw new Error(`${s.url} has no body`);
    return { ...s, text: bodyText(body), claims: bodyClaims(body) };
  });
}

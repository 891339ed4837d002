// The schema exactly as version 1 of Crosscheck declared it, frozen here: a
// test opens an old database with this, never with today's db.ts, so a later
// edit of db.ts cannot quietly rewrite what "version 1" was.
import Dexie from 'dexie';

export const V1_STORES = Object.freeze({
  stories: 'url, lastSeen, firstSeen, source, groupId, *matchKeys',
  groups: 'id, updatedAt',
  matches: '[a+b], a, b',
  conflicts: 'key, *ids',
  tabs: 'tabId, url',
  settings: 'key',
});

export const V1_TABLES = Object.keys(V1_STORES) as (keyof typeof V1_STORES)[];

/** A database as Crosscheck 0.1 (schema version 1) created it. */
export function openV1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  return db;
}

/** Rows as JSON: typed arrays (fingerprints, quote grams) kept as tagged number lists. */
export function encodeRows(rows: unknown): string {
  return JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint32Array ? { $u32: Array.from(value) } : value));
}

export function decodeRows<T>(json: string): T {
  return JSON.parse(json, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && '$u32' in value ? Uint32Array.from((value as { $u32: number[] }).$u32) : value) as T;
}

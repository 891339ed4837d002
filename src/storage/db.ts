// The only importer of dexie. Every schema version lives in this file, oldest
// first; a version that moves data gets a numbered file in migrations/.
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleAnalysis } from '../engine/analysis.ts';
import type { Conflict } from '../engine/conflicts/index.ts';
import type { MatchRecord, StoryGroup } from '../engine/match/store.ts';
import type { NotCapturedReason } from '../engine/types.ts';
import { moveBodies } from './migrations/003-story-bodies.ts';
import { copyFromNumbered, copyToNumbered, MOVING_TABLE } from './migrations/004-005-story-ids.ts';

export const DB_NAME = 'crosscheck';

/**
 * One captured article: what the popup lists, plus what candidate matching
 * reads (the analysis without its claims). Kept small, because matching reads
 * a few of these per capture; the text and claims live in `bodies`.
 */
export interface StoryRecord extends Pick<ArticleAnalysis, 'fingerprint' | 'entities' | 'quoteGrams' | 'quoteSpeakers' | 'figures' | 'matchKeys'> {
  /**
   * Storage key, assigned on first write. Internal to the store: every index
   * entry carries the primary key, and a small integer in place of the URL
   * halves the candidate lookups at 100k stories (schemas 4 and 5, see migrations/004-005-story-ids.ts).
   */
  id: number;
  /** Canonical URL: the identity of a story everywhere outside the table (unique); a revisit updates the record. */
  url: string;
  title: string;
  source: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  words: number;
  /** Epoch ms of the first and the latest capture. */
  firstSeen: number;
  lastSeen: number;
  /** The story group (see engine/match) this article belongs to. */
  groupId: string;
}

/** A story record before its first write: the store assigns its id. */
export type NewStoryRecord = Omit<StoryRecord, 'id'> & { id?: number };

/** A story with its body read back: what export, search and tests see. */
export type FullStoryRecord = Omit<StoryRecord, 'id'> & Pick<ArticleAnalysis, 'claims'> & { text: string };

/** A story's text and claims, deflated together (see story-body.ts), keyed like its StoryRecord. */
export interface StoryBodyRecord {
  url: string;
  /** `{ text, claims }` as JSON, UTF-8, raw deflate. */
  packed: Uint8Array;
}

/** A conflict as stored: keyed by conflictKey, indexed by both article ids. */
export interface ConflictRecord extends Conflict {
  key: string;
  ids: string[];
}

export type TabStatus = 'captured' | NotCapturedReason;

/** What the popup shows for a tab; rebuilt by the next capture, so losing it loses nothing. */
export interface TabRecord {
  tabId: number;
  url: string;
  status: TabStatus;
  storyUrl: string | null;
  updatedAt: number;
}

/** A flag the reader marked "not a conflict", by conflict key; ids let deleting an article drop its flags. */
export interface DismissedRecord {
  key: string;
  ids: string[];
  /** Epoch ms when the reader dismissed it. */
  at: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type CrosscheckDb = Dexie & {
  stories: EntityTable<StoryRecord, 'id'>;
  bodies: EntityTable<StoryBodyRecord, 'url'>;
  groups: EntityTable<StoryGroup, 'id'>;
  matches: EntityTable<MatchRecord, 'a'>;
  conflicts: EntityTable<ConflictRecord, 'key'>;
  tabs: EntityTable<TabRecord, 'tabId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  dismissed: EntityTable<DismissedRecord, 'key'>;
};

/** Opens (and upgrades) the database. Pass an IDBFactory to run on fake-indexeddb in tests. */
export function openDb(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; name?: string } = {}): CrosscheckDb {
  const { name = DB_NAME, ...deps } = options;
  const db = new Dexie(name, Object.keys(deps).length ? deps : undefined) as CrosscheckDb;
  db.version(1).stores({
    // matchKeys is multi-entry: candidate lookup is an index query, never a scan.
    stories: 'url, lastSeen, firstSeen, source, groupId, *matchKeys',
    groups: 'id, updatedAt',
    matches: '[a+b], a, b',
    conflicts: 'key, *ids',
    tabs: 'tabId, url',
    settings: 'key',
  });
  // Version 2 (reader's interface): conflicts the reader dismissed. A separate
  // table, because a recapture rewrites and may drop conflict records, and a
  // dismissal must outlive that (the key is stable, see conflictKey).
  db.version(2).stores({
    dismissed: 'key, *ids',
  });
  // Version 3 (issue 6, store size and capture time at 100k stories): the text
  // and claims move out of `stories`, deflated, into `bodies`. Candidate
  // matching reads a few story records per capture; it no longer reads texts.
  db.version(3).stores({
    bodies: 'url',
  }).upgrade(moveBodies);
  // Versions 4 and 5 (issue 6, capture time and store size at 100k stories):
  // stories are keyed by a small integer instead of their URL, which stays a
  // unique index. IndexedDB cannot change a store's primary key, so the
  // records move out to a numbered table and back into a new `stories`.
  db.version(4).stores({
    [MOVING_TABLE]: 'id',
    stories: null,
  }).upgrade(copyToNumbered);
  db.version(5).stores({
    stories: '++id, &url, lastSeen, firstSeen, source, groupId, *matchKeys',
    [MOVING_TABLE]: null,
  }).upgrade(copyFromNumbered);
  return db;
}

import type { ArticleAnalysis } from '../engine/analysis.ts';
import type { Conflict } from '../engine/conflicts/index.ts';
import { conflictKey } from '../engine/match/conflict-key.ts';
import type { ArticleStore, MatchRecord, StoredArticle, StoryGroup } from '../engine/match/store.ts';
import type { ConflictRecord, CrosscheckDb, StoryRecord } from './db.ts';

/** The engine's analysis of a stored story (the record keeps metadata and analysis side by side). */
export function analysisOf(record: StoryRecord): ArticleAnalysis {
  const { url, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, claims } = record;
  return { id: url, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, claims };
}

/**
 * Bounds on candidate lookup, so a capture costs the same at 1,000 stored
 * stories as at 100,000 (see bench/, `npm run bench`).
 */
export interface CandidateLimits {
  commonPair: number;
  pairCandidates: number;
  bandPostings: number;
}

export const CANDIDATE_LIMITS: Readonly<CandidateLimits> = Object.freeze({
  /**
   * An entity pair named together in more stored stories than this is
   * vocabulary, not an event ("Transport Authority", "United States"): its
   * postings grow with the history and would pull in thousands of stories.
   * Reports of one event number in the tens.
   */
  commonPair: 24,
  /**
   * Same-story candidates read per capture, those sharing the most entity
   * pairs with the new article first: a report of the same event shares
   * several pairs, a same-topic one usually one.
   */
  pairCandidates: 8,
  /** Stories read per band key: past this many near-copies of one text, more add nothing. */
  bandPostings: 64,
});

/** Entity-pair keys (see engine/match/keys.ts); every other match key is an LSH band key. */
const isPairKey = (key: string): boolean => key.startsWith('e:');

/**
 * The engine's ArticleStore over IndexedDB. Ingest runs inside one readwrite
 * transaction over every table it touches, so a worker killed mid-capture
 * leaves the store as it was. The story's text and seen times are written by
 * saveStory in the same transaction, after ingest.
 */
export class DexieArticleStore implements ArticleStore {
  constructor(private readonly db: CrosscheckDb, private readonly limits: Readonly<CandidateLimits> = CANDIDATE_LIMITS) {}

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const { db } = this;
    return db.transaction('rw', [db.stories, db.groups, db.matches, db.conflicts], work);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const record = await this.db.stories.get(id);
    return record?.fingerprint ? { analysis: analysisOf(record), groupId: record.groupId } : undefined;
  }

  /**
   * Stories sharing a band key (possible copies) and the stories sharing the
   * most uncommon entity pairs (possible reports of the same event), within
   * CANDIDATE_LIMITS: a common pair is skipped, never scanned.
   */
  async findCandidates(keys: readonly string[]): Promise<StoredArticle[]> {
    const { commonPair, pairCandidates, bandPostings } = this.limits;
    // One equals() per key, not anyOf(): measured ~4x faster on a 100k store.
    const lookup = (key: string, limit: number): Promise<string[]> => this.db.stories.where('matchKeys').equals(key).limit(limit).primaryKeys();
    const [bands, pairs] = await Promise.all([
      Promise.all(keys.filter((k) => !isPairKey(k)).map((k) => lookup(k, bandPostings))),
      Promise.all(keys.filter(isPairKey).map((k) => lookup(k, commonPair + 1))),
    ]);
    const ids = new Set(bands.flat());
    const shared = new Map<string, number>();
    for (const postings of pairs) {
      if (postings.length > commonPair) continue;
      for (const id of postings) if (!ids.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const bySharedPairs = [...shared].sort((x, y) => y[1] - x[1]).slice(0, pairCandidates);
    for (const [id] of bySharedPairs) ids.add(id);
    const records = await this.db.stories.bulkGet([...ids]);
    return records.flatMap((r) => (r?.fingerprint ? [{ analysis: analysisOf(r), groupId: r.groupId }] : []));
  }

  async putArticle({ analysis, groupId }: StoredArticle): Promise<void> {
    const { id, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, claims } = analysis;
    const fields = { title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, claims, groupId };
    const updated = await this.db.stories.update(id, fields);
    // A first capture: saveStory fills in text, byline and seen times in the same transaction.
    if (!updated) await this.db.stories.add({ ...fields, url: id, byline: null, text: '', firstSeen: 0, lastSeen: 0 });
  }

  async setGroupOf(ids: readonly string[], groupId: string): Promise<void> {
    await this.db.stories.where('url').anyOf([...ids]).modify({ groupId });
  }

  getGroup(id: string): Promise<StoryGroup | undefined> {
    return this.db.groups.get(id);
  }

  async putGroup(group: StoryGroup): Promise<void> {
    await this.db.groups.put(group);
  }

  async deleteGroup(id: string): Promise<void> {
    await this.db.groups.delete(id);
  }

  async putMatches(matches: readonly MatchRecord[]): Promise<void> {
    await this.db.matches.bulkPut([...matches]);
  }

  async matchesOf(id: string): Promise<MatchRecord[]> {
    const [asA, asB] = await Promise.all([this.db.matches.where('a').equals(id).toArray(), this.db.matches.where('b').equals(id).toArray()]);
    return [...asA, ...asB];
  }

  async deleteMatchesOf(id: string): Promise<void> {
    await Promise.all([this.db.matches.where('a').equals(id).delete(), this.db.matches.where('b').equals(id).delete()]);
  }

  async putConflicts(conflicts: readonly Conflict[]): Promise<void> {
    const records: ConflictRecord[] = conflicts.map((c) => ({ ...c, key: conflictKey(c), ids: [...new Set([c.a.id, c.b.id])] }));
    await this.db.conflicts.bulkPut(records);
  }

  async conflictsOf(id: string): Promise<Conflict[]> {
    const records = await this.db.conflicts.where('ids').equals(id).toArray();
    return records.map(({ key: _key, ids: _ids, ...conflict }) => conflict);
  }

  async deleteConflictsOf(id: string): Promise<void> {
    await this.db.conflicts.where('ids').equals(id).delete();
  }
}

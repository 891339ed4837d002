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
 * The engine's ArticleStore over IndexedDB. Ingest runs inside one readwrite
 * transaction over every table it touches, so a worker killed mid-capture
 * leaves the store as it was. The story's text and seen times are written by
 * saveStory in the same transaction, after ingest.
 */
export class DexieArticleStore implements ArticleStore {
  constructor(private readonly db: CrosscheckDb) {}

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const { db } = this;
    return db.transaction('rw', [db.stories, db.groups, db.matches, db.conflicts], work);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const record = await this.db.stories.get(id);
    return record?.fingerprint ? { analysis: analysisOf(record), groupId: record.groupId } : undefined;
  }

  async findCandidates(keys: readonly string[]): Promise<StoredArticle[]> {
    // One equals() per key, not anyOf(): measured ~4x faster on a 100k store.
    const idLists = await Promise.all(keys.map((key) => this.db.stories.where('matchKeys').equals(key).primaryKeys()));
    const ids = [...new Set(idLists.flat())];
    const records = await this.db.stories.bulkGet(ids);
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

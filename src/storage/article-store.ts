import Dexie from 'dexie';
import type { ArticleAnalysis } from '../engine/analysis.ts';
import type { ArticleClaims } from '../engine/claims/types.ts';
import type { Conflict } from '../engine/conflicts/index.ts';
import { conflictKey } from '../engine/match/conflict-key.ts';
import type { ArticleStore, MatchAnalysis, MatchRecord, StoredArticle, StoredCandidate, StoryGroup } from '../engine/match/store.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { ConflictRecord, CrosscheckDb, StoryRecord } from './db.ts';
import { storyBody, storyRecord } from './stories-repo.ts';
import { bodyClaims, bodyText, encodeBody } from './story-body.ts';

/** What candidate matching reads of a stored story: its record alone, never its body. */
export function matchAnalysisOf(record: StoryRecord): MatchAnalysis {
  const { url, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys } = record;
  return { id: url, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys };
}

/** The engine's analysis of a stored story: its record plus the claims from its body. */
export function analysisOf(record: StoryRecord, claims: ArticleClaims): ArticleAnalysis {
  return { ...matchAnalysisOf(record), claims };
}

/** Claims of a story stored without a body: version 0 is never compared with real claims (see storyConflicts). */
const noClaims = (r: StoryRecord): ArticleClaims => ({ version: 0, id: r.url, published: r.published, lang: r.lang, sentences: [], keys: [], claims: [] });

const done = (): void => undefined;

/** The article a capture is storing, and when: lets putArticle write its complete record once. */
export interface CaptureContext {
  article: ExtractedArticle;
  now: number;
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
 * The engine's ArticleStore over IndexedDB.
 *
 * Methods that need no await of their own return Dexie's promises rather than
 * being async functions: Dexie follows its transaction through native awaits
 * only so deep, and a changed revisit (ingest -> detach -> putGroup) lost it
 * at the end of detach, so the rest of the capture ran outside the
 * transaction and the capture failed (PrematureCommitError). Ingest runs inside one readwrite
 * transaction over every table it touches, so a worker killed mid-capture
 * leaves the store as it was. Given the capture (see CaptureContext), the
 * story's record is written once, complete, by putArticle; saveCaptured()
 * writes it when ingest did not (an unchanged revisit). Without one, the text
 * and seen times are left to saveStory in the same transaction.
 */
export class DexieArticleStore implements ArticleStore {
  /** Records read by getArticle in the running transaction, so putArticle keeps firstSeen without a second read. */
  private readonly read = new Map<string, StoryRecord>();
  private captureWritten = false;

  constructor(private readonly db: CrosscheckDb, private readonly limits: Readonly<CandidateLimits> = CANDIDATE_LIMITS, private readonly capture?: CaptureContext) {}

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const { db } = this;
    return db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts], () => {
      this.read.clear();
      this.captureWritten = false;
      return work();
    });
  }

  getArticle(id: string): Promise<StoredArticle | undefined> {
    return Dexie.Promise.all([this.db.stories.get(id), this.db.bodies.get(id)]).then(([record, body]) => {
      if (record) this.read.set(id, record);
      return record?.fingerprint ? { analysis: analysisOf(record, body ? bodyClaims(body) : noClaims(record)), groupId: record.groupId } : undefined;
    });
  }

  /**
   * Stories sharing a band key (possible copies) and the stories sharing the
   * most uncommon entity pairs (possible reports of the same event), within
   * CANDIDATE_LIMITS: a common pair is skipped, never scanned.
   */
  async findCandidates(keys: readonly string[]): Promise<StoredCandidate[]> {
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
    // Story records only: a candidate's text and claims (its body) are not needed to relate it.
    const records = await this.db.stories.bulkGet([...ids]);
    return records.flatMap((r) => (r?.fingerprint ? [{ analysis: matchAnalysisOf(r), groupId: r.groupId }] : []));
  }

  async putArticle({ analysis, groupId }: StoredArticle): Promise<void> {
    const { db } = this;
    const { id, title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, claims } = analysis;
    const capture = this.capture?.article.url === id ? this.capture : undefined;
    if (capture) {
      const existing = this.read.get(id) ?? (await db.stories.get(id));
      await Promise.all([db.stories.put({ ...storyRecord(capture.article, analysis, capture.now, existing), groupId }), db.bodies.put(storyBody(capture.article, analysis))]);
      this.captureWritten = true;
      return;
    }
    const fields = { title, source, published, lang, words, fingerprint, entities, quoteGrams, figures, matchKeys, groupId };
    const [updated, body] = await Promise.all([db.stories.update(id, fields), db.bodies.get(id)]);
    // A first capture: saveStory fills in text, byline and seen times in the same transaction.
    if (!updated) await db.stories.add({ ...fields, url: id, byline: null, firstSeen: 0, lastSeen: 0 });
    await db.bodies.put(encodeBody(id, body ? bodyText(body) : '', claims));
  }

  /**
   * Writes the captured article's record and body unless ingest already did
   * (an unchanged revisit files nothing anew, but its seen time moves on).
   * Call inside the capture's transaction, after ingest.
   */
  async saveCaptured(analysis: ArticleAnalysis): Promise<void> {
    if (!this.capture || this.captureWritten) return;
    const { article, now } = this.capture;
    const existing = this.read.get(article.url) ?? (await this.db.stories.get(article.url));
    await Promise.all([this.db.stories.put(storyRecord(article, analysis, now, existing)), this.db.bodies.put(storyBody(article, analysis))]);
    this.captureWritten = true;
  }

  setGroupOf(ids: readonly string[], groupId: string): Promise<void> {
    return this.db.stories.where('url').anyOf([...ids]).modify({ groupId }).then(done);
  }

  getGroup(id: string): Promise<StoryGroup | undefined> {
    return this.db.groups.get(id);
  }

  putGroup(group: StoryGroup): Promise<void> {
    return this.db.groups.put(group).then(done);
  }

  deleteGroup(id: string): Promise<void> {
    return this.db.groups.delete(id);
  }

  putMatches(matches: readonly MatchRecord[]): Promise<void> {
    return this.db.matches.bulkPut([...matches]).then(done);
  }

  matchesOf(id: string): Promise<MatchRecord[]> {
    return Dexie.Promise.all([this.db.matches.where('a').equals(id).toArray(), this.db.matches.where('b').equals(id).toArray()]).then(([asA, asB]) => [...asA, ...asB]);
  }

  deleteMatchesOf(id: string): Promise<void> {
    return Dexie.Promise.all([this.db.matches.where('a').equals(id).delete(), this.db.matches.where('b').equals(id).delete()]).then(done);
  }

  putConflicts(conflicts: readonly Conflict[]): Promise<void> {
    const records: ConflictRecord[] = conflicts.map((c) => ({ ...c, key: conflictKey(c), ids: [...new Set([c.a.id, c.b.id])] }));
    return this.db.conflicts.bulkPut(records).then(done);
  }

  conflictsOf(id: string): Promise<Conflict[]> {
    return this.db.conflicts.where('ids').equals(id).toArray().then((records) => records.map(({ key: _key, ids: _ids, ...conflict }) => conflict));
  }

  deleteConflictsOf(id: string): Promise<void> {
    return this.db.conflicts.where('ids').equals(id).delete().then(done);
  }
}

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
  const { url, title, source, published, lang, words, fingerprint, entities, quoteGrams, quoteSpeakers, figures, matchKeys } = record;
  return { id: url, title, source, published, lang, words, fingerprint, entities, quoteGrams, ...(quoteSpeakers ? { quoteSpeakers } : {}), figures, matchKeys };
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
   * Reports of one event number in the tens. The same holds for a name on
   * one day (a dated name key): a name in most of a day's news is no event.
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
 * Every method returns Dexie's own promises (then-chains, never an async
 * function): Dexie follows its transaction through native awaits only so
 * deep, and with async methods a changed revisit (ingest -> detach ->
 * putGroup), or one more wrapper (the bench's timed store), lost it: the rest
 * of the capture ran outside the transaction, which then failed
 * (PrematureCommitError). Ingest runs inside one readwrite
 * transaction over every table it touches, so a worker killed mid-capture
 * leaves the store as it was. Given the capture (see CaptureContext), the
 * story's record is written once, complete, by putArticle; saveCaptured()
 * writes it when ingest did not (an unchanged revisit). Without one, the text
 * and seen times are left to saveStory in the same transaction.
 */
export class DexieArticleStore implements ArticleStore {
  /** Records read by getArticle in the running transaction, so putArticle keeps firstSeen without a second read. */
  private readonly read = new Map<string, StoryRecord | undefined>();
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
    // The body only when there is a record: most captures are of new articles, and a read costs more as the store grows.
    return this.db.stories.get({ url: id }).then((record) => {
      this.read.set(id, record);
      if (!record?.fingerprint) return undefined;
      return this.db.bodies.get(id).then((body) => ({ analysis: analysisOf(record, body ? bodyClaims(body) : noClaims(record)), groupId: record.groupId }));
    });
  }

  /**
   * Stories sharing a band key (possible copies) and the stories sharing the
   * most uncommon entity pairs or dated names (possible reports of the same
   * event), within
   * CANDIDATE_LIMITS: a common pair is skipped, never scanned.
   */
  findCandidates(keys: readonly string[]): Promise<StoredCandidate[]> {
    // One equals() per key, not anyOf(): measured ~4x faster on a 100k store. Postings are the stories' integer keys.
    const lookup = (key: string, limit: number): Promise<number[]> => this.db.stories.where('matchKeys').equals(key).limit(limit).primaryKeys();
    const { commonPair, bandPostings } = this.limits;
    return Dexie.Promise.all([
      Dexie.Promise.all(keys.filter((k) => !isPairKey(k)).map((k) => lookup(k, bandPostings))),
      Dexie.Promise.all(keys.filter(isPairKey).map((k) => lookup(k, commonPair + 1))),
    ])
      // Story records only: a candidate's text and claims (its body) are not needed to relate it.
      .then(([bands, pairs]) => this.db.stories.bulkGet(this.candidateIds(bands, pairs)))
      .then((records) => records.flatMap((r) => (r?.fingerprint ? [{ analysis: matchAnalysisOf(r), groupId: r.groupId }] : [])));
  }

  private candidateIds(bands: readonly number[][], pairs: readonly number[][]): number[] {
    const { commonPair, pairCandidates } = this.limits;
    const ids = new Set(bands.flat());
    const shared = new Map<number, number>();
    for (const postings of pairs) {
      if (postings.length > commonPair) continue;
      for (const id of postings) if (!ids.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const bySharedPairs = [...shared].sort((x, y) => y[1] - x[1]).slice(0, pairCandidates);
    for (const [id] of bySharedPairs) ids.add(id);
    return [...ids];
  }

  putArticle({ analysis, groupId }: StoredArticle): Promise<void> {
    const { db } = this;
    const { id, title, source, published, lang, words, fingerprint, entities, quoteGrams, quoteSpeakers, figures, matchKeys, claims } = analysis;
    if (this.capture?.article.url === id) return this.writeCaptured(analysis, groupId);
    const fields = { title, source, published, lang, words, fingerprint, entities, quoteGrams, quoteSpeakers, figures, matchKeys, groupId };
    return Dexie.Promise.all([db.stories.where('url').equals(id).modify(fields), db.bodies.get(id)])
      // A first capture: saveStory fills in text, byline and seen times in the same transaction.
      .then(([updated, body]) => Dexie.Promise.all([
        updated ? undefined : db.stories.add({ ...fields, url: id, byline: null, firstSeen: 0, lastSeen: 0 }),
        db.bodies.put(encodeBody(id, body ? bodyText(body) : '', claims)),
      ]))
      .then(done);
  }

  /** The captured article's record and body, complete, in one write each; its group as given, else the stored one. */
  private writeCaptured(analysis: ArticleAnalysis, groupId?: string): Promise<void> {
    const { db } = this;
    const { article, now } = this.capture!;
    const url = article.url;
    const write = (existing: StoryRecord | undefined) => {
      const record = storyRecord(article, analysis, now, existing);
      const stored = groupId === undefined ? record : { ...record, groupId };
      return Dexie.Promise.all([db.stories.put(stored), db.bodies.put(storyBody(article, analysis))])
        // A second write in this capture (its group changed) must overwrite this record, not add one: remember its key.
        .then(([id]) => void this.read.set(url, { ...stored, id }));
    };
    return (this.read.has(url) ? write(this.read.get(url)) : db.stories.get({ url }).then(write)).then(() => {
      this.captureWritten = true;
    });
  }

  /**
   * Writes the captured article's record and body unless ingest already did
   * (an unchanged revisit files nothing anew, but its seen time moves on).
   * Call inside the capture's transaction, after ingest.
   */
  saveCaptured(analysis: ArticleAnalysis): Promise<void> {
    return !this.capture || this.captureWritten ? Dexie.Promise.resolve() : this.writeCaptured(analysis);
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

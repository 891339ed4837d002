// Where findCandidates' time goes at a given store size: the index lookups
// (band keys; entity-pair and dated name keys) against reading the candidate records. A
// diagnostic beside match.ms, in a read-only transaction (nothing is stored).
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { MATCH_CONFIG } from '../../src/engine/match/config.ts';
import { lookupKeys } from '../../src/engine/match/keys.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import { CANDIDATE_LIMITS, DexieArticleStore } from '../../src/storage/article-store.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';

export interface LookupCost {
  bandLookupsMs: number;
  pairLookupsMs: number;
  readCandidatesMs: number;
  candidates: number;
  candidateBytes: number;
  /** Entity-pair and dated name keys looked up, and how many of them were common (more postings than commonPair: read, then skipped). */
  pairKeys: number;
  commonPairKeys: number;
}

export async function lookupCost(db: CrosscheckDb, article: ExtractedArticle): Promise<LookupCost> {
  // What ingest looks up: the article's keys, and its dated name keys on the days either side.
  const matchKeys = lookupKeys(analyzeArticle(article).matchKeys, MATCH_CONFIG.keys.daySpread);
  const index = db.stories.where('matchKeys');
  return db.transaction('r', db.stories, async () => {
    const t0 = performance.now();
    await Promise.all(matchKeys.filter((k) => !k.startsWith('e:')).map((k) => index.equals(k).limit(CANDIDATE_LIMITS.bandPostings).primaryKeys()));
    const t1 = performance.now();
    const pairs = await Promise.all(matchKeys.filter((k) => k.startsWith('e:')).map((k) => index.equals(k).limit(CANDIDATE_LIMITS.commonPair + 1).primaryKeys()));
    const t2 = performance.now();
    const ids = (await new DexieArticleStore(db).findCandidates(matchKeys)).map((c) => c.analysis.id);
    const t3 = performance.now();
    const records = await db.stories.where('url').anyOf(ids).toArray();
    const t4 = performance.now();
    const candidateBytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
    const commonPairKeys = pairs.filter((postings) => postings.length > CANDIDATE_LIMITS.commonPair).length;
    return { bandLookupsMs: t1 - t0, pairLookupsMs: t2 - t1, readCandidatesMs: t4 - t3, candidates: ids.length, candidateBytes, pairKeys: pairs.length, commonPairKeys };
  });
}

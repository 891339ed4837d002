// One capture as the background runs it (capture-article.ts): ingest, which
// writes the story's record as it files it, in one transaction, timed from the moment the analysed article is
// in hand to the commit, after which the popup can read it. The popup's reads
// are timed after that, separately.
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { ingest } from '../../src/engine/match/ingest.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import { CANDIDATE_LIMITS, DexieArticleStore } from '../../src/storage/article-store.ts';
import { conflictsOf } from '../../src/storage/conflicts-repo.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';
import { loadStoryView } from '../../src/storage/story-view.ts';
import { NaiveArticleStore } from './naive-store.ts';
import { timed, type Breakdown } from './timed-store.ts';

export interface CaptureTiming {
  /** Capture message in hand (analysis done) to matches and conflicts committed. */
  ms: number;
  /** The popup's reads for this article afterwards (story view and conflicts). */
  readMs: number;
  matches: number;
  /** Relations found with earlier articles (copy, same-story). */
  relations: string[];
  conflicts: number;
  sources: number;
  /** Time inside each store method (only when asked for: the proxy costs a little). */
  breakdown?: Breakdown;
}

export async function timedCapture(db: CrosscheckDb, article: ExtractedArticle, naive: boolean, explain = false): Promise<CaptureTiming> {
  const analysis = analyzeArticle(article);
  const breakdown: Breakdown = {};
  const now = Date.now();
  const plain = naive ? new NaiveArticleStore(db, analysis, { article, now }) : new DexieArticleStore(db, CANDIDATE_LIMITS, { article, now });
  const store = explain ? timed(plain, breakdown) : plain;
  const t0 = performance.now();
  let workDone = t0;
  const result = await store.transaction(async () => {
    const ingested = await ingest(store, analysis, now);
    await store.saveCaptured(analysis);
    workDone = performance.now();
    return ingested;
  });
  const t1 = performance.now();
  if (explain) {
    // The rest of the capture, beside the store calls (which ingest makes one at a time): the commit, and
    // everything else inside the transaction (starting it, comparing, encoding, Dexie's and the event loop's turns).
    const inCalls = Object.values(breakdown).reduce((sum, b) => sum + b.ms, 0);
    breakdown['(commit)'] = { calls: 1, ms: t1 - workDone };
    breakdown['(between calls)'] = { calls: 1, ms: Math.max(0, workDone - t0 - inCalls) };
  }
  const [view, conflicts] = await Promise.all([loadStoryView(db, article.url), conflictsOf(db, article.url)]);
  const t2 = performance.now();
  if (!view) throw new Error(`captured ${article.url} but the popup cannot read it`);
  return { ms: t1 - t0, readMs: t2 - t1, matches: result.matches.length, relations: result.matches.map((m) => m.relation), conflicts: conflicts.length, sources: view.sources.length, ...(explain ? { breakdown } : {}) };
}

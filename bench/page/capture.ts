// One capture as the background runs it (capture-article.ts): ingest and
// saveStory in one transaction, timed from the moment the analysed article is
// in hand to the commit, after which the popup can read it. The popup's reads
// are timed after that, separately.
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { ingest } from '../../src/engine/match/ingest.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import { DexieArticleStore } from '../../src/storage/article-store.ts';
import { conflictsOf } from '../../src/storage/conflicts-repo.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';
import { saveStory } from '../../src/storage/stories-repo.ts';
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
  const plain = naive ? new NaiveArticleStore(db, analysis) : new DexieArticleStore(db);
  const store = explain ? timed(plain, breakdown) : plain;
  const now = Date.now();
  const t0 = performance.now();
  const result = await store.transaction(async () => {
    const ingested = await ingest(store, analysis, now);
    const t = performance.now();
    await saveStory(db, article, analysis, now);
    if (explain) breakdown.saveStory = { calls: 1, ms: performance.now() - t };
    return ingested;
  });
  const t1 = performance.now();
  const [view, conflicts] = await Promise.all([loadStoryView(db, article.url), conflictsOf(db, article.url)]);
  const t2 = performance.now();
  if (!view) throw new Error(`captured ${article.url} but the popup cannot read it`);
  return { ms: t1 - t0, readMs: t2 - t1, matches: result.matches.length, relations: result.matches.map((m) => m.relation), conflicts: conflicts.length, sources: view.sources.length, ...(explain ? { breakdown } : {}) };
}

import type { ArticleAnalysis } from '../../src/engine/analysis.ts';
import { relate } from '../../src/engine/match/relation.ts';
import type { StoredCandidate } from '../../src/engine/match/store.ts';
import { CANDIDATE_LIMITS, DexieArticleStore, matchAnalysisOf, type CaptureContext } from '../../src/storage/article-store.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';

/**
 * The baseline the index must beat: the same store, but candidates are found
 * by reading every stored story and comparing it (a cursor, so memory stays
 * bounded; keeping only related ones so ingest compares those again, cheaply).
 */
export class NaiveArticleStore extends DexieArticleStore {
  constructor(private readonly database: CrosscheckDb, private readonly incoming: ArticleAnalysis, capture: CaptureContext) {
    super(database, CANDIDATE_LIMITS, capture);
  }

  override async findCandidates(): Promise<StoredCandidate[]> {
    const found: StoredCandidate[] = [];
    await this.database.stories.each((record) => {
      if (!record.fingerprint) return;
      const analysis = matchAnalysisOf(record);
      if (analysis.id !== this.incoming.id && relate(this.incoming, analysis)) found.push({ analysis, groupId: record.groupId });
    });
    return found;
  }
}

import type { ArticleAnalysis } from '../analysis.ts';
import type { Conflict } from '../conflicts/index.ts';
import type { Relatable, Relation } from './relation.ts';

export interface StoredArticle {
  analysis: ArticleAnalysis;
  groupId: string;
}

/** What relating two articles reads (relate's Relatable): the analysis without its claims, which matter only between story peers. */
export type MatchAnalysis = Relatable;

/** A stored article as candidate lookup returns it: a store may leave the claims unread. */
export interface StoredCandidate {
  analysis: MatchAnalysis;
  groupId: string;
}

/** One matched pair: `a` was met first, `b` later. */
export interface MatchRecord {
  a: string;
  b: string;
  relation: Relation;
  similarity: number;
  reusedA: number;
  reusedB: number;
}

/** A story: the articles that report one event, in the order they were met. */
export interface StoryGroup {
  /** The id of the article that started the story. */
  id: string;
  articleIds: string[];
  createdAt: number;
  updatedAt: number;
}

/**
 * What matching needs from storage. Implemented over IndexedDB (src/storage)
 * in the extension and in memory for the CLI and tests, so both run the same
 * ingest code. Lookups go through keys, never a scan of every article.
 */
export interface ArticleStore {
  /** Runs work atomically: a failure or a killed worker leaves no partial ingest. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Articles indexed under at least one of the keys (band, entity-pair or dated name keys); claims may be left out. */
  findCandidates(keys: readonly string[]): Promise<StoredCandidate[]>;
  putArticle(article: StoredArticle): Promise<void>;
  setGroupOf(ids: readonly string[], groupId: string): Promise<void>;
  getGroup(id: string): Promise<StoryGroup | undefined>;
  putGroup(group: StoryGroup): Promise<void>;
  deleteGroup(id: string): Promise<void>;
  putMatches(matches: readonly MatchRecord[]): Promise<void>;
  matchesOf(id: string): Promise<MatchRecord[]>;
  deleteMatchesOf(id: string): Promise<void>;
  /** Conflicts are kept per pair of articles (a === b for one inside an article). */
  putConflicts(conflicts: readonly Conflict[]): Promise<void>;
  conflictsOf(id: string): Promise<Conflict[]>;
  deleteConflictsOf(id: string): Promise<void>;
}

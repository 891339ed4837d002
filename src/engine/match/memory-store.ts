import type { Conflict } from '../conflicts/index.ts';
import { conflictKey } from './conflict-key.ts';
import type { ArticleStore, MatchRecord, StoredArticle, StoryGroup } from './store.ts';

/**
 * ArticleStore in memory, for the CLI and tests: the same ingest code as the
 * extension's IndexedDB store, with a key → ids posting map standing in for the
 * multi-entry index. Transactions are serialised so concurrent ingests never
 * interleave (as IndexedDB's readwrite transactions would not).
 */
export class MemoryArticleStore implements ArticleStore {
  readonly articles = new Map<string, StoredArticle>();
  readonly groups = new Map<string, StoryGroup>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly matches = new Map<string, MatchRecord>();
  private readonly conflicts = new Map<string, Conflict>();
  private queue: Promise<unknown> = Promise.resolve();

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.articles.get(id);
  }

  async findCandidates(keys: readonly string[]): Promise<StoredArticle[]> {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.postings.get(key) ?? []) ids.add(id);
    return [...ids].flatMap((id) => this.articles.get(id) ?? []);
  }

  async putArticle(article: StoredArticle): Promise<void> {
    const previous = this.articles.get(article.analysis.id);
    for (const key of previous?.analysis.matchKeys ?? []) this.postings.get(key)?.delete(article.analysis.id);
    for (const key of article.analysis.matchKeys) {
      const ids = this.postings.get(key) ?? new Set<string>();
      ids.add(article.analysis.id);
      this.postings.set(key, ids);
    }
    this.articles.set(article.analysis.id, article);
  }

  async setGroupOf(ids: readonly string[], groupId: string): Promise<void> {
    for (const id of ids) {
      const article = this.articles.get(id);
      if (article) article.groupId = groupId;
    }
  }

  async getGroup(id: string): Promise<StoryGroup | undefined> {
    const group = this.groups.get(id);
    return group && { ...group, articleIds: [...group.articleIds] };
  }

  async putGroup(group: StoryGroup): Promise<void> {
    this.groups.set(group.id, { ...group, articleIds: [...group.articleIds] });
  }

  async deleteGroup(id: string): Promise<void> {
    this.groups.delete(id);
  }

  async putMatches(matches: readonly MatchRecord[]): Promise<void> {
    for (const m of matches) this.matches.set(pairKey(m.a, m.b), m);
  }

  async matchesOf(id: string): Promise<MatchRecord[]> {
    return [...this.matches.values()].filter((m) => m.a === id || m.b === id);
  }

  async deleteMatchesOf(id: string): Promise<void> {
    for (const [key, m] of this.matches) if (m.a === id || m.b === id) this.matches.delete(key);
  }

  async putConflicts(conflicts: readonly Conflict[]): Promise<void> {
    for (const c of conflicts) this.conflicts.set(conflictKey(c), c);
  }

  async conflictsOf(id: string): Promise<Conflict[]> {
    return [...this.conflicts.values()].filter((c) => c.a.id === id || c.b.id === id);
  }

  async deleteConflictsOf(id: string): Promise<void> {
    for (const [key, c] of this.conflicts) if (c.a.id === id || c.b.id === id) this.conflicts.delete(key);
  }

  allConflicts(): Conflict[] {
    return [...this.conflicts.values()];
  }

  allMatches(): MatchRecord[] {
    return [...this.matches.values()];
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

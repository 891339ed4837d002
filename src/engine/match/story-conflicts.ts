import type { ArticleAnalysis } from '../analysis.ts';
import { findConflicts, findInternalConflicts, type Conflict } from '../conflicts/index.ts';
import type { ArticleStore } from './store.ts';

/** Claim rules are written for English; other languages are never compared, so they raise no bogus flags. */
const SUPPORTED = /^en\b/i;

function supported(a: ArticleAnalysis): boolean {
  return a.lang === null || SUPPORTED.test(a.lang);
}

/**
 * The conflicts an article brings into its story: inside itself, and with every
 * other article of the story (`a` is always the one met earlier). Stores them
 * and returns them.
 */
export async function storyConflicts(store: ArticleStore, analysis: ArticleAnalysis, earlierIds: readonly string[]): Promise<Conflict[]> {
  if (!supported(analysis)) return [];
  const found: Conflict[] = [...findInternalConflicts(analysis.claims)];
  for (const id of earlierIds) {
    const other = (await store.getArticle(id))?.analysis;
    if (!other || !supported(other) || other.claims.version !== analysis.claims.version) continue;
    found.push(...findConflicts(other.claims, analysis.claims));
  }
  await store.putConflicts(found);
  return found;
}

/** When one article joins two stories, their earlier articles are compared across the old boundary too. */
export async function crossConflicts(store: ArticleStore, left: readonly string[], right: readonly string[]): Promise<void> {
  for (const id of right) {
    const analysis = (await store.getArticle(id))?.analysis;
    if (!analysis || !supported(analysis)) continue;
    const found: Conflict[] = [];
    for (const otherId of left) {
      const other = (await store.getArticle(otherId))?.analysis;
      if (other && supported(other) && other.claims.version === analysis.claims.version) found.push(...findConflicts(other.claims, analysis.claims));
    }
    await store.putConflicts(found);
  }
}

import { analyzeArticle, type ArticleAnalysis } from '../engine/analysis.ts';
import { independentTexts } from '../engine/match/groups.ts';
import { ingest } from '../engine/match/ingest.ts';
import { MemoryArticleStore } from '../engine/match/memory-store.ts';
import { InputError } from './errors.ts';
import { expandPaths, readInput } from './inputs.ts';
import { articleEntry, conflictEntry, matchEntry, type JsonReport } from './report.ts';
import { toArticle } from './to-article.ts';

export interface AnalyzeOutcome {
  report: JsonReport;
  /** One line per input that could not be used; the run goes on without it. */
  errors: string[];
}

/**
 * Runs the engine over files in the order given, each compared with all the
 * earlier ones through the same ingest code and store logic as the extension.
 */
export async function analyzePaths(paths: readonly string[], now: () => number = Date.now): Promise<AnalyzeOutcome> {
  const { files, errors } = await expandPaths(paths);
  const store = new MemoryArticleStore();
  const analyses: ArticleAnalysis[] = [];
  for (const file of files) {
    try {
      const article = toArticle(file, await readInput(file));
      const analysis = analyzeArticle(article, file.id);
      await ingest(store, analysis, now());
      analyses.push(analysis);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  }
  return { report: buildReport(store, analyses), errors };
}

function buildReport(store: MemoryArticleStore, analyses: readonly ArticleAnalysis[]): JsonReport {
  const order = new Map(analyses.map((a, i) => [a.id, i]));
  const byOrder = (x: string, y: string): number => (order.get(x) ?? 0) - (order.get(y) ?? 0);
  const matches = store.allMatches().sort((x, y) => byOrder(x.b, y.b) || byOrder(x.a, y.a));
  const stories = [...store.groups.values()]
    .map((g) => ({ id: g.id, articles: [...g.articleIds].sort(byOrder) }))
    .sort((x, y) => byOrder(x.articles[0] ?? '', y.articles[0] ?? ''))
    .map((s) => ({ ...s, independentTexts: independentTexts(s.articles, matches) }));
  const conflicts = store.allConflicts().sort((x, y) => byOrder(x.b.id, y.b.id) || byOrder(x.a.id, y.a.id));
  return {
    articles: analyses.map((a) => articleEntry(a, store.articles.get(a.id)?.groupId ?? a.id)),
    matches: matches.map(matchEntry),
    conflicts: conflicts.filter((c) => c.kind === 'conflict').map(conflictEntry),
    updates: conflicts.filter((c) => c.kind === 'update').map(conflictEntry),
    stories,
  };
}

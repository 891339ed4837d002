import type { ArticleAnalysis } from '../engine/analysis.ts';
import { independentTexts } from '../engine/match/groups.ts';
import { ingest } from '../engine/match/ingest.ts';
import { MemoryArticleStore } from '../engine/match/memory-store.ts';
import type { FileOutcome } from './analyze-file.ts';
import { expandPaths, type InputFile } from './inputs.ts';
import { analyzeInPool, poolSize } from './pool.ts';
import { articleEntry, conflictEntry, matchEntry, type JsonReport } from './report.ts';

export interface AnalyzeOutcome {
  report: JsonReport;
  /** One line per input that could not be used; the run goes on without it. */
  errors: string[];
}

/**
 * Runs the engine over files in the order given, each compared with all the
 * earlier ones through the same ingest code and store logic as the extension.
 * Files are analysed in worker threads when there are enough of them; ingest
 * stays on this thread, in input order, so the report is the same either way.
 */
export async function analyzePaths(paths: readonly string[], now: () => number = Date.now, threads?: number): Promise<AnalyzeOutcome> {
  const { files, errors } = await expandPaths(paths);
  const store = new MemoryArticleStore();
  const analyses: ArticleAnalysis[] = [];
  for await (const outcome of outcomes(files, threads ?? poolSize(files.length))) {
    if ('internalError' in outcome) throw new Error(outcome.internalError);
    if ('inputError' in outcome) {
      errors.push(outcome.inputError);
      continue;
    }
    await ingest(store, outcome.analysis, now());
    analyses.push(outcome.analysis);
  }
  return { report: buildReport(store, analyses), errors };
}

async function* outcomes(files: readonly InputFile[], threads: number): AsyncGenerator<FileOutcome> {
  if (threads > 0) {
    yield* analyzeInPool(files, threads);
    return;
  }
  // Imported here so that a pooled run does not load the extraction and NLP
  // code on the main thread, which only ingests.
  const { analyzeFile } = await import('./analyze-file.ts');
  for (const file of files) yield await analyzeFile(file);
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

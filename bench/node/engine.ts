// engine.analyzeMs in Node: analyzeArticle (fingerprint, entities, figures,
// quote grams, claims) per article size, in this process (tsx, as the CLI runs).
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { sizedArticles, type Size } from '../fixtures/corpus.ts';

export function analyzeTimes(reps: Record<Size, number>): Record<Size, number[]> {
  const articles = sizedArticles();
  const out = {} as Record<Size, number[]>;
  for (const size of Object.keys(reps) as Size[]) {
    analyzeArticle(articles[size]);
    out[size] = Array.from({ length: reps[size] }, () => {
      const t0 = performance.now();
      analyzeArticle(articles[size]);
      return performance.now() - t0;
    });
  }
  return out;
}

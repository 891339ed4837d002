import type { Size } from './fixtures/corpus.ts';

/** How much of everything to run: `npm run bench` (full) or `npm run bench:smoke` (CI: small N, few repetitions). */
export interface BenchConfig {
  mode: 'full' | 'smoke';
  /** analyzeArticle calls per article size (Node and Chromium each), after a warm-up call. */
  analyzeReps: Record<Size, number>;
  /** Page loads per page kind (non-article and each article size), each traced. */
  contentReps: number;
  /** Base articles analysed for real; stored stories are variants of them. */
  baseArticles: number;
  /** Store sizes, filled in order in one profile (each fill tops up the last). */
  storeSizes: number[];
  /** Indexed captures per store size (cycling unrelated, copy, unrelated, same-story). */
  captures: number;
  /** Naive-scan captures per store size (each reads every stored story). */
  naiveCaptures: Record<number, number>;
  /** Store sizes at which a capture after a service-worker stop is timed, and how often. */
  restartSizes: number[];
  restartReps: number;
  /** Generated pages in the CLI's directory, and timed runs over it. */
  cliPages: number;
  cliRuns: number;
}

export const FULL: BenchConfig = {
  mode: 'full',
  analyzeReps: { short: 40, typical: 40, long: 8 },
  contentReps: 12,
  baseArticles: 300,
  storeSizes: [1000, 10_000, 100_000],
  captures: 24,
  naiveCaptures: { 1000: 8, 10_000: 4, 100_000: 3 },
  restartSizes: [10_000, 100_000],
  restartReps: 7,
  cliPages: 1000,
  cliRuns: 3,
};

export const SMOKE: BenchConfig = {
  mode: 'smoke',
  analyzeReps: { short: 3, typical: 3, long: 1 },
  contentReps: 2,
  baseArticles: 40,
  storeSizes: [1000],
  captures: 8,
  naiveCaptures: { 1000: 2 },
  restartSizes: [1000],
  restartReps: 2,
  cliPages: 60,
  cliRuns: 1,
};

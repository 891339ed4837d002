// Raw measurements -> the result keys of issue 6 (see report.ts for the shape).
import type { injectedBytes } from './browser/build.ts';
import type { ContentRun, PageKind } from './browser/content.ts';
import type { StoreStage } from './browser/store.ts';
import type { Size } from './fixtures/corpus.ts';
import { round, single, summarize, type Summary } from './lib/stats.ts';
import type { Results } from './report.ts';

const SIZES: Size[] = ['short', 'typical', 'long'];
const KINDS: PageKind[] = ['nonArticle', ...SIZES];

export function contentResults(runs: Record<PageKind, ContentRun[]>, injected: ReturnType<typeof injectedBytes>): NonNullable<Results['content']> {
  const pick = (kind: PageKind, f: (x: ContentRun) => number): Summary => summarize(runs[kind].map(f));
  const perKind = (kinds: readonly PageKind[], f: (x: ContentRun) => number) => Object.fromEntries(kinds.map((k) => [k, pick(k, f)]));
  return {
    nonArticleMs: pick('nonArticle', (x) => x.taskMs),
    articleMs: perKind(SIZES, (x) => x.taskMs),
    scriptMs: perKind(KINDS, (x) => x.scriptMs),
    longTasks: pick('long', (x) => x.longTasks),
    longTasksBySize: perKind(KINDS, (x) => x.longTasks),
    pageObservedLongTasks: perKind(KINDS, (x) => x.observedLongTasks),
    longestTaskMs: perKind(KINDS, (x) => x.longestTaskMs),
    injectedKbGz: round(injected.gzipBytes / 1024),
    injectedFiles: injected.files,
  };
}

type Stage = StoreStage & { size: number };

function at<T>(stages: readonly Stage[], f: (s: Stage) => T | undefined): Record<string, T> {
  return Object.fromEntries(stages.flatMap((s) => {
    const v = f(s);
    return v === undefined ? [] : [[String(s.size), v]];
  }));
}

function breakdown(s: Stage): Record<string, { ms: Summary; candidates?: Summary }> {
  const methods = [...new Set(s.explained.flatMap((c) => Object.keys(c.breakdown ?? {})))];
  return Object.fromEntries(methods.map((m) => [m, {
    ms: summarize(s.explained.map((c) => c.breakdown?.[m]?.ms ?? 0)),
    ...(m === 'findCandidates' ? { candidates: summarize(s.explained.map((c) => c.breakdown?.[m]?.items ?? 0)) } : {}),
  }]));
}

/** How many probes found what they should: copies a copy, rewrites a relation, unrelated articles nothing. */
function found(s: Stage): Record<string, string> {
  const of = (kind: string, ok: (relations: string[]) => boolean): string => {
    const xs = s.captures.filter((c) => c.kind === kind);
    return `${xs.filter((c) => ok(c.relations)).length}/${xs.length}`;
  };
  return { copy: of('copy', (r) => r.includes('copy')), 'same-story': of('same-story', (r) => r.length > 0), unrelatedWithMatches: of('unrelated', (r) => r.length > 0) };
}

export function storeResults(stages: readonly Stage[]): Pick<Results, 'match' | 'store' | 'sw'> & { counts: Record<string, Record<string, number>> } {
  const biggest = stages.find((s) => s.size >= 100_000);
  return {
    match: {
      ms: at(stages, (s) => summarize(s.captures.map((c) => c.ms))),
      naiveMs: at(stages, (s) => summarize(s.naive.map((c) => c.ms))),
      msByKind: at(stages, (s) => Object.fromEntries(['unrelated', 'copy', 'same-story'].map((k) => [k, summarize(s.captures.filter((c) => c.kind === k).map((c) => c.ms))]))),
      popupReadMs: at(stages, (s) => summarize(s.captures.map((c) => c.readMs))),
      breakdown: at(stages, breakdown),
      lookups: at(stages, (s) => Object.fromEntries((['bandLookupsMs', 'pairLookupsMs', 'readCandidatesMs', 'candidates', 'candidateBytes', 'pairKeys', 'commonPairKeys'] as const)
        .map((k) => [k, summarize(s.lookups.map((l) => l[k]))]))),
      found: at(stages, found),
    },
    store: {
      bytesPerStory: at(stages, (s) => single(Math.round(s.bytes / s.stories))),
      totalBytes: at(stages, (s) => s.bytes),
      fillSeconds: at(stages, (s) => Math.round(s.fillMs / 1000)),
      ...(biggest ? { totalBytes100k: biggest.bytes } : {}),
    },
    sw: {
      restartMs: at(stages, (s) => (s.restartMs.length ? summarize(s.restartMs) : undefined)),
      restartAfterCheckMs: at(stages, (s) => (s.restartAfterCheckMs.length ? summarize(s.restartAfterCheckMs) : undefined)),
      firstRestartAfterFillMs: at(stages, (s) => s.firstRestartMs ?? undefined),
    },
    counts: at(stages, (s) => s.counts),
  };
}

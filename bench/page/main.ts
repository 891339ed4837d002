// The benchmark's extension page (built by bench/vite.config.ts into the bench
// copy of the extension, so it shares the extension's origin and IndexedDB).
// bench/run.ts drives it through window.crosscheckBench.
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { sendMessage } from '../../src/platform/messages.ts';
import { openDb } from '../../src/storage/db.ts';
import { updateSettings } from '../../src/storage/settings-repo.ts';
import { probes, sizedArticles, type ProbeKind, type Size } from '../fixtures/corpus.ts';
import { timedCapture, type CaptureTiming } from './capture.ts';
import { fillTo, prepareBase, type BaseSet } from './fill.ts';
import type { Layout } from './layouts.ts';
import { lookupCost, type LookupCost } from './lookups.ts';
import { timedUpgrade } from './upgrade.ts';

let db = openDb();
let base: BaseSet | undefined;
const SEED = 1;

const api = {
  /** analyzeArticle times (ms) per article size, after one warm-up call each. */
  analyze(reps: Record<Size, number>): Record<Size, number[]> {
    const articles = sizedArticles(SEED);
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
  },
  /**
   * Analyses the base articles, and turns retention off: by default the
   * extension keeps 90 days and 5,000 stories, and the budgets are for a
   * reader who keeps everything (100,000 stories is five years of 50 a day).
   */
  async prepare(count: number): Promise<{ ms: number; articles: number }> {
    await updateSettings(db, { retentionDays: null, maxStories: null });
    const t0 = performance.now();
    base = await prepareBase(count, SEED);
    return { ms: performance.now() - t0, articles: base.stories.length };
  },
  async fill(target: number, layout: Layout = 'current'): Promise<{ written: number; ms: number; stories: number }> {
    if (!base) throw new Error('prepare() first');
    const done = await fillTo(db, base, target, Date.now(), layout);
    return { ...done, stories: await db.stories.count() };
  },
  async capture(naive: boolean, count: number, rep: number, explain = false): Promise<(CaptureTiming & { kind: ProbeKind })[]> {
    if (!base) throw new Error('prepare() first');
    const out: (CaptureTiming & { kind: ProbeKind })[] = [];
    for (const probe of probes(base.corpus, count, rep, SEED, base.world)) {
      out.push({ kind: probe.kind, ...(await timedCapture(db, probe.article, naive, explain)) });
    }
    return out;
  },
  /** The schema 3 -> 5 upgrade of a copy of the current store (see upgrade.ts). */
  upgrade(): ReturnType<typeof timedUpgrade> {
    return timedUpgrade(db);
  },
  /** findCandidates' parts for `count` probes (see lookups.ts). */
  async lookups(count: number, rep: number): Promise<LookupCost[]> {
    if (!base) throw new Error('prepare() first');
    const out: LookupCost[] = [];
    for (const probe of probes(base.corpus, count, rep, SEED, base.world)) out.push(await lookupCost(db, probe.article));
    return out;
  },
  /** Lets go of the database, so the background is its only user (as when no extension page is open). */
  close(): void {
    db.close();
  },
  async reopen(): Promise<void> {
    db = openDb();
    await db.open();
  },
  /**
   * A capture sent to the background as a content script sends it; ms until
   * its answer. With `afterCheckMs`, first a page/check (what wakes the worker
   * when a page loads) and that long a pause (the gate, extraction), as on a
   * real page; the capture alone is timed.
   */
  async sendCapture(rep: number, afterCheckMs?: number): Promise<{ ms: number; ok: boolean; error?: string }> {
    if (!base) throw new Error('prepare() first');
    const [probe] = probes(base.corpus, 1, 10_000 + rep, SEED, base.world);
    if (afterCheckMs !== undefined) {
      await sendMessage('page/check', { url: probe!.article.url });
      await new Promise((r) => setTimeout(r, afterCheckMs));
    }
    const t0 = performance.now();
    const reply = await sendMessage('story/capture', { article: probe!.article });
    return { ms: performance.now() - t0, ok: reply.ok, ...(reply.ok ? {} : { error: reply.error }) };
  },
  /** Round trip of the cheapest message (page/check), e.g. right after the worker was stopped: the worker's start-up alone. */
  async ping(): Promise<number> {
    const t0 = performance.now();
    await sendMessage('page/check', { url: 'https://example.org/bench/ping' });
    return performance.now() - t0;
  },
  /** The status the background recorded for a page loaded at or after `since` (epoch ms), or null while it has none. */
  async tabStatus(url: string, since: number): Promise<string | null> {
    const tabs = await db.tabs.where('url').equals(url).toArray();
    return tabs.find((t) => t.updatedAt >= since)?.status ?? null;
  },
  async counts(): Promise<Record<string, number>> {
    const [stories, groups, matches, conflicts] = await Promise.all([db.stories.count(), db.groups.count(), db.matches.count(), db.conflicts.count()]);
    return { stories, groups, matches, conflicts };
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { crosscheckBench: BenchApi }).crosscheckBench = api;
document.getElementById('status')!.dataset.ready = 'true';

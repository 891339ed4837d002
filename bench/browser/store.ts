// match.*, store.* and sw.*: one profile filled to each store size in turn
// (the bench page bulk-writes variants of real analyses, see bench/page), and
// at each size: captures through the real DexieArticleStore and ingest, the
// same captures with a naive scan, the on-disk size of the extension's
// IndexedDB, and captures sent to a freshly stopped service worker.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchConfig } from '../config.ts';
import type { ProbeKind } from '../fixtures/corpus.ts';
import type { CaptureTiming } from '../page/capture.ts';
import type { LookupCost } from '../page/lookups.ts';
import type { BenchBrowser } from './chromium.ts';

export interface StoreStage {
  stories: number;
  fillMs: number;
  bytes: number;
  captures: (CaptureTiming & { kind: ProbeKind })[];
  /** A few more captures with every store call timed (see page/timed-store.ts): where match.ms goes. */
  explained: (CaptureTiming & { kind: ProbeKind })[];
  lookups: LookupCost[];
  naive: (CaptureTiming & { kind: ProbeKind })[];
  /** A capture sent to a stopped worker; and one sent PAGE_CHECK_GAP_MS after the page/check that woke it. */
  restartMs: number[];
  restartAfterCheckMs: number[];
  firstRestartMs: number | null;
  counts: Record<string, number>;
}

const sizeOf = (path: string, only: (name: string) => boolean = () => true): number => {
  const info = statSync(path);
  return info.isDirectory() ? readdirSync(path).filter(only).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : info.size;
};

/** Chromium keeps IndexedDB for the extension's origin under Default/IndexedDB/chrome-extension_ID_0.indexeddb.*. */
export function indexedDbBytes(profile: string, extensionId: string): number {
  const root = join(profile, 'Default/IndexedDB');
  return sizeOf(root, (name) => name.startsWith(`chrome-extension_${extensionId}_`));
}

/** The same, by kind of file: LevelDB tables (.ldb), its write-ahead log (.log), and values stored as blob files (> 64 KB). */
export function indexedDbParts(profile: string, extensionId: string): { ldb: number; log: number; blob: number; other: number } {
  const root = join(profile, 'Default/IndexedDB');
  const db = join(root, `chrome-extension_${extensionId}_0.indexeddb.leveldb`);
  const blobDir = join(root, `chrome-extension_${extensionId}_0.indexeddb.blob`);
  const ldb = sizeOf(db, (n) => n.endsWith('.ldb'));
  const log = sizeOf(db, (n) => n.endsWith('.log'));
  const blob = existsSync(blobDir) ? sizeOf(blobDir) : 0;
  return { ldb, log, blob, other: indexedDbBytes(profile, extensionId) - ldb - log - blob };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * LevelDB compacts in the background after a burst of writes, and while it
 * does, input and output tables both exist: wait until the size has stopped
 * changing for a few seconds (at most maxMs) before reading it.
 */
export async function settledBytes(profile: string, extensionId: string, maxMs = 120_000): Promise<number> {
  const t0 = Date.now();
  let last = -1;
  let stable = 0;
  for (;;) {
    const bytes = indexedDbBytes(profile, extensionId);
    stable = bytes === last ? stable + 1 : 0;
    last = bytes;
    if (stable >= 3 || Date.now() - t0 > maxMs) return bytes;
    await sleep(1000);
  }
}
/** Chromium closes an origin's IndexedDB backing store ~2 s after its last connection closes; wait past that. */
const BACKING_STORE_GRACE_MS = 3000;
/** On a page, the capture follows the page/check that woke the worker by the gate, the lazy import and extraction. */
const PAGE_CHECK_GAP_MS = 250;

export async function measureStore(b: BenchBrowser, config: BenchConfig, log: (line: string) => void): Promise<StoreStage[]> {
  const prepared = await b.call('prepare', config.baseArticles);
  log(`base: ${prepared.articles} articles analysed and filed in ${Math.round(prepared.ms)} ms`);
  const stages: StoreStage[] = [];
  for (const [i, target] of config.storeSizes.entries()) {
    const fill = await b.call('fill', target);
    log(`store ${target}: filled ${fill.written} in ${Math.round(fill.ms / 1000)} s`);
    const bytes = await settledBytes(b.profile, b.extensionId);
    const captures = await b.call('capture', false, config.captures, i * 10);
    const explained = await b.call('capture', false, 8, i * 10 + 2, true);
    const lookups = await b.call('lookups', 8, i * 10 + 3);
    const naive = await b.call('capture', true, config.naiveCaptures[target] ?? 1, i * 10 + 1);
    log(`store ${target}: ${captures.length} captures, ${naive.length} naive`);
    const restartMs: number[] = [];
    const restartAfterCheckMs: number[] = [];
    let firstRestartMs: number | null = null;
    if (config.restartSizes.includes(target)) {
      await b.call('close');
      const restart = async (rep: number, afterCheckMs?: number): Promise<number> => {
        await b.stopWorker();
        await sleep(BACKING_STORE_GRACE_MS);
        const reply = await b.call('sendCapture', i * 100 + rep, afterCheckMs);
        if (!reply.ok) throw new Error(`capture after a worker restart failed: ${reply.error}`);
        return reply.ms;
      };
      // The first open after a bulk fill waits for LevelDB to compact what the
      // fill wrote, which a store grown one capture at a time never does: timed apart.
      firstRestartMs = await restart(0);
      for (let rep = 1; rep <= config.restartReps; rep++) {
        restartMs.push(await restart(rep));
        restartAfterCheckMs.push(await restart(50 + rep, PAGE_CHECK_GAP_MS));
      }
      await b.call('reopen');
      log(`store ${target}: ${restartMs.length * 2 + 1} captures after a worker stop`);
    }
    stages.push({ stories: fill.stories, fillMs: fill.ms, bytes, captures, explained, lookups, naive, restartMs, restartAfterCheckMs, firstRestartMs, counts: await b.call('counts') });
  }
  return stages;
}

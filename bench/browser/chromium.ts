// Debian's Chromium with the bench copy of the extension, launched as the e2e
// tests launch it (tests/e2e/chromium.ts: same binary, same flags), plus what
// a benchmark needs that a test does not: the context itself (CDP sessions for
// tracing and for stopping the service worker) and a profile that outlives
// one scenario, so a store filled once is measured at 1k, 10k and 100k.
import { mkdirSync, rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/chromium.ts';
import { waitFor } from '../../tests/e2e/harness.ts';
import type { BenchApi } from '../page/main.ts';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/ */
  origin: string;
  profile: string;
  /** The bench extension page (bench/page), open for the whole run. */
  bench: Page;
  /** Calls a method of the bench page's API and returns its result. */
  call<K extends keyof BenchApi>(method: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  /** Stops the extension's service worker, as the browser does after 30 s idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export const CHROMIUM_FLAGS = (ext: string): string[] => [
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `fresh: false` reopens a profile left by an earlier run (its filled store), for a second look at it. */
export async function launchBench(ext: string, profile: string, fresh = true, extraArgs: readonly string[] = []): Promise<BenchBrowser> {
  if (fresh) rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS(ext), ...extraArgs],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = worker.url().split('/')[2]!;
    const origin = `chrome-extension://${extensionId}/`;
    const bench = await context.newPage();
    await bench.goto(`${origin}bench/index.html`);
    await waitFor('the bench page', async () => ((await bench.evaluate(() => document.getElementById('status')?.dataset.ready)) ? true : undefined));
    const call: BenchBrowser['call'] = (method, ...args) =>
      bench.evaluate(
        ([m, a]) => {
          const api = (globalThis as unknown as { crosscheckBench: Record<string, (...x: unknown[]) => unknown> }).crosscheckBench;
          return api[m as string]!(...(a as unknown[]));
        },
        [method, args] as const,
      ) as never;
    const cdp = await context.newCDPSession(bench);
    return {
      context, extensionId, origin, profile, bench, call,
      async stopWorker() {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.send('ServiceWorker.disable');
      },
      async close() {
        await context.close();
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

// content.*: page loads in real Chromium with the extension, each traced
// (see trace.ts for how main-thread time is attributed to the content
// script). A load ends when the background has recorded the tab's outcome
// (captured or skipped): the content script's whole job is done by then.
import type { BrowserContext } from 'playwright-core';
import { waitFor } from '../../tests/e2e/harness.ts';
import { startServer } from '../../tests/e2e/server.ts';
import { sizedArticles, type Size } from '../fixtures/corpus.ts';
import { renderNewsPage, renderSectionFront } from '../fixtures/pages.ts';
import type { BenchBrowser } from './chromium.ts';
import { contentCost, type ContentCost, type TraceEvent } from './trace.ts';

export type PageKind = 'nonArticle' | Size;

export interface ContentRun extends ContentCost {
  /** Long tasks the page itself observed (PerformanceObserver 'longtask', all causes). */
  observedLongTasks: number;
}

const TIMELINE = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel', 'v8.execute', 'loading'];
const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', ...TIMELINE].join(',');
/** Without the CPU profiler (bench/experiments/content-profile.ts --unprofiled): its sampling is not in the tasks' times. */
export const UNPROFILED = TIMELINE.join(',');
/** After the outcome is recorded, let the last task (the content script's reply handling) finish. */
const SETTLE_MS = 300;

export const PATHS: Record<PageKind, string> = { nonArticle: '/world/', short: '/news/short/', typical: '/news/typical/', long: '/news/long/' };

async function tracedLoad(b: BenchBrowser, context: BrowserContext, url: string): Promise<ContentRun> {
  const { events, observedLongTasks } = await traceLoad(b, context, url);
  return { ...contentCost(events, url, b.origin), observedLongTasks };
}

/**
 * One page load in a new tab, traced until the background has recorded the
 * tab's outcome (and a moment after); or, with `until`, until that resolves
 * (a content script that reports nothing: bench/experiments/content-floor.ts).
 */
export async function traceLoad(
  b: BenchBrowser, context: BrowserContext, url: string, categories = CATEGORIES, until?: () => Promise<void>,
): Promise<{ events: TraceEvent[]; observedLongTasks: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const seen: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    const since = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    if (until) await until();
    else await waitFor(`the outcome of ${url}`, async () => (await b.call('tabStatus', url, since)) ?? undefined, 20_000);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const observedLongTasks = await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks.filter((d) => d > 50).length);
    await cdp.send('Tracing.end');
    await complete;
    return { events, observedLongTasks };
  } finally {
    await page.close();
  }
}

/** `reps` traced loads of each page kind, interleaved so that background load on the machine spreads evenly. */
export async function measureContent(b: BenchBrowser, reps: number): Promise<Record<PageKind, ContentRun[]>> {
  const articles = sizedArticles();
  const server = await startServer([
    { path: PATHS.nonArticle, html: renderSectionFront() },
    ...(['short', 'typical', 'long'] as const).map((size) => ({ path: PATHS[size], html: renderNewsPage(articles[size]) })),
  ]);
  const out: Record<PageKind, ContentRun[]> = { nonArticle: [], short: [], typical: [], long: [] };
  try {
    // One untimed load of each first: the disk cache and the extension's renderer warm up once, as in a browsing session.
    for (const kind of Object.keys(PATHS) as PageKind[]) await tracedLoad(b, b.context, server.url(PATHS[kind]));
    for (let rep = 0; rep < reps; rep++) {
      for (const kind of Object.keys(PATHS) as PageKind[]) out[kind].push(await tracedLoad(b, b.context, server.url(PATHS[kind])));
    }
  } finally {
    await server.close();
  }
  return out;
}

// The store under real browser conditions.
//  - Twenty tabs opened at once, each capturing (both browsers): no story lost
//    or duplicated, every story group consistent, and the same grouping as the
//    engine gives the same pages one by one (in Node, linkedom extraction).
//  - Chromium's service worker stopped in the middle of captures, at several
//    moments (CDP ServiceWorker.stopAllWorkers, what the browser does to an
//    idle or memory-starved worker): no partial or corrupt record, and every
//    page is captured when read again. (Firefox's background page cannot be
//    stopped from a test; the unit test tests/unit/reliability-capture.test.ts
//    kills a capture at every one of its writes instead.)
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { extractArticle } from '../../src/engine/extract/extract-article.ts';
import { ingest } from '../../src/engine/match/ingest.ts';
import { MemoryArticleStore } from '../../src/engine/match/memory-store.ts';
import { partition, storeProblems, type StoreRows } from '../unit/reliability-invariants.ts';
import { waitFor, type BrowserName } from './harness.ts';
import { relationPage, type BuiltPage } from './pages/hostile-pages.ts';
import { scenarios, type Scenario } from './security-browsers.ts';
import { startServer, type FixtureServer } from './server.ts';

/** Five stories (wire texts, copies, rewrites, same-topic reports of other events) and a stray article. */
const TWENTY = [
  'factory-fire-wire', 'factory-fire-copy', 'factory-fire-partial', 'factory-fire-rewrite', 'factory-fire-sametopic',
  'election-wire', 'election-copy', 'election-partial', 'election-rewrite',
  'storm-flood-wire', 'storm-flood-copy', 'storm-flood-rewrite', 'storm-flood-sametopic',
  'court-ruling-wire', 'court-ruling-copy', 'court-ruling-rewrite',
  'transfer-wire', 'transfer-copy', 'transfer-rewrite', 'unrelated-library',
].map(relationPage);
/** The page whose content script sends the captures the service worker is stopped in. */
const KILLED = ['layoff-wire', 'layoff-copy', 'layoff-rewrite', 'rate-decision-wire', 'rate-decision-copy', 'rate-decision-rewrite', 'unrelated-marathon', 'unrelated-bathhouse'].map(relationPage);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([...TWENTY, ...KILLED]);
});
afterAll(() => server?.close());

async function rows(s: Scenario): Promise<StoreRows> {
  const tables = ['stories', 'groups', 'matches', 'conflicts', 'tabs', 'dismissed'] as const;
  const [stories, groups, matches, conflicts, tabs, dismissed] = await Promise.all(tables.map((t) => s.readTable(t)));
  // Bodies are stored deflated; the harness inflates them in the page (typed arrays do not cross every driver).
  const bodies = (await s.h.readStories()).map(({ url, text }) => ({ url, text }));
  return { stories, bodies, groups, matches, conflicts, tabs, dismissed } as unknown as StoreRows;
}

/** The grouping the engine gives these pages read one at a time, in Node. */
async function sequentialPartition(pages: BuiltPage[]): Promise<string[][]> {
  const store = new MemoryArticleStore();
  for (const [i, p] of pages.entries()) {
    const url = server.url(p.path);
    const article = extractArticle(parseHTML(p.html).document as unknown as Document, url);
    if (!article) throw new Error(`${p.id} extracts nothing`);
    await ingest(store, analyzeArticle(article), i + 1);
  }
  return partition({ stories: [...store.articles.values()].map((a) => ({ url: a.analysis.id, groupId: a.groupId })) } as unknown as StoreRows);
}

describe.each(['chromium', 'firefox'] as BrowserName[])('%s', (browser) => {
  let s: Scenario;
  const started = Date.now();

  beforeAll(async () => {
    s = await scenarios[browser](() => server.origin);
  });
  afterAll(async () => {
    await s?.close();
    console.info(`${browser}: store reliability, ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
  });

  it('20 tabs capturing at once: no story lost or duplicated, groups consistent, same grouping as one by one', async () => {
    const urls = TWENTY.map((p) => server.url(p.path));
    const tabs = await Promise.all(urls.map((url) => s.openTab(url)));
    const stored = await waitFor('all 20 articles to be stored', async () => {
      const found = (await s.readTable<{ url: string }>('stories')).filter((r) => urls.includes(r.url));
      return found.length >= urls.length ? found : undefined;
    }, 60_000);
    expect(stored.map((r) => r.url).sort()).toEqual([...urls].sort());
    await new Promise((r) => setTimeout(r, 500)); // badges and tab records written after each capture's transaction
    const after = await rows(s);
    expect(storeProblems(after)).toEqual([]);
    expect(after.tabs?.filter((t) => t.status === 'captured' && urls.includes(t.storyUrl ?? ''))).toHaveLength(urls.length);
    expect(partition(after)).toEqual(await sequentialPartition(TWENTY));
    await Promise.all(tabs.map((t) => t.close()));
  });

  it.runIf(browser === 'chromium')('service worker stopped mid-capture: no partial or corrupt record, and the capture succeeds when sent again', async () => {
    const [host] = KILLED;
    const page = await s.h.visit(server.url(host!.path));
    // Long reports of one story (copies of each other): each capture analyses for a while, then
    // writes matches, groups and conflicts in its transaction, so a stop can land in any part of it.
    const text = KILLED.slice(0, 3).map((p) => extractArticle(parseHTML(p.html).document as unknown as Document, server.url(p.path))!.text).join('\n\n');
    const article = (i: number) => ({ url: server.url(`/e2e-killed/${i}/`), title: `Layoffs and rates, part ${i}`, source: 'E2E', byline: null, published: null, lang: 'en', text: `Part ${i}.\n\n${text}` });
    const send = (i: number) => s.sendFromContentScript!(page, { type: 'story/capture', payload: { article: article(i) } });
    // How long one capture takes here, worker already awake.
    const t0 = Date.now();
    await send(0);
    const took = Date.now() - t0;
    const outcomes: string[] = [];
    const fractions = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95];
    for (const [k, fraction] of fractions.entries()) {
      await send(100 + k).catch(() => undefined); // wake the worker, so the stop lands in the capture that follows
      const reply = send(k + 1).then(() => 'completed', (e: unknown) => `interrupted (${String(e).slice(0, 60)})`);
      await new Promise((r) => setTimeout(r, Math.round(took * fraction)));
      await s.stopServiceWorker!();
      outcomes.push(await reply);
      const now = await rows(s);
      expect(storeProblems(now), `after a stop at ${fraction} of a capture`).toEqual([]);
      const stored = (await s.h.readStories()).find((r) => r.url === article(k + 1).url);
      if (stored) expect(stored.text, 'a stored article is whole').toBe(article(k + 1).text);
    }
    console.info(`chromium: a capture takes ${took} ms; stops: ${outcomes.join(', ')}`);
    expect(outcomes.some((o) => o.startsWith('interrupted')), 'at least one stop landed inside a capture').toBe(true);
    // The worker wakes for the next message; every capture sent again is stored, once.
    for (let k = 1; k <= fractions.length; k++) expect(await send(k)).toMatchObject({ ok: true });
    const end = await rows(s);
    expect(storeProblems(end)).toEqual([]);
    expect(end.stories.filter((r) => r.url.includes('/e2e-killed/')).length).toBe(1 + 2 * fractions.length);
    await page.close();
  });
});

// Odd and hostile pages, in real Chromium and real Firefox ESR: huge pages
// (10 MB of text; 50,000 elements), a page framing an article, an article
// framing another, a page that rewrites its DOM and URL fragment non-stop, and
// a French story whose two reports disagree. (Non-articles and single-page-app
// navigation: capture.e2e.ts.)
//
// Responsiveness is measured in the page's own world (tests/e2e/pages/hostile-pages.ts,
// RESPONSIVENESS_PROBE). Chromium reports main-thread tasks over 50 ms through
// the Long Tasks API, which is exact. Firefox has no Long Tasks API; a
// MessageChannel heartbeat stands in, and on a loaded machine it also sees
// the process being descheduled and the browser's own work after loading a
// huge page (GC, paint). So in Firefox the same page is first measured with
// capture paused (the content script stops after its first message), a gap
// counts only beyond that baseline, and a visit is repeated (at most three
// times) before it counts: the freeze this guards against (seconds, on every
// visit) fails all three.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullStoryRecord } from '../../src/storage/db.ts';
import { waitFor, type BrowserName, type TabPage } from './harness.ts';
import { framingPages, frenchPages, hugeDomPage, hugeTextPage, rewritingPage, type BuiltPage } from './pages/hostile-pages.ts';
import { scenarios, type Scenario } from './security-browsers.ts';
import { startServer, type FixtureServer } from './server.ts';

const hugeText = hugeTextPage();
const hugeDom = hugeDomPage();
const rewriting = rewritingPage();
const framing = framingPages();
const [frenchA, frenchB] = frenchPages();
const all: BuiltPage[] = [hugeText, hugeDom, rewriting, framing.framed, framing.front, framing.article, frenchA, frenchB];

/** A content script decision on a huge page must come this soon after load (the freeze it replaces lasted over 15 s). */
const DECISION_MS = 3000;
const LONG_TASK_MS = 50;

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(all);
});
afterAll(() => server?.close());

interface Responsiveness {
  loadedAt: number;
  /** Tasks (Chromium) or heartbeat gaps (both) over 50 ms that started after the load event. */
  longTasks: number[];
  gaps: number[];
}

function responsiveness(): Responsiveness {
  const w = window as unknown as { __loadedAt: number; __longTasks: { start: number; duration: number }[]; __gaps: { start: number; duration: number }[] };
  const after = (list: { start: number; duration: number }[]) => list.filter((x) => x.start >= w.__loadedAt).map((x) => Math.round(x.duration));
  return { loadedAt: w.__loadedAt, longTasks: after(w.__longTasks), gaps: after(w.__gaps) };
}

describe.each(['chromium', 'firefox'] as BrowserName[])('%s', (browser) => {
  let s: Scenario;
  const started = Date.now();

  beforeAll(async () => {
    s = await scenarios[browser](() => server.origin);
  });
  afterAll(async () => {
    await s?.close();
    console.info(`${browser}: odd and hostile pages, ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
  });

  const tabOf = async (page: TabPage) => {
    const tabId = await s.h.tabIdOf(page);
    return (await s.h.readTabs()).find((t) => t.tabId === tabId);
  };
  const storyAt = async (path: string): Promise<FullStoryRecord | undefined> => (await s.h.readStories()).find((r) => r.url === server.url(path));

  /** Visits a huge page and measures it; the tab must record its outcome (paused, or too large) soon after load. */
  async function measure(p: BuiltPage, status: 'too-large' | 'paused'): Promise<number[]> {
    const page = await s.h.visit(server.url(p.path));
    const tab = await tabOf(page);
    expect(tab?.status).toBe(status);
    await new Promise((r) => setTimeout(r, 300)); // tasks still running after the decision would show here
    const measured = await page.evaluate(responsiveness, null);
    expect(tab!.updatedAt - measured.loadedAt, 'ms from load to the decision').toBeLessThan(DECISION_MS);
    await page.close();
    return browser === 'chromium' ? measured.longTasks : measured.gaps;
  }

  it.each([['10 MB of text', hugeText], ['50,000 elements', hugeDom]] as const)('a page with %s is skipped as too large, at once, and stays responsive', async (_name, p) => {
    // Firefox: what the browser itself does after loading this page (GC, paint), measured with capture paused
    // (the content script stops after its first message), is not the extension's.
    let allowed = LONG_TASK_MS;
    const baseline: number[][] = [];
    if (browser === 'firefox') {
      await s.h.putSetting({ key: 'pausedSites', value: [new URL(server.origin).hostname] });
      try {
        for (let i = 0; i < 2; i++) baseline.push(await measure(p, 'paused'));
      } finally {
        await s.h.putSetting({ key: 'pausedSites', value: [] });
      }
      allowed = Math.max(LONG_TASK_MS, ...baseline.flat()) + 25;
    }
    const attempts: number[][] = [];
    for (let attempt = 0; attempt < (browser === 'firefox' ? 3 : 1); attempt++) {
      attempts.push(await measure(p, 'too-large'));
      if (attempts.at(-1)!.every((ms) => ms <= allowed)) break;
    }
    console.info(`${browser} ${p.id}: over 50 ms after load ${JSON.stringify(attempts)}${baseline.length ? `, paused baseline ${JSON.stringify(baseline)}` : ''}`);
    expect(attempts.at(-1)!.filter((ms) => ms > allowed), `main-thread blocks over ${allowed} ms after load`).toEqual([]);
    expect(await storyAt(p.path)).toBeUndefined();
  });

  it('"capture this page" on a huge page answers "too large" without reading it', async () => {
    const page = await s.h.visit(server.url(hugeText.path));
    const tabId = await s.h.tabIdOf(page);
    const popup = await s.h.openPopup(tabId);
    const reply = await popup.evaluate((id) => {
      const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'page/capture', payload: { tabId: id } });
    }, tabId);
    await popup.close();
    expect(reply).toMatchObject({ ok: false, reason: 'too-large' });
    if (browser === 'chromium') expect((await page.evaluate(responsiveness, null)).longTasks, 'long tasks in the page').toEqual([]);
    await page.close();
  });

  it('reads only the top frame: an article framed by a front page or by another article is not captured', async () => {
    const front = await s.h.visit(server.url(framing.front.path));
    const article = await s.h.visit(server.url(framing.article.path));
    expect((await tabOf(front))?.status).toBe('not-article');
    expect(await tabOf(article)).toMatchObject({ status: 'captured', storyUrl: server.url(framing.article.path) });
    // The frames loaded (the server saw them) and had time to be captured, had a script run there.
    await waitFor('the framed article to be requested twice', async () => server.requests.filter((r) => r === framing.framed.path).length >= 2 || undefined);
    await new Promise((r) => setTimeout(r, 3500));
    expect(await storyAt(framing.framed.path)).toBeUndefined();
    expect((await tabOf(article))?.storyUrl, 'the tab still shows the top article').toBe(server.url(framing.article.path));
    await Promise.all([front.close(), article.close()]);
  });

  it('a page that rewrites its DOM and URL fragment non-stop is captured once, not again and again', async () => {
    // Not h.visit: the fragment changes under the page, so the tab's recorded URL may carry any of them.
    const page = await s.openTab(server.url(rewriting.path));
    // The page never idles, so capture waits for the idle callback's timeout; on a loaded machine that takes a while.
    const first = await waitFor('the rewriting page to be captured', () => storyAt(rewriting.path), 40_000);
    expect(first.text).toContain('pumping stations');
    await waitFor('the page to stop rewriting itself', () => page.evaluate(() => (window as unknown as { __settled?: boolean }).__settled, null), 10_000);
    const tabBefore = await tabOf(page);
    expect(tabBefore).toMatchObject({ status: 'captured', storyUrl: server.url(rewriting.path) });
    // Past the URL watcher's settle time (1.5 s) after the last change.
    await new Promise((r) => setTimeout(r, 2000));
    const again = await storyAt(rewriting.path);
    expect(again?.lastSeen, 'captured again').toBe(first.lastSeen);
    expect((await s.h.readStories()).filter((r) => r.url.startsWith(server.url(rewriting.path)))).toHaveLength(1);
    expect((await tabOf(page))?.updatedAt).toBe(tabBefore?.updatedAt);
    const measured = await page.evaluate(responsiveness, null);
    if (browser === 'chromium') expect(measured.longTasks, 'long tasks while the page rewrote itself').toEqual([]);
    await page.close();
  });

  it('two French reports that disagree are one story with no conflict: French claims are not compared', async () => {
    for (const p of [frenchA, frenchB]) await (await s.h.visit(server.url(p.path))).close();
    const [a, b] = [await storyAt(frenchA.path), await storyAt(frenchB.path)];
    expect(a?.lang).toBe('fr');
    expect(b?.lang).toBe('fr');
    expect(b?.groupId, 'matched as copies').toBe(a?.groupId);
    expect(b?.claims.claims).toEqual([]);
    const conflicts = await s.readTable<{ ids: string[] }>('conflicts');
    expect(conflicts.filter((c) => c.ids.includes(a!.url) || c.ids.includes(b!.url))).toEqual([]);
  });
});

// The foundation scenario, run in real Chromium and real Firefox ESR: a reader
// visits news pages (and one that is not news), the extension stores what it
// should, and the popup says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullStoryRecord } from '../../src/storage/db.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { waitFor, type BrowserName, type Harness, type TabPage } from './harness.ts';
import { expectedStory, normalise } from './expectations.ts';
import { allPages, SPA_NEXT, type E2ePage } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';

const pages = allPages();
const articles = pages.filter((p) => p.expected.article);
const notArticles = pages.filter((p) => !p.expected.article);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(pages);
});
afterAll(() => server?.close());

interface Visit {
  page: TabPage;
  tabId: number;
}

const launchers: Record<BrowserName, () => Promise<Harness>> = { chromium: launchChromium, firefox: launchFirefox };

describe.each(Object.keys(launchers) as BrowserName[])('%s', (browser) => {
  let h: Harness;
  const visits = new Map<string, Visit>();
  const failedVisits = new Map<string, unknown>();

  let startedAt = 0;

  beforeAll(async () => {
    startedAt = Date.now();
    h = await launchers[browser]();
    // Visit every page once, in order; a page that fails is reported by its own test.
    for (const p of pages) {
      try {
        const page = await h.visit(server.url(p.path));
        visits.set(p.id, { page, tabId: await h.tabIdOf(page) });
      } catch (error) {
        failedVisits.set(p.id, error);
      }
    }
  });
  afterAll(async () => {
    await h?.close();
    console.info(`${browser}: ${pages.length} pages, ${((Date.now() - startedAt) / 1000).toFixed(1)} s wall time`);
  });

  const visitOf = (p: E2ePage): Visit => {
    const failure = failedVisits.get(p.id);
    if (failure) throw failure;
    const visit = visits.get(p.id);
    if (!visit) throw new Error(`${p.id} was not visited`);
    return visit;
  };
  const storyFor = async (p: E2ePage): Promise<FullStoryRecord> => {
    const want = expectedStory(p, server);
    const found = (await h.readStories()).filter((s) => s.url === want.url);
    expect(found, `stories stored for ${want.url}`).toHaveLength(1);
    return found[0]!;
  };

  it('is granted host access to web pages, so its content script runs', async () => {
    const origins = await h.grantedOrigins();
    expect(origins).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it.each(articles.map((p) => [p.id, p] as const))('stores the article %s: canonical URL, metadata, body and no chrome', async (_id, p) => {
    visitOf(p);
    const want = expectedStory(p, server);
    const story = await storyFor(p);
    const fields = ['url', 'title', 'source', 'byline', 'published', 'lang'] as const;
    const pick = (from: Partial<Record<(typeof fields)[number], unknown>>) =>
      Object.fromEntries(fields.filter((f) => want[f] !== undefined).map((f) => [f, from[f]]));
    expect(pick(story)).toEqual(pick(want));
    const text = normalise(story.text);
    const missing = (want.mustContain ?? []).filter((s) => !text.includes(normalise(s)));
    const leaked = (want.mustNotContain ?? []).filter((s) => text.includes(normalise(s)));
    expect(missing, 'body text missing from the stored story').toEqual([]);
    expect(leaked, 'page chrome stored as story text').toEqual([]);
    const paragraphs = new Set(story.text.split('\n\n'));
    expect((p.notParagraphs ?? []).filter((line) => paragraphs.has(line)), 'meta or chrome lines stored as paragraphs').toEqual([]);
    expect(story.words).toBeGreaterThan(0);
  });

  it.each(notArticles.map((p) => [p.id, p] as const))('stores nothing for %s (not an article), and the popup says so', async (_id, p) => {
    const { tabId } = visitOf(p);
    const url = server.url(p.path);
    expect((await h.readStories()).filter((s) => s.url === url)).toEqual([]);
    const tab = (await h.readTabs()).find((t) => t.tabId === tabId);
    expect(tab?.status).toBe('not-article');
    const popup = await h.openPopup(tabId);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="status"]')?.getAttribute('data-status'), null)).toBe('not-article');
    if (p.kind === 'own') await h.screenshot(popup, 'popup-not-article');
    await popup.close();
  });

  it('stores exactly the article pages, nothing else', async () => {
    const stored = (await h.readStories()).map((s) => s.url).sort();
    expect(stored).toEqual(articles.map((p) => expectedStory(p, server).url).sort());
  });

  it('a revisit updates the stored story, never duplicates it (first-seen kept, last-seen moved)', async () => {
    const p = articles[0];
    if (!p) throw new Error('no article pages to revisit');
    visitOf(p);
    const before = await storyFor(p);
    const count = (await h.readStories()).length;
    await new Promise((r) => setTimeout(r, 20)); // last-seen is in ms: make "later" measurable
    const again = await h.visit(server.url(p.path));
    visits.set(p.id, { page: again, tabId: await h.tabIdOf(again) });
    const after = await storyFor(p);
    expect((await h.readStories()).length).toBe(count);
    expect(after.firstSeen).toBe(before.firstSeen);
    expect(after.lastSeen).toBeGreaterThan(before.lastSeen);
  });

  it('the popup of a captured tab shows the story and the recently saved list', async () => {
    // A fixture article read just now: the newest story, so in the recent list, and one with other sources.
    const p = articles.find((a) => a.kind === 'fixture') ?? articles[0];
    if (!p) throw new Error('no article pages');
    visitOf(p);
    const tabId = await h.tabIdOf(await h.visit(server.url(p.path)));
    const want = expectedStory(p, server);
    const popup = await h.openPopup(tabId);
    const seen = await popup.evaluate(() => ({
      status: document.querySelector('[data-testid="status"]')?.getAttribute('data-status'),
      title: document.querySelector('[data-testid="story-title"]')?.textContent,
      meta: document.querySelector('[data-testid="story-meta"]')?.textContent ?? '',
      recent: [...document.querySelectorAll('[data-testid="recent"] li[data-story-url]')].map((li) => li.getAttribute('data-story-url')),
    }), null);
    await h.screenshot(popup, 'popup-captured');
    expect(seen.status).toBe('captured');
    expect(seen.title).toBe(want.title);
    if (want.source) expect(seen.meta).toContain(want.source);
    expect(seen.recent).toContain(want.url);
    await popup.close();
  });

  it('captures nothing on a paused site, and the popup says paused', async () => {
    const p = articles[0];
    if (!p) throw new Error('no article pages');
    const before = await storyFor(p);
    await h.putSetting({ key: 'pausedSites', value: [new URL(server.origin).hostname] });
    try {
      const page = await h.visit(server.url(p.path));
      const tabId = await h.tabIdOf(page);
      expect((await h.readTabs()).find((t) => t.tabId === tabId)?.status).toBe('paused');
      expect((await storyFor(p)).lastSeen).toBe(before.lastSeen);
      const popup = await h.openPopup(tabId);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="status"]')?.getAttribute('data-status'), null)).toBe('paused');
      await h.screenshot(popup, 'popup-paused');
      await popup.close();
    } finally {
      await h.putSetting({ key: 'pausedSites', value: [] });
    }
  });

  it('captures the next story when a single-page app changes the URL without a page load', async () => {
    const spa = pages.find((p) => p.id === 'e2e-spa')!;
    const { page, tabId } = visitOf(spa);
    const first = await storyFor(spa);
    const nextUrl = server.url(SPA_NEXT.path);
    await page.evaluate(() => (window as unknown as { showNextStory(): void }).showNextStory(), null);
    // The tab record's storyUrl is what the popup shows. (Its url stays the one the
    // page loaded with: both browsers report the pre-pushState URL as the sender's.)
    await waitFor(`tab ${tabId} to show the story at ${nextUrl}`, async () =>
      (await h.readTabs()).some((t) => t.tabId === tabId && t.storyUrl === nextUrl && t.status === 'captured') || undefined);
    const popup = await h.openPopup(tabId);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="story-title"]')?.textContent, null)).toBe(SPA_NEXT.title);
    await popup.close();
    const stories = await h.readStories();
    const next = stories.find((s) => s.url === nextUrl);
    expect(next?.title).toBe(SPA_NEXT.title);
    const text = normalise(next?.text ?? '');
    expect(SPA_NEXT.mustContain.filter((s) => !text.includes(normalise(s)))).toEqual([]);
    expect(SPA_NEXT.mustNotContain.filter((s) => text.includes(normalise(s)))).toEqual([]);
    expect(stories.find((s) => s.url === first.url)?.title, 'the first story is kept').toBe(first.title);
  });
});

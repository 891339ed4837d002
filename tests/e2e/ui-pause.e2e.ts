// Pausing a site from the popup, in real Chromium and Firefox ESR: while the
// site is paused nothing is captured there (the story is not touched, the tab
// says "paused"); resuming from the popup lifts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedStory } from './expectations.ts';
import { waitFor, type BrowserName, type Harness } from './harness.ts';
import { allPages } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';
import { click, launchers, textOf } from './ui-helpers.ts';

const pages = allPages();
const fixtures = pages.filter((p) => p.kind === 'fixture' && p.expected.article);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(pages);
});
afterAll(() => server?.close());

describe.each(Object.keys(launchers) as BrowserName[])('%s: pausing a site', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchers[browser]({ colorScheme: 'light' });
  });
  afterAll(() => h?.close());

  it('pausing a site from the popup: nothing is captured there until it is resumed', async () => {
    const p = fixtures.at(-1);
    if (!p) throw new Error('no fixture articles');
    const want = expectedStory(p, server);
    const first = await h.visit(server.url(p.path));
    const popup = await h.openPopup(await h.tabIdOf(first));
    await click(popup, '[data-testid="pause-site"]');
    await waitFor('the site to be paused', async () => ((await h.readSettings()).pausedSites?.includes('127.0.0.1') ? true : undefined));
    const before = (await h.readStories()).find((s) => s.url === want.url);
    expect(before, 'captured before the pause').toBeDefined();
    const again = await h.visit(server.url(p.path));
    const againId = await h.tabIdOf(again);
    expect((await h.readTabs()).find((t) => t.tabId === againId)?.status).toBe('paused');
    expect((await h.readStories()).find((s) => s.url === want.url)?.lastSeen).toBe(before?.lastSeen);
    await popup.close();
    const paused = await h.openPopup(againId);
    expect(await textOf(paused, '[data-testid="status"]')).toBe('Paused on 127.0.0.1');
    await click(paused, '[data-testid="resume-site"]');
    await waitFor('the site to be resumed', async () => ((await h.readSettings()).pausedSites?.length === 0 ? true : undefined));
    await paused.close();
  });
});

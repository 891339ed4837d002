// Engine I and II in the extension, in real Chromium and Firefox ESR: a reader
// reads two copies of a wire story and an independent rewrite, then three of
// the seed reports; the popup lists the other sources with the right relations,
// the independent-text count and the conflicting claims, and the toolbar badge
// counts the conflicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, Harness, TabPage } from './harness.ts';
import { seedPages } from './labelled-seeds.ts';
import { expectedStory } from './expectations.ts';
import { fixturePages, type E2ePage } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';

const fixtures = new Map(fixturePages().map((p) => [p.id, p]));
const seeds = seedPages();
const seed = (prefix: string): E2ePage | undefined => seeds.find((p) => p.id.startsWith(`seed ${prefix}`));
const page = (id: string): E2ePage => {
  const p = fixtures.get(id);
  if (!p) throw new Error(`fixture page ${id} is missing`);
  return p;
};

interface SourceRow {
  url: string | null;
  relation: string | null;
}

interface PopupView {
  summary: string;
  sources: SourceRow[];
  conflictTypes: string[];
}

function readPopup(): PopupView {
  return {
    summary: document.querySelector('[data-testid="story-summary"]')?.textContent ?? '',
    sources: [...document.querySelectorAll('[data-testid="source"]')].map((li) => ({ url: li.getAttribute('data-url'), relation: li.getAttribute('data-relation') })),
    conflictTypes: [...document.querySelectorAll('[data-testid="conflict"][data-kind="conflict"]')].map((li) => li.getAttribute('data-type') ?? ''),
  };
}

function badgeText(tabId: number): Promise<string> {
  const g = globalThis as unknown as { browser?: { action: { getBadgeText(d: object): Promise<string> } }; chrome?: { action: { getBadgeText(d: object): Promise<string> } } };
  return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([...fixtures.values(), ...seeds]);
});
afterAll(() => server?.close());
/** The URL the extension stores for a page: its canonical URL, moved to the test server when derived from the page's address. */
const canonical = (p: E2ePage): string => expectedStory(p, server).url ?? '';

const launchers: Record<BrowserName, () => Promise<Harness>> = { chromium: launchChromium, firefox: launchFirefox };

describe.each(Object.keys(launchers) as BrowserName[])('%s', (browser) => {
  let h: Harness;
  const tabs = new Map<string, number>();
  const read = async (p: E2ePage): Promise<TabPage> => {
    const tab = await h.visit(server.url(p.path));
    tabs.set(p.id, await h.tabIdOf(tab));
    return tab;
  };
  const popupOf = async (p: E2ePage): Promise<{ view: PopupView; badge: string }> => {
    const tabId = tabs.get(p.id)!;
    const popup = await h.openPopup(tabId);
    const view = await popup.evaluate(readPopup, null);
    const badge = await popup.evaluate(badgeText, tabId);
    await h.screenshot(popup, `story-${p.id.replace(/\W+/g, '-')}`);
    await popup.close();
    return { view, badge };
  };

  beforeAll(async () => {
    h = await launchers[browser]();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists two copies and a rewrite with the right relations', async () => {
    const [herald, metro, rewrite] = [page('wire-herald'), page('wire-metro'), page('rewrite-same-story')];
    for (const p of [herald, metro, rewrite]) await read(p);

    const third = await popupOf(rewrite);
    expect(third.view.summary).toBe('3 sources, 2 independent texts');
    expect(third.view.sources).toEqual(expect.arrayContaining([
      { url: canonical(herald), relation: 'same-story' },
      { url: canonical(metro), relation: 'same-story' },
    ]));
    expect(third.view.sources).toHaveLength(2);
    expect(third.badge).toMatch(/^!?2$/);

    const second = await popupOf(metro);
    expect(second.view.sources).toContainEqual({ url: canonical(herald), relation: 'copy' });
  });

  it.skipIf(seeds.length < 5)('finds the seed reports’ conflicting claims and counts them on the badge', async () => {
    const [afp, rewrite, wireCopy] = [seed('001'), seed('002'), seed('003')] as E2ePage[];
    for (const p of [afp!, rewrite!, wireCopy!]) await read(p);

    const { view, badge } = await popupOf(wireCopy!);
    expect(view.summary).toBe('3 sources, 2 independent texts');
    expect(view.sources).toContainEqual({ url: canonical(afp!), relation: 'copy' });
    expect(view.sources).toContainEqual({ url: canonical(rewrite!), relation: 'same-story' });
    // Crimea "annexed in 2020" here against "in 2014" in the rewrite, and the talks' weekday.
    expect(view.conflictTypes).toEqual(expect.arrayContaining(['year', 'weekday']));
    expect(badge).toBe(`!${view.conflictTypes.length}`);
  });
});

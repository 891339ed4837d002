// The reader's interface, in real Chromium and real Firefox ESR, as one user
// journey: read the fixture pages and the five seeds, use the popup (sources,
// independent texts, conflicts, dismiss, show in page, manual capture),
// then the manage page (live updates, search, delete, export, clear, import).
// Accessibility (axe-core, keyboard) and screenshots ride along; dark mode: ui-dark.e2e.ts;
// pausing a site: ui-pause.e2e.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserName, type Harness, type TabPage } from './harness.ts';
import { expectedStory } from './expectations.ts';
import { allPages, type E2ePage } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';
import { attr, axeViolations, badgeOf, captureExports, chooseFile, click, count, highlightedText, lastExport, launchers, noHighlight, normalise, tabOrder, textOf, until } from './ui-helpers.ts';

const pages = allPages();
const seeds = pages.filter((p) => p.kind === 'seed');
const fixtures = pages.filter((p) => p.kind === 'fixture' && p.expected.article);
const notArticle = pages.find((p) => !p.expected.article && p.kind === 'own');

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(pages);
});
afterAll(() => server?.close());

describe.each(Object.keys(launchers) as BrowserName[])('%s: the reader’s interface', (browser) => {
  let h: Harness;
  const tabs = new Map<string, { page: TabPage; tabId: number }>();
  const tabOf = (p: E2ePage) => {
    const t = tabs.get(p.id);
    if (!t) throw new Error(`${p.id} was not visited`);
    return t;
  };
  const visit = async (p: E2ePage) => {
    const page = await h.visit(server.url(p.path));
    const entry = { page, tabId: await h.tabIdOf(page) };
    tabs.set(p.id, entry);
    return entry;
  };
  const started = Date.now();
  let manage: TabPage;

  beforeAll(async () => {
    h = await launchers[browser]({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await h?.close();
    console.log(`${browser} reader's interface journey: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('first run: the popup explains what Crosscheck will do, with no violations', async () => {
    const popup = await h.openPopup(999_999);
    expect(await attr(popup, '[data-testid="tab"]', 'data-state')).toBe('welcome');
    expect(await count(popup, '.features li')).toBe(3);
    await h.screenshot(popup, 'ui-popup-empty-light');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('reads the fixture pages; the manage page, left open, shows each new story live', async () => {
    for (const p of fixtures) await visit(p);
    manage = await h.openExtensionPage('manage/index.html');
    const before = await count(manage, '[data-testid="story"]');
    expect(before).toBeGreaterThan(0);
    for (const p of seeds) await visit(p);
    if (notArticle) await visit(notArticle);
    // No reload: Dexie's liveQuery hears the background's writes.
    const after = await until(manage, 'the manage page to show the seed story', (n) => {
      const now = document.querySelectorAll('[data-testid="story"]').length;
      return now > n ? now : undefined;
    }, before);
    expect(after).toBe(before + 1);
  });

  it('the popup shows the story’s sources, its independent texts and the conflicts, and the badge counts them', async () => {
    const last = seeds.at(-1);
    if (!last) return; // seeds absent: nothing to compare
    const { tabId } = tabOf(last);
    const popup = await h.openPopup(tabId);
    expect(await attr(popup, '[data-testid="status"]', 'data-status')).toBe('captured');
    const summary = await textOf(popup, '[data-testid="story-summary"]');
    const [, n, m] = /^(\d+) sources, (\d+) independent texts?$/.exec(summary ?? '') ?? [];
    expect(Number(n), summary ?? '').toBe(seeds.length);
    expect(Number(m)).toBeLessThan(seeds.length); // two seeds are one agency text
    expect(await count(popup, '[data-testid="source"]')).toBe(seeds.length - 1);
    expect(await count(popup, '[data-testid="copies"], .copies [data-testid="source"]')).toBeGreaterThan(0);
    const conflicts = await count(popup, '[data-testid="conflict"][data-kind="conflict"]');
    expect(conflicts).toBeGreaterThan(0);
    const shown = Number(await attr(popup, '[data-testid="conflict-count"]', 'data-count'));
    expect(shown).toBe(conflicts);
    expect(await popup.evaluate(badgeOf, tabId)).toEqual({ text: `!${shown}`, title: expect.stringMatching(/^Crosscheck: \d+ conflicting claims? · 4 other sources$/) });
    // Each side of a flag names its outlet, and the differing words or values are marked.
    expect(await count(popup, '[data-testid="conflict"] .side-head .outlet')).toBe(2 * conflicts);
    expect(await count(popup, '[data-testid="conflict"] mark')).toBeGreaterThan(0);
    await h.screenshot(popup, 'ui-popup-light');
    await popup.close();
  });

  it('a copy is filed under the text it copies, with the share reused', async () => {
    const copyTab = seeds.map(tabOf).find(Boolean);
    if (!copyTab) return;
    for (const p of seeds) {
      const popup = await h.openPopup(tabOf(p).tabId);
      const copies = await count(popup, '.copies [data-testid="reused"]');
      const copyRelation = await count(popup, '[data-testid="source"][data-relation="copy"]');
      await popup.close();
      if (copyRelation) {
        expect(copies).toBe(1);
        return;
      }
    }
    throw new Error('no seed popup lists a copy of its own text');
  });

  it('“Not a conflict” is remembered: gone from the count and the badge, still dismissed after reopening', async () => {
    const last = seeds.at(-1);
    if (!last) return;
    const { tabId } = tabOf(last);
    let popup = await h.openPopup(tabId);
    const before = Number(await attr(popup, '[data-testid="conflict-count"]', 'data-count'));
    await click(popup, '[data-testid="conflict"] [data-testid="conflict-dismiss"]');
    await until(popup, 'the dismissal to re-render the popup', (n) => Number(document.querySelector('[data-testid="conflict-count"]')?.getAttribute('data-count')) === n - 1, before);
    await waitFor('the badge to drop the dismissed conflict', async () => {
      const { text } = await popup.evaluate(badgeOf, tabId);
      return text === (before - 1 ? `!${before - 1}` : String(seeds.length - 1)) ? true : undefined;
    });
    await popup.close();
    popup = await h.openPopup(tabId);
    expect(Number(await attr(popup, '[data-testid="conflict-count"]', 'data-count'))).toBe(before - 1);
    await click(popup, '[data-testid="toggle-dismissed"]');
    await until(popup, 'the dismissed list', () => document.querySelectorAll('[data-testid="dismissed-list"] [data-dismissed="true"]').length === 1, null);
    expect(await attr(popup, '[data-testid="dismissed-list"] [data-testid="conflict-dismiss"]', 'aria-pressed')).toBe('true');
    await popup.close();
  });

  it('“Show in page” scrolls to and highlights the sentence, and Escape removes it cleanly', async () => {
    const last = seeds.at(-1);
    if (!last) return;
    const { page, tabId } = tabOf(last);
    const popup = await h.openPopup(tabId);
    const sentence = await popup.evaluate(() => {
      const side = [...document.querySelectorAll('[data-testid="conflict"] .side')].find((s) => s.querySelector('[data-testid="show-in-page"]'));
      return side?.querySelector('.side-text')?.textContent ?? null;
    }, null);
    expect(sentence).toBeTruthy();
    const domBefore = await page.evaluate(() => document.body.innerHTML, null);
    await page.evaluate(() => window.scrollTo(0, 0), null);
    // A real popup floats over the page it acts on: keep that page the visible tab (background tabs do not animate scrolling).
    await page.activate();
    await click(popup, '[data-testid="conflict"] [data-testid="show-in-page"]');
    const lit = await until(page, 'the sentence to be highlighted', highlightedText, null);
    expect(normalise(lit)).toBe(normalise(sentence));
    // Scrolled so the sentence is on screen (smoothly: poll until it settles there).
    await until(page, 'the sentence to be scrolled into view', () => {
      const el = document.querySelector('mark[data-crosscheck-highlight]') ?? [...(globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('crosscheck') ?? []][0];
      const box = el?.getBoundingClientRect();
      return box !== undefined && window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, null);
    await page.press('Escape');
    await until(page, 'the highlight to go', noHighlight, null);
    expect(await page.evaluate(() => document.body.innerHTML, null)).toBe(domBefore);
    await popup.close();
  });

  it('capture this page manually: with automatic capture off, the popup offers it and it works', async () => {
    await click(manage, '[data-testid="auto-capture"]');
    await waitFor('automatic capture to be off', async () => ((await h.readSettings()).autoCapture === false ? true : undefined));
    const p = fixtures[0];
    if (!p) throw new Error('no fixture articles');
    const want = expectedStory(p, server);
    const before = (await h.readStories()).find((s) => s.url === want.url);
    const { tabId } = await visit(p);
    const popup = await h.openPopup(tabId);
    expect(await attr(popup, '[data-testid="tab"]', 'data-state')).toBe('paused');
    await click(popup, '[data-testid="tab"] [data-testid="capture"]');
    await until(popup, 'the manual capture to show the story', () => document.querySelector('[data-testid="status"]')?.getAttribute('data-status') === 'captured', null);
    const after = (await h.readStories()).find((s) => s.url === want.url);
    expect(after?.lastSeen).toBeGreaterThan(before?.lastSeen ?? 0);
    await popup.close();
    await click(manage, '[data-testid="auto-capture"]');
    await waitFor('automatic capture to be on again', async () => ((await h.readSettings()).autoCapture === true ? true : undefined));
  });

  it('the manage page: search, filter, a story’s articles and conflicts, and no accessibility violations', async () => {
    const total = await count(manage, '[data-testid="story"]');
    await manage.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="search"]');
      if (!input) throw new Error('no search box');
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'Medinsky');
    if (seeds.length) {
      await until(manage, 'the search to narrow the list', () => document.querySelectorAll('[data-testid="story"]').length === 1, null);
      expect(await count(manage, '[data-testid="story"] [data-testid="article"]')).toBe(seeds.length);
      expect(await count(manage, '[data-testid="story"] [data-testid="conflict"]')).toBeGreaterThan(0);
      expect(await count(manage, '[data-testid="conflict"][data-dismissed="true"]')).toBe(1);
    }
    await manage.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="search"]');
      if (input) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      (document.activeElement as HTMLElement | null)?.blur();
    }, null);
    await until(manage, 'the full list again', (n) => document.querySelectorAll('[data-testid="story"]').length === n, total);
    const source = 'The Northern Herald';
    await manage.evaluate((s) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="source-filter"]');
      if (!select) throw new Error('no source filter');
      select.value = s;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, source);
    const filtered = await until(manage, 'the source filter', (n) => {
      const k = document.querySelectorAll('[data-testid="story"]').length;
      return k > 0 && k < n ? k : undefined;
    }, total);
    expect(filtered).toBeLessThan(total);
    await manage.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="source-filter"]');
      if (select) {
        select.value = '';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, null);
    await until(manage, 'the full list again', (n) => document.querySelectorAll('[data-testid="story"]').length === n, total);
    // Open the seed story (the one with conflicts) for the screenshot and the audit.
    await manage.evaluate(() => {
      const story = [...document.querySelectorAll('[data-testid="story"]')].find((s) => s.querySelector('.has-conflicts'));
      story?.querySelector<HTMLElement>('[data-testid="story-toggle"]')?.click();
      (document.activeElement as HTMLElement | null)?.blur();
    }, null);
    await h.screenshot(manage, 'ui-manage-light');
    expect(await axeViolations(manage)).toEqual([]);
  });

  it('export, delete, clear (confirmed), import: everything comes back exactly; a bad file changes nothing', async () => {
    const snapshot = (await h.readStories()).map(({ url, title, text, source, published, firstSeen, lastSeen, groupId }) => ({ url, title, text, source, published, firstSeen, lastSeen, groupId }))
      .sort((x, y) => x.url.localeCompare(y.url));
    await manage.evaluate(captureExports, null);
    await click(manage, '[data-testid="export"]');
    const exported = await waitFor('the export file', () => lastExport(manage));
    const file = JSON.parse(exported) as { format: string; articles: unknown[] };
    expect(file.format).toBe('crosscheck-export');
    expect(file.articles).toHaveLength(snapshot.length);

    // Delete one article from its story, then everything (after confirming).
    await manage.evaluate(() => document.querySelector<HTMLElement>('[data-testid="story"]:not(.is-open) [data-testid="story-toggle"]')?.click(), null);
    await until(manage, 'a story to open', () => document.querySelector('[data-testid="delete-article"]') !== null, null);
    await click(manage, '[data-testid="delete-article"]');
    await waitFor('the article to be deleted', async () => ((await h.readStories()).length === snapshot.length - 1 ? true : undefined));
    await click(manage, '[data-testid="clear-all"]');
    await until(manage, 'the confirmation dialog', () => document.querySelector<HTMLDialogElement>('[data-testid="confirm"]')?.open === true, null);
    expect(await textOf(manage, '#confirm-title')).toBe('Delete everything?');
    await click(manage, '[data-testid="confirm-ok"]');
    await waitFor('the store to be empty', async () => ((await h.readStories()).length === 0 ? true : undefined));
    await until(manage, 'the empty library', () => document.querySelector('[data-testid="library-empty"]') !== null, null);

    // A truncated file is refused, with a reason, and nothing changes.
    await manage.evaluate(chooseFile, ['broken.json', exported.slice(0, exported.length / 2)] as [string, string]);
    const refusal = await until(manage, 'the import error', () => document.querySelector('[data-testid="import-result"].is-error')?.textContent || undefined, null);
    expect(refusal).toMatch(/not valid JSON.*Nothing was changed\./);
    expect(await h.readStories()).toEqual([]);

    await manage.evaluate(chooseFile, ['crosscheck-export.json', exported] as [string, string]);
    const done = await until(manage, 'the import result', () => {
      const el = document.querySelector('[data-testid="import-result"]');
      return el && !el.classList.contains('is-error') && /Imported/.test(el.textContent ?? '') ? el.textContent : undefined;
    }, null);
    expect(done).toBe(`Imported ${snapshot.length} new articles (0 were already here).`);
    const restored = (await h.readStories()).map(({ url, title, text, source, published, firstSeen, lastSeen, groupId }) => ({ url, title, text, source, published, firstSeen, lastSeen, groupId }))
      .sort((x, y) => x.url.localeCompare(y.url));
    expect(restored).toEqual(snapshot);
    // Importing the same file again duplicates nothing.
    await manage.evaluate(chooseFile, ['crosscheck-export.json', exported] as [string, string]);
    await until(manage, 'the second import', () => /\(\d+ were already here\)/.test(document.querySelector('[data-testid="import-result"]')?.textContent ?? '') && !/Imported [1-9]/.test(document.querySelector('[data-testid="import-result"]')?.textContent ?? ''), null);
    expect((await h.readStories()).length).toBe(snapshot.length);
  });

  it('the dismissal survived export and import', async () => {
    const last = seeds.at(-1);
    if (!last) return;
    const { tabId } = await visit(last); // the tab records went with "clear everything"
    const popup = await h.openPopup(tabId);
    expect(await count(popup, '[data-testid="toggle-dismissed"]')).toBe(1);
    await popup.close();
  });

  it('keyboard: every control in the popup is reachable with Tab, named, and shows a focus ring', async () => {
    const last = seeds.at(-1) ?? fixtures[0];
    if (!last) return;
    const popup = await h.openPopup(tabOf(last).tabId);
    const order = await tabOrder(popup, 40);
    const ids = new Set(order.map((o) => o.id));
    for (const id of ['open-manager', 'show-in-page', 'conflict-dismiss', 'source-open', 'pause-site', 'forget']) expect(ids, `Tab never reaches ${id}`).toContain(id);
    expect(order.filter((o) => o.id !== 'body' && (!o.ring || !o.named))).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

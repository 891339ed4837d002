// The popup and the manage page in dark colours, in real Chromium and Firefox
// ESR: screenshots and no accessibility violations (axe-core).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, Harness, TabPage } from './harness.ts';
import { allPages } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';
import { axeViolations, launchers } from './ui-helpers.ts';

const pages = allPages();
const seeds = pages.filter((p) => p.kind === 'seed');
const fixtures = pages.filter((p) => p.kind === 'fixture' && p.expected.article);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(pages);
});
afterAll(() => server?.close());

describe.each(Object.keys(launchers) as BrowserName[])('%s: dark mode', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchers[browser]({ colorScheme: 'dark' });
  });
  afterAll(() => h?.close());

  it('renders the popup and the manage page in dark colours, without violations', async () => {
    const empty = await h.openPopup(999_999);
    expect(await empty.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
    await h.screenshot(empty, 'ui-popup-empty-dark');
    await empty.close();
    let last: TabPage | undefined;
    for (const p of seeds.length ? seeds : fixtures) last = await h.visit(server.url(p.path));
    if (!last) return;
    const popup = await h.openPopup(await h.tabIdOf(last));
    await h.screenshot(popup, 'ui-popup-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    const manage = await h.openExtensionPage('manage/index.html');
    await manage.evaluate(() => {
      document.querySelector<HTMLElement>('[data-testid="story-toggle"]')?.click();
      (document.activeElement as HTMLElement | null)?.blur();
    }, null);
    await h.screenshot(manage, 'ui-manage-dark');
    expect(await axeViolations(manage)).toEqual([]);
  });
});

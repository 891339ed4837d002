// The security and reliability scenario in Debian Chromium (playwright-core):
// requests from CDP and Playwright's events, a private window, a content
// script's own messages over CDP, and stopping the service worker.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium.ts';
import { createHarness, ROOT, waitFor, type Driver, type TabPage } from './harness.ts';
import { raw, readTableInPage, wrapPage, type NetRequest, type Scenario } from './security-shared.ts';

// Overridable to run a scenario against another build (a deliberately broken one, to see a test fail).
const CHROMIUM_DIST = process.env.CROSSCHECK_CHROMIUM_DIST ?? join(ROOT, 'dist/chrome');

/** An unpacked extension's id: the first 32 hex digits of SHA-256 of its path, as letters a-p. */
const unpackedId = (path: string): string =>
  [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

export async function chromiumScenario(): Promise<Scenario> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-security-'));
  // "Allow in incognito", as the reader would tick it on chrome://extensions: written before the first start.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings: { [unpackedId(CHROMIUM_DIST)]: { incognito: true } } } }));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1024, height: 800 },
    args: [
      `--disable-extensions-except=${CHROMIUM_DIST}`, `--load-extension=${CHROMIUM_DIST}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const cleanup = async (): Promise<void> => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionOrigin = `chrome-extension://${worker.url().split('/')[2]}/`;
    let log: NetRequest[] = [];
    // Service worker requests are reported here too (Playwright attaches to every worker, also after a restart).
    context.on('request', (r) => {
      const sw = r.serviceWorker();
      let from: NetRequest['from'] = 'page';
      if (sw) from = sw.url().startsWith(extensionOrigin) ? 'background' : 'page';
      else if (r.frame().url().startsWith(extensionOrigin) || (r.isNavigationRequest() && r.url().startsWith(extensionOrigin))) from = 'extension-page';
      log.push({ url: r.url(), from, kind: r.resourceType() });
    });
    const open = async (url: string): Promise<TabPage> => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page, true);
    };
    const driver: Driver = { name: 'chromium', extensionOrigin, openPage: open, openExtensionPage: (path) => open(extensionOrigin + path), close: cleanup };
    const h = await createHarness(driver);
    const helper = await context.newPage();
    await helper.goto(`${extensionOrigin}popup/index.html?tab=-1`);
    const cdp = await context.newCDPSession(helper);
    return {
      name: 'chromium', h, extensionOrigin,
      requests: () => [...log],
      clearRequests: () => void (log = []),
      readTable: async <T>(table: string) => (await helper.evaluate(readTableInPage, table)) as T[],
      openTab: open,
      async backgroundFetch(url) {
        const sw = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
        if (!sw) throw new Error('no extension service worker running');
        await sw.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
      },
      async openPrivate(url) {
        await helper.evaluate(async (u) => {
          const api = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome;
          await api.windows.create({ incognito: true, url: u });
        }, url);
        const page = await waitFor(`an incognito tab at ${url}`, async () => context.pages().find((p) => p.url() === url));
        await page.waitForLoadState('load');
        return wrapPage(page, true);
      },
      async sendFromContentScript(tab, message) {
        const page = raw.get(tab) as Page;
        const session = await context.newCDPSession(page);
        const worlds: { id: number; origin: string }[] = [];
        session.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push({ id: c.id, origin: c.origin }));
        await session.send('Runtime.enable');
        const world = await waitFor('the content script’s isolated world', async () => worlds.find((w) => `${w.origin}/` === extensionOrigin));
        const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
          contextId: world.id, awaitPromise: true, returnByValue: true,
          expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        });
        await session.detach();
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value as unknown;
      },
      async stopServiceWorker() {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      },
      close: () => h.close(),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

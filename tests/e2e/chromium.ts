// Debian's Chromium (unbranded, so it honours --load-extension) driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createHarness, ROOT, type Driver, type Harness, type LaunchOptions, type TabPage } from './harness.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = join(ROOT, 'dist/chrome');

function wrap(page: Page): TabPage {
  return {
    url: () => page.url(),
    // Playwright types the argument as Unboxed<A> (it unwraps handles); ours are plain values.
    evaluate: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg),
    activate: () => page.bringToFront(),
    screenshot: async (path, clip) => {
      // fullPage: a clip below the fold (a long popup or manage page) is captured, not cut at the viewport.
      await page.screenshot({ path, clip, fullPage: true });
    },
    evaluateScript: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Harness> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1024, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      // Playwright passes --disable-extensions itself; only this pair overrides it.
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox', // root in CI containers
      '--disable-gpu',
      '--disable-dev-shm-usage', // containers often give /dev/shm only 64 MB
      // The CI network is closed: without these Chromium keeps dialling Google hosts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // chrome-extension://ID/service-worker-loader.js (Node's URL gives such origins as "null").
    const extensionOrigin = `chrome-extension://${worker.url().split('/')[2]}/`;
    const driver: Driver = {
      name: 'chromium',
      extensionOrigin,
      async openPage(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrap(page);
      },
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(extensionOrigin + path, { waitUntil: 'load' });
        return wrap(page);
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
    return await createHarness(driver);
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

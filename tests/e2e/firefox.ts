// Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver: Debian
// ships none, and the npm one downloads a binary at run time).
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest.config.ts';
import { createHarness, ROOT, waitFor, type Driver, type Harness, type LaunchOptions, type TabPage } from './harness.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = join(ROOT, 'dist/firefox');
// Firefox picks a random moz-extension:// host per profile; pinning it gives the
// tests a known extension origin before the add-on is even installed.
const EXTENSION_UUID = '3f6c1a52-8e0b-4d57-9c1e-5a2b7d9e0c11';

function wrap(page: Page): TabPage {
  return {
    url: () => page.url(),
    // Puppeteer types arguments as possible element handles; ours are plain values.
    evaluate: async <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as T,
    activate: () => page.bringToFront(),
    screenshot: async (path, clip) => {
      await page.screenshot({ path, clip });
    },
    evaluateScript: (source) => page.evaluate(source),
    press: (key) => pressKey(page, key),
    close: () => page.close(),
  };
}

/** "Shift+Tab" as puppeteer presses it: modifiers held down around the key. */
async function pressKey(page: Page, combo: string): Promise<void> {
  const keys = combo.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop();
  if (!key) return;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Harness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // MV3 host permissions (our content script's http/https matches) are optional
      // in Firefox; with this pref (Firefox's default since 127) they are granted at
      // install, as a user accepting the install prompt would. Set explicitly so a
      // changed default shows up as a failing permissions test, not silent no-capture.
      'extensions.originControls.grantByDefault': true,
      // No CDP media emulation over BiDi: the colour scheme comes from prefs (0 = dark, 1 = light).
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    },
  });
  try {
    await browser.installExtension(DIST); // a temporary add-on, as about:debugging would load it
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}/`;
    const driver: Driver = {
      name: 'firefox',
      extensionOrigin,
      async openPage(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrap(page);
      },
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = extensionOrigin + path;
        // goto() to a moz-extension:// page never resolves over BiDi: start it, then poll.
        page.goto(url).catch(() => undefined);
        await waitFor(`firefox to load ${url}`, () =>
          page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined), null)
            .then((href) => (href === url ? true : undefined)));
        return wrap(page);
      },
      close: () => browser.close(),
    };
    return await createHarness(driver);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

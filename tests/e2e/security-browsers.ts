// Browsers launched for the security and reliability scenarios: the same
// extension, profile settings and harness as chromium.ts/firefox.ts, plus what
// those scenarios need to observe and provoke:
//  - every network request, with who made it (a web page, an extension page,
//    the extension's background), so "the extension makes none" can fail;
//  - private windows the extension is allowed in (as a reader who ticks "run in
//    private windows" would), so the background's refusal is what is tested;
//  - a content script's own messages (Chromium: its isolated world over CDP),
//    and stopping the service worker (Chromium: CDP ServiceWorker domain).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser, type Page as PPage } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest.config.ts';
import { CHROMIUM } from './chromium.ts';
import { FIREFOX } from './firefox.ts';
import { createHarness, ROOT, waitFor, type BrowserName, type Driver, type Harness, type TabPage } from './harness.ts';

/** One request the browser made, and who made it. */
export interface NetRequest {
  url: string;
  /** 'page': a web page (or a content script in it); 'extension-page': popup, manage page; 'background': service worker or background page; 'unseen': only the proxy saw it. */
  from: 'page' | 'extension-page' | 'background' | 'unseen';
  /** document, script, image, fetch, xmlhttprequest…, as the browser names it. */
  kind: string;
}

export interface Scenario {
  readonly name: BrowserName;
  readonly h: Harness;
  readonly extensionOrigin: string;
  /** Every request recorded since launch (or since the last clear). */
  requests(): NetRequest[];
  clearRequests(): void;
  /** Control: makes the extension's background fetch a URL, to show the monitor sees such a request. */
  backgroundFetch(url: string): Promise<void>;
  /** Opens a URL in a new private (incognito) window the extension is allowed in; resolves once loaded. */
  openPrivate(url: string): Promise<TabPage>;
  /** A new tab at a web URL, resolved once loaded, without waiting for the extension (to open many at once). */
  openTab(url: string): Promise<TabPage>;
  /** Every row of one table of the extension's database, read with plain IndexedDB in an extension page. */
  readTable<T = Record<string, unknown>>(table: string): Promise<T[]>;
  /** Chromium: sends a runtime message from the extension's content script in a page (its isolated world). */
  sendFromContentScript?(page: TabPage, message: unknown): Promise<unknown>;
  /** Chromium: stops the extension's service worker, as the browser does when it is idle or out of memory. */
  stopServiceWorker?(): Promise<void>;
  close(): Promise<void>;
}

// Overridable to run a scenario against another build (a deliberately broken one, to see a test fail).
const CHROMIUM_DIST = process.env.CROSSCHECK_CHROMIUM_DIST ?? join(ROOT, 'dist/chrome');
const FIREFOX_DIST = join(ROOT, 'dist/firefox');
const EXTENSION_UUID = '3f6c1a52-8e0b-4d57-9c1e-5a2b7d9e0c11';

// ---------- shared ----------

const raw = new WeakMap<TabPage, Page | PPage>();

function wrapPage(page: Page | PPage, isPlaywright: boolean): TabPage {
  const p = page as Page & PPage;
  const tab = {
    url: () => p.url(),
    evaluate: async <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => (await p.evaluate(fn as (arg: unknown) => unknown, arg)) as T,
    activate: () => p.bringToFront(),
    screenshot: async (path: string, clip: { x: number; y: number; width: number; height: number }) => {
      await p.screenshot({ path, clip });
    },
    evaluateScript: (source: string) => p.evaluate(source),
    press: (key: string) => (isPlaywright ? (page as Page).keyboard.press(key) : (page as PPage).keyboard.press(key as Parameters<PPage['keyboard']['press']>[0])),
    close: () => p.close(),
  };
  raw.set(tab, page);
  return tab;
}

/** Runs in an extension page: one table's rows, never creating the database (that is the extension's job). */
function readTableInPage(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    let absent = false;
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onerror = () => (absent ? resolve([]) : reject(new Error(String(open.error))));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onerror = () => reject(new Error(String(request.error)));
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
    };
  });
}

// ---------- Chromium ----------

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

// ---------- Firefox ----------

interface Proxy {
  port: number;
  seen: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy every Firefox request goes through (loopback included): it
 * forwards to the test server and records everything, so a request that no
 * tab made (the background page's) is still seen. Anything not for the test
 * server is refused, never sent on.
 */
async function startProxy(allowedOrigin: () => string): Promise<Proxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    if (!url.startsWith(allowedOrigin())) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

interface BidiEvent {
  context?: string | null;
  request: { url: string; destination?: string; initiatorType?: string | null };
}

/** Firefox: `allowedOrigin` is the test server's origin, the one host the proxy forwards to. */
export async function firefoxScenario(allowedOrigin: () => string): Promise<Scenario> {
  const proxy = await startProxy(allowedOrigin);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Firefox only honours a changed Remote Settings server with this set; without it, it polls Mozilla's.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const cleanup = async (): Promise<void> => {
    await browser.close();
    await proxy.close();
  };
  try {
    const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }>; on(event: string, fn: (e: never) => void): void } }).connection;
    // Before the install: the add-on may run in private windows (about:addons "Run in Private Windows").
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeContext = (tree.result.contexts as { context: string }[])[0]!.context;
    await connection.send('script.evaluate', {
      target: { context: chromeContext }, awaitPromise: true,
      expression: `ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs').ExtensionPermissions.add(${JSON.stringify(GECKO_ID)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] })`,
    });
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}/`;
    const contextUrl = new Map<string, string>();
    const bidi: { url: string; context: string; kind: string }[] = [];
    connection.on('browsingContext.navigationStarted', (e: { context: string; url: string }) => void contextUrl.set(e.context, e.url));
    connection.on('browsingContext.load', (e: { context: string; url: string }) => void contextUrl.set(e.context, e.url));
    connection.on('network.beforeRequestSent', (e: BidiEvent) => {
      bidi.push({ url: e.request.url, context: e.context ?? '', kind: e.request.initiatorType ?? e.request.destination ?? '' });
    });
    await browser.installExtension(FIREFOX_DIST);
    const driver: Driver = {
      name: 'firefox',
      extensionOrigin,
      async openPage(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrapPage(page, false);
      },
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = extensionOrigin + path;
        page.goto(url).catch(() => undefined); // never resolves for moz-extension:// over BiDi
        await waitFor(`firefox to load ${url}`, () =>
          page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined), null).then((href) => (href === url ? true : undefined)));
        return wrapPage(page, false);
      },
      close: cleanup,
    };
    const h = await createHarness(driver);
    const helper = await driver.openExtensionPage('popup/index.html?tab=-1');
    let proxyMark = 0;
    let bidiMark = 0;
    return {
      name: 'firefox', h, extensionOrigin,
      requests() {
        const fromContext = (context: string): NetRequest['from'] => ((contextUrl.get(context) ?? '').startsWith(extensionOrigin) ? 'extension-page' : 'page');
        const seenInTabs = bidi.slice(bidiMark).map((b) => ({ url: b.url, from: fromContext(b.context), kind: b.kind }));
        // What went over the network but no tab asked for: the background page's requests.
        const tabUrls = new Set(bidi.map((b) => b.url));
        const unseen = proxy.seen.slice(proxyMark).filter((url) => !tabUrls.has(url)).map((url) => ({ url, from: 'unseen' as const, kind: 'network' }));
        return [...seenInTabs, ...unseen];
      },
      clearRequests() {
        proxyMark = proxy.seen.length;
        bidiMark = bidi.length;
      },
      readTable: async <T>(table: string) => (await helper.evaluate(readTableInPage, table)) as T[],
      openTab: (url) => driver.openPage(url),
      async backgroundFetch(url) {
        await helper.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> } } }).browser;
          await (await api.runtime.getBackgroundPage()).fetch(u).catch(() => undefined);
        }, url);
      },
      async openPrivate(url) {
        const before = new Set(await browser.pages());
        await helper.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: { windows: { create(o: object): Promise<unknown> } } }).browser;
          await api.windows.create({ incognito: true, url: u });
        }, url);
        const page = await waitFor(`a private window at ${url}`, async () => (await browser.pages()).find((p) => !before.has(p) && p.url() === url));
        await waitFor(`${url} to load`, () => page.evaluate(() => (document.readyState === 'complete' ? true : undefined)));
        return wrapPage(page, false);
      },
      close: () => h.close(),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

export const scenarios: Record<BrowserName, (allowedOrigin: () => string) => Promise<Scenario>> = {
  chromium: () => chromiumScenario(),
  firefox: firefoxScenario,
};

// The security and reliability scenario in Firefox ESR (puppeteer-core over
// WebDriver BiDi): requests from BiDi events and a recording proxy every
// request goes through, and a private window.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest.config.ts';
import { FIREFOX } from './firefox.ts';
import { createHarness, ROOT, waitFor, type Driver } from './harness.ts';
import { readTableInPage, wrapPage, type NetRequest, type Scenario } from './security-shared.ts';

const FIREFOX_DIST = join(ROOT, 'dist/firefox');
const EXTENSION_UUID = '3f6c1a52-8e0b-4d57-9c1e-5a2b7d9e0c11';

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

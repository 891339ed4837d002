// Privacy and security, in real Chromium and real Firefox ESR. A reader reads
// news pages (among them two reports whose every field carries script
// payloads), a page that tries to reach the extension, and an article in a
// private window; then uses the popup and the manage page. Meanwhile every
// network request is recorded with who made it:
//  - Chromium: Playwright's request events, which include the extension's
//    service worker and its pages, attributed by frame and worker;
//  - Firefox: WebDriver BiDi request events (tabs, including extension pages)
//    plus a proxy every request of the browser goes through, so a request no
//    tab made (the background page's) is seen too.
// The extension must make none: requests from its pages or background, to any
// host, or from a page to anywhere but the test server, fail. A control at the
// end makes the background fetch a URL and checks the monitor catches it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullStoryRecord } from '../../src/storage/db.ts';
import { waitFor, type BrowserName, type TabPage } from './harness.ts';
import { fixturePages, notArticlePage } from './pages.ts';
import { HOSTILE_BYLINE, HOSTILE_SITE, HOSTILE_TITLE, hostileArticleHtml, PAYLOADS } from './pages/hostile-article.ts';
import { plainArticlePage } from './pages/hostile-pages.ts';
import { scenarios, type NetRequest, type Scenario } from './security-browsers.ts';
import { startServer, type FixtureServer } from './server.ts';

const hostileA = { id: 'hostile-a', path: '/e2e-hostile-a/', html: hostileArticleHtml('a') };
const hostileB = { id: 'hostile-b', path: '/e2e-hostile-b/', html: hostileArticleHtml('b') };
const privateArticle = plainArticlePage('private-article', 'Reservoir levels fall again, water board says');
// A few real fixture articles and a non-article (capture.e2e.ts reads them all), and the hostile reports.
const reading = [...fixturePages().filter((p) => p.expected.article).slice(0, 3), notArticlePage(), hostileA, hostileB];

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([...reading, privateArticle]);
});
afterAll(() => server?.close());

/** Requests the extension is not allowed to make, or that leave the test server. */
function violations(requests: NetRequest[], extensionOrigin: string, serverOrigin: string): NetRequest[] {
  return requests.filter((r) => {
    // Extension files (its own, or a page probing for them: Chromium reports those as chrome-extension://invalid/) never touch the network.
    if (r.url.startsWith(extensionOrigin) || /^(?:data|blob|about|chrome-extension|moz-extension):/u.test(r.url)) return false;
    if (r.from !== 'page') return true; // the background, an extension page, or a request no tab made
    if (!r.url.startsWith(`${serverOrigin}/`)) return true; // a page talking to another host
    // The test pages themselves never fetch: a fetch from a page is a content script's.
    return /^(?:fetch|xhr|xmlhttprequest|websocket|eventsource|beacon|ping)$/iu.test(r.kind);
  });
}

// ---- run inside extension pages (serialised: no closures) ----

/** What a rendered extension page shows: its text, any element or attribute a payload would create, and the canary. */
function inertReport(): { text: string; active: string[]; pwned: unknown; title: string } {
  const root = document.body;
  const active: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    // The extension's own markup: its logo and icons come from its own files, scripts only from its bundle.
    const src = el.getAttribute('src') ?? '';
    const own = src.startsWith('/') || src.startsWith(location.origin);
    if (['script', 'iframe', 'object', 'embed', 'img', 'frame', 'video', 'audio', 'link', 'meta', 'base'].includes(tag) && !(own && ['img', 'script'].includes(tag)) && el.closest('body')) active.push(`${tag}${src ? `[src=${src.slice(0, 40)}]` : ''}`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/iu.test(attr.name) || /^\s*javascript:/iu.test(attr.value) || attr.name === 'srcdoc') active.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`);
    }
  }
  return { text: root.textContent ?? '', active, pwned: (window as unknown as { __pwned?: unknown }).__pwned, title: document.title };
}

function expandStories(): number {
  const toggles = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="story-toggle"][aria-expanded="false"]'));
  for (const t of toggles) t.click();
  return toggles.length;
}

describe.each(['chromium', 'firefox'] as BrowserName[])('%s', (browser) => {
  let s: Scenario;
  const tabs = new Map<string, { page: TabPage; tabId: number }>();
  const started = Date.now();

  beforeAll(async () => {
    s = await scenarios[browser](() => server.origin);
    for (const p of reading) {
      const page = await s.h.visit(server.url(p.path));
      tabs.set(p.id, { page, tabId: await s.h.tabIdOf(page) });
    }
  });
  afterAll(async () => {
    await s?.close();
    console.info(`${browser}: security and privacy, ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
  });

  const storyAt = async (path: string): Promise<FullStoryRecord | undefined> => (await s.h.readStories()).find((r) => r.url === server.url(path));

  it('stores the hostile reports with their payloads as plain characters', async () => {
    const story = await storyAt(hostileB.path);
    expect(story).toMatchObject({ title: HOSTILE_TITLE, source: HOSTILE_SITE });
    expect([HOSTILE_BYLINE, null]).toContain(story?.byline ?? null);
    expect(story?.text).toContain(PAYLOADS.img);
  });

  it('the popup shows title, outlet, quotes and conflicting sentences as inert text; no payload runs', async () => {
    const popup = await s.h.openPopup(tabs.get(hostileB.id)!.tabId);
    const report = await popup.evaluate(inertReport, null);
    const conflicts = await popup.evaluate(() => document.querySelectorAll('[data-testid="conflict"]').length, null);
    await s.h.screenshot(popup, 'popup-hostile');
    await popup.close();
    expect(report.pwned).toBeUndefined();
    expect(report.title).not.toBe('pwned');
    expect(report.active, 'elements or attributes created from page text').toEqual([]);
    expect(report.text).toContain(HOSTILE_TITLE);
    expect(report.text).toContain(HOSTILE_SITE);
    expect(conflicts, 'the two reports disagree on the arrest count').toBeGreaterThan(0);
    expect(report.text).toContain('<svg onload="window.'); // the conflicting sentence, cut where the sentence splitter cuts it
  });

  it('the manage page shows them as inert text too', async () => {
    const manage = await s.h.openExtensionPage('manage/index.html');
    await manage.evaluate(expandStories, null);
    const report = await waitFor('the manage page to list the hostile story', async () => {
      const r = await manage.evaluate(inertReport, null);
      return r.text.includes(HOSTILE_TITLE) ? r : undefined;
    });
    await manage.close();
    expect(report.pwned).toBeUndefined();
    expect(report.active).toEqual([]);
    expect(report.text).toContain(HOSTILE_SITE);
  });

  it('no payload ran in the pages themselves (the content script only reads them)', async () => {
    for (const id of [hostileA.id, hostileB.id]) {
      const { page } = tabs.get(id)!;
      const state = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, title: document.title, marks: document.querySelectorAll('mark, img, svg, iframe').length }), null);
      expect(state).toEqual({ pwned: undefined, title: HOSTILE_TITLE, marks: 0 });
    }
  });

  it('a web page cannot reach the extension: no messaging API, no extension files but its content scripts, no effect of posted messages', async () => {
    const { page } = tabs.get(hostileA.id)!;
    const before = (await s.h.readStories()).length;
    const probe = await page.evaluate(async (origin) => {
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      const api = typeof g.chrome?.runtime?.sendMessage === 'function' || typeof g.browser !== 'undefined';
      const fetched: Record<string, string> = {};
      for (const path of ['manifest.json', 'popup/index.html', 'manage/index.html', 'service-worker-loader.js']) {
        fetched[path] = await fetch(origin + path).then((r) => `status ${r.status}`, () => 'refused');
      }
      // What a hostile page might try: talk to the content script through the window.
      window.postMessage({ type: 'data/clear', payload: {} }, '*');
      window.postMessage({ type: 'article/delete', payload: { urls: [location.href] } }, '*');
      await new Promise((r) => setTimeout(r, 300));
      return { api, fetched };
    }, s.extensionOrigin);
    expect(probe.api, 'an extension messaging API in the page').toBe(false);
    expect(probe.fetched).toEqual({ 'manifest.json': 'refused', 'popup/index.html': 'refused', 'manage/index.html': 'refused', 'service-worker-loader.js': 'refused' });
    expect((await s.h.readStories()).length).toBe(before);
  });

  it.skipIf(browser === 'firefox')('a content script’s destructive message is refused; its capture messages are heard (Chromium: its isolated world over CDP)', async () => {
    const { page } = tabs.get(hostileA.id)!;
    const before = await s.h.readStories();
    const send = (message: unknown) => s.sendFromContentScript!(page, message);
    expect(await send({ type: 'page/check', payload: { url: server.url(hostileA.path) } })).toEqual({ capture: true });
    for (const message of [
      { type: 'data/clear', payload: {} },
      { type: 'article/delete', payload: { urls: before.map((r) => r.url) } },
      { type: 'settings/update', payload: { patch: { autoCapture: false } } },
      { type: 'data/import', payload: { json: '{}' } },
    ]) {
      expect(await send(message), message.type).toEqual({ ok: false, error: `${message.type} is accepted only from extension pages` });
    }
    expect(await send({ type: 'story/capture', payload: { article: { url: 'javascript:alert(1)', title: 'x', text: 'x' } } })).toMatchObject({ ok: false });
    expect(await s.h.readStories()).toEqual(before);
  });

  it('reads nothing and stores nothing in a private window the extension is allowed in', async () => {
    const url = server.url(privateArticle.path);
    const page = await s.openPrivate(url);
    if (s.sendFromContentScript) {
      // The content script runs there, and the background tells it to stop at once.
      expect(await s.sendFromContentScript(page, { type: 'page/check', payload: { url } })).toEqual({ capture: false, reason: 'private' });
    }
    // Longer than a capture takes (idle wait at most 3 s): anything captured would be stored by now.
    await new Promise((r) => setTimeout(r, 4000));
    expect((await s.h.readStories()).filter((r) => r.url === url)).toEqual([]);
    expect((await s.h.readTabs()).filter((t) => t.url === url)).toEqual([]);
    await page.close();
    // The control: the same page in a normal window is captured.
    const normal = await s.h.visit(url);
    expect((await s.h.readStories()).map((r) => r.url)).toContain(url);
    await normal.close();
  });

  it('made no network request of its own while the reader read pages and used the popup and the manage page', async () => {
    const bad = violations(s.requests(), s.extensionOrigin, server.origin);
    expect(bad).toEqual([]);
    // The monitor saw the reading: every page the server served was seen as a page request.
    const seen = new Set(s.requests().filter((r) => r.from === 'page').map((r) => new URL(r.url).pathname));
    expect(reading.map((p) => p.path).filter((path) => !seen.has(path))).toEqual([]);
  });

  it('control: a request made by the extension’s background is caught by the monitor', async () => {
    s.clearRequests();
    const canary = 'http://crosscheck-canary.invalid/control';
    await s.backgroundFetch(canary);
    const caught = await waitFor('the monitor to record the background’s request', async () =>
      violations(s.requests(), s.extensionOrigin, server.origin).find((r) => r.url === canary), 5000);
    expect(['background', 'unseen']).toContain(caught.from);
  });
});

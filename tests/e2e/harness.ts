// One interface over two automation libraries (playwright-core for Chromium,
// puppeteer-core over WebDriver BiDi for Firefox), so each scenario is written
// once and run in both browsers. A browser file supplies only a Driver; every
// extension-facing helper is built here on top of it.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullStoryRecord, SettingRecord, StoryRecord, TabRecord } from '../../src/storage/db.ts';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** A browser tab, whichever library drives it. */
export interface TabPage {
  url(): string;
  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Brings the tab to the front: it becomes the active tab of its window. */
  activate(): Promise<void>;
  /** Screenshot of one rectangle of the page (Firefox ESR cannot resize extension pages). */
  screenshot(path: string, clip: { x: number; y: number; width: number; height: number }): Promise<void>;
  /** Evaluates a script's source text in the page, outside the page's CSP (to inject axe-core into an extension page). */
  evaluateScript(source: string): Promise<unknown>;
  /** Presses a key as the user would ("Tab", "Shift+Tab", "Enter", "Escape"). */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

/** How a browser is launched for a scenario. */
export interface LaunchOptions {
  /** The prefers-color-scheme the browser reports to every page (for light and dark screenshots). */
  colorScheme?: 'light' | 'dark';
}

/** What each browser file implements: launching, tabs, and the extension's base URL. */
export interface Driver {
  readonly name: BrowserName;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionOrigin: string;
  /** A new tab at a web URL, resolved once the page has loaded. */
  openPage(url: string): Promise<TabPage>;
  /** A new tab at an extension page (path relative to the extension root), resolved once it has loaded. */
  openExtensionPage(path: string): Promise<TabPage>;
  close(): Promise<void>;
}

export interface Harness {
  readonly name: BrowserName;
  /** Opens the URL in a new, active tab and waits until the extension has recorded the tab's outcome. */
  visit(url: string): Promise<TabPage>;
  /** The extension's tab id of a page (the active tab right after activating it). */
  tabIdOf(page: TabPage): Promise<number>;
  /** The popup for a tab, opened in a normal tab, resolved once rendered (#app[data-ready=true]). */
  openPopup(tabId: number): Promise<TabPage>;
  /** An extension page (path from the extension root, e.g. "manage/index.html"), resolved once rendered (#app[data-ready=true]). */
  openExtensionPage(path: string): Promise<TabPage>;
  /** The same, resolved once loaded, before it has rendered its data (to see what it shows meanwhile). */
  openExtensionPageLoading(path: string): Promise<TabPage>;
  /** Every stored story with its text and claims. */
  readStories(): Promise<FullStoryRecord[]>;
  readTabs(): Promise<TabRecord[]>;
  /** The stored settings, as key -> value (defaults are not filled in). */
  readSettings(): Promise<Record<string, unknown> & { pausedSites?: string[]; autoCapture?: boolean }>;
  putSetting(record: SettingRecord): Promise<void>;
  /** Host permissions the browser actually granted the extension. */
  grantedOrigins(): Promise<string[]>;
  /** Saves a screenshot of the popup's rendered content to test-artifacts/<browser>-<name>.png; returns the path. */
  screenshot(page: TabPage, name: string): Promise<string>;
  close(): Promise<void>;
}

const POLL_MS = 100;

/** Polls until check() returns a value other than undefined, or fails after timeoutMs with what it waited for. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error; // a page still navigating throws on evaluate: retry
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

// The functions below run inside an extension page, so they use only the raw
// IndexedDB and extension APIs available there (never Dexie: this is an
// independent look at what the extension stored).
type StoreName = 'stories' | 'bodies' | 'tabs' | 'settings';

function readStore(store: StoreName): Promise<unknown[]> {
  return new Promise((resolveRead, reject) => {
    const open = indexedDB.open('crosscheck');
    // Never create the database here: that is the extension's job (and its schema).
    let absent = false;
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onerror = () => (absent ? resolveRead([]) : reject(new Error(String(open.error))));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolveRead([]); // the background has not created the schema yet
        return;
      }
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onerror = () => reject(new Error(String(request.error)));
      request.onsuccess = () => {
        db.close();
        resolveRead(request.result);
      };
    };
  });
}

/**
 * Every story joined with its body (text and claims, stored deflated: see
 * src/storage/story-body.ts), inflated here with the platform's own
 * DecompressionStream rather than the extension's code.
 */
async function readFullStories(): Promise<FullStoryRecord[]> {
  // Self-contained (it runs in the probe page): its own read of both stores.
  const [stories, bodies] = await new Promise<[StoryRecord[], { url: string; packed: Uint8Array }[]]>((resolveRead, reject) => {
    const open = indexedDB.open('crosscheck');
    let absent = false;
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onerror = () => (absent ? resolveRead([[], []]) : reject(new Error(String(open.error))));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('bodies')) {
        db.close();
        resolveRead([[], []]); // the background has not created the schema yet
        return;
      }
      const tx = db.transaction(['stories', 'bodies'], 'readonly');
      const s = tx.objectStore('stories').getAll();
      const b = tx.objectStore('bodies').getAll();
      tx.onerror = () => reject(new Error(String(tx.error)));
      tx.oncomplete = () => {
        db.close();
        resolveRead([s.result, b.result]);
      };
    };
  });
  const inflate = (bytes: Uint8Array): Promise<string> =>
    new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  const byUrl = new Map(bodies.map((b) => [b.url, b]));
  return Promise.all(stories.map(async (s) => {
    const body = byUrl.get(s.url);
    const { text, claims } = body ? (JSON.parse(await inflate(body.packed)) as Pick<FullStoryRecord, 'text' | 'claims'>) : { text: '', claims: null };
    return { ...s, text, claims } as FullStoryRecord;
  }));
}

function putRecord({ store, record }: { store: StoreName; record: unknown }): Promise<void> {
  return new Promise((resolvePut, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onupgradeneeded = () => open.transaction?.abort(); // no database yet: fail rather than create one
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        db.close();
        resolvePut();
      };
      tx.onerror = () => reject(new Error(String(tx.error)));
    };
  });
}

interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
}

// Serialised into the page, so no closures: each reaches the API on its own.
function activeTabIds(): Promise<(number | undefined)[]> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (g.browser ?? g.chrome) as ExtensionApi;
  return api.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((t) => t.id));
}

async function grantedOrigins(): Promise<string[]> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (g.browser ?? g.chrome) as ExtensionApi;
  return (await api.permissions.getAll()).origins ?? [];
}

export async function createHarness(driver: Driver): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // One extension page kept open to look into the extension's storage and tabs.
  const probe = await driver.openExtensionPage('popup/index.html?tab=-1');
  const inProbe = <A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => probe.evaluate(fn, arg);
  const readTabs = async () => (await inProbe(readStore, 'tabs')) as TabRecord[];

  const tabIdOf = async (page: TabPage): Promise<number> => {
    // Neither browser tells an extension without the "tabs" permission which URL
    // a tab shows (Chromium leaves tab.url undefined), so find it as a user
    // would: bring it to the front, then ask for the active tab.
    await page.activate();
    const ids = await inProbe(activeTabIds, null);
    const [id] = ids;
    if (ids.length !== 1 || typeof id !== 'number') throw new Error(`expected one active tab, got ${JSON.stringify(ids)}`);
    return id;
  };

  return {
    name: driver.name,
    tabIdOf,
    readTabs,
    async visit(url) {
      const startedAt = Date.now();
      const page = await driver.openPage(url);
      const tabId = await tabIdOf(page);
      // The content script reports every page it looks at (captured, skipped, paused):
      // wait for that report rather than for a fixed time.
      await waitFor(`${driver.name} to record tab ${tabId} (${url})`, async () => {
        const tab = (await readTabs()).find((t) => t.tabId === tabId && t.url === url && t.updatedAt >= startedAt);
        return tab ?? undefined;
      });
      return page;
    },
    async openPopup(tabId) {
      const popup = await driver.openExtensionPage(`popup/index.html?tab=${tabId}`);
      await waitFor(`${driver.name} popup for tab ${tabId} to render`, () =>
        popup.evaluate(() => (document.querySelector('#app[data-ready="true"]') ? true : undefined), null));
      return popup;
    },
    openExtensionPageLoading: (path) => driver.openExtensionPage(path),
    async openExtensionPage(path) {
      const page = await driver.openExtensionPage(path);
      await waitFor(`${driver.name} ${path} to render`, () =>
        page.evaluate(() => (document.querySelector('#app[data-ready="true"]') ? true : undefined), null));
      return page;
    },
    readStories: () => inProbe(readFullStories, null),
    readSettings: async () => Object.fromEntries(((await inProbe(readStore, 'settings')) as SettingRecord[]).map((r) => [r.key, r.value])),
    putSetting: (record) => inProbe(putRecord, { store: 'settings', record }),
    grantedOrigins: () => inProbe(grantedOrigins, null),
    async screenshot(page, name) {
      const path = join(ARTIFACTS, `${driver.name}-${name}.png`);
      const box = await page.evaluate(() => {
        const r = document.body.getBoundingClientRect();
        return { x: 0, y: 0, width: Math.ceil(Math.max(r.width, 360)), height: Math.ceil(Math.max(r.height, 100)) };
      }, null);
      await page.screenshot(path, box);
      return path;
    },
    close: () => driver.close(),
  };
}

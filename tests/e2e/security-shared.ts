// What the security and reliability scenarios share (security-browsers.ts):
// the scenario's interface, and page helpers for both drivers.
import type { Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { type BrowserName, type Harness, type TabPage } from './harness.ts';

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

export const raw = new WeakMap<TabPage, Page | PPage>();

export function wrapPage(page: Page | PPage, isPlaywright: boolean): TabPage {
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
export function readTableInPage(table: string): Promise<unknown[]> {
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

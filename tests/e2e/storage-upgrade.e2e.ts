// The schema 3 -> 5 upgrade (stories keyed by integers, see
// src/storage/migrations/004-005-story-ids.ts) in the browsers' own IndexedDB,
// as a reader updating from the previous version meets it: stories stored
// under schema 3 are kept, field for field, and matching still finds them.
// The old store is made from the extension's own captures, rewritten as
// schema 3 stored them (the same records, keyed by URL), with raw IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullStoryRecord } from '../../src/storage/db.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { waitFor, type BrowserName, type Harness } from './harness.ts';
import { fixturePages, type E2ePage } from './pages.ts';
import { startServer, type FixtureServer } from './server.ts';

const fixtures = new Map(fixturePages().map((p) => [p.id, p]));
const page = (id: string): E2ePage => {
  const p = fixtures.get(id);
  if (!p) throw new Error(`fixture page ${id} is missing`);
  return p;
};

/**
 * Replaces the extension's database with a schema 3 one holding the same rows.
 * Runs in an extension page, self-contained. The delete and the open are queued
 * together, so no other connection sees the database missing or empty; open
 * connections (the background's) are closed by the deletion and reopen it
 * under today's schema, which upgrades it.
 */
function rewriteAsSchema3(extra: number): Promise<{ version: number; stories: number }> {
  // Schema 3 as Dexie declared it: [keyPath, autoIncrement, indexes as [name, keyPath, multiEntry]].
  type Index = [string, string | string[], boolean];
  const V3: Record<string, [string | string[], Index[]]> = {
    stories: ['url', [['lastSeen', 'lastSeen', false], ['firstSeen', 'firstSeen', false], ['source', 'source', false], ['groupId', 'groupId', false], ['matchKeys', 'matchKeys', true]]],
    groups: ['id', [['updatedAt', 'updatedAt', false]]],
    matches: [['a', 'b'], [['a', 'a', false], ['b', 'b', false]]],
    conflicts: ['key', [['ids', 'ids', true]]],
    tabs: ['tabId', [['url', 'url', false]]],
    settings: ['key', []],
    dismissed: ['key', [['ids', 'ids', true]]],
    bodies: ['url', []],
  };
  const readAll = (): Promise<Record<string, Record<string, unknown>[]>> => new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const names = Object.keys(V3);
      const tx = db.transaction(names, 'readonly');
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const name of names) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => (rows[name] = request.result as Record<string, unknown>[]);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(rows);
      };
      tx.onerror = () => reject(new Error(String(tx.error)));
    };
  });
  return readAll().then((rows) => new Promise((resolve, reject) => {
    indexedDB.deleteDatabase('crosscheck');
    // Dexie stores version n as n * 10.
    const open = indexedDB.open('crosscheck', 30);
    open.onerror = () => reject(new Error(String(open.error)));
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const [name, [keyPath, indexes]] of Object.entries(V3)) {
        const store = db.createObjectStore(name, { keyPath });
        for (const [index, path, multiEntry] of indexes) store.createIndex(index, path, { multiEntry });
        for (const row of rows[name] ?? []) {
          const { id: _id, ...old } = row;
          store.put(name === 'stories' ? old : row);
        }
        // `extra` more stories: copies of the first story (and its body) under other URLs, so that the upgrade takes a while.
        const firstUrl = rows.stories?.[0]?.url;
        const first = (rows[name] ?? []).find((row) => row.url === firstUrl);
        if (first && (name === 'stories' || name === 'bodies')) {
          const { id: _id, ...old } = first;
          for (let i = 0; i < extra; i++) store.put({ ...old, url: `${String(firstUrl)}?copy=${i}` });
        }
      }
    };
    open.onsuccess = () => {
      const db = open.result;
      const result = { version: db.version, stories: (rows.stories ?? []).length + (rows.stories?.length ? extra : 0) };
      db.close();
      resolve(result);
    };
  }));
}

/** The database's version and its stories' keys, read raw. */
function storyKeys(): Promise<{ version: number; keys: unknown[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('stories', 'readonly').objectStore('stories').getAllKeys();
      request.onsuccess = () => {
        db.close();
        resolve({ version: db.version, keys: request.result });
      };
      request.onerror = () => reject(new Error(String(request.error)));
    };
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([...fixtures.values()]);
});
afterAll(() => server?.close());

const launchers: Record<BrowserName, () => Promise<Harness>> = { chromium: launchChromium, firefox: launchFirefox };
const withoutId = ({ id: _id, ...story }: FullStoryRecord & { id?: unknown }): Omit<FullStoryRecord, 'id'> => story;
const byUrl = (a: { url: string }, b: { url: string }): number => a.url.localeCompare(b.url);

describe.each(Object.keys(launchers) as BrowserName[])('%s: a store from the previous schema', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchers[browser]();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is upgraded in place: every story kept, keyed by an integer, and still matched by a new copy', async () => {
    await h.visit(server.url(page('wire-herald').path));
    await h.visit(server.url(page('rewrite-same-story').path));
    const before = (await h.readStories()).sort(byUrl);
    expect(before).toHaveLength(2);
    expect(new Set(before.map((s) => s.groupId)).size, 'a wire story and its rewrite: one story').toBe(1);

    const probe = await h.openExtensionPage('manage/index.html');
    try {
      expect(await probe.evaluate(rewriteAsSchema3, 0)).toEqual({ version: 30, stories: 2 });
      // The next capture opens the database under today's schema: the upgrade runs in the background.
      await h.visit(server.url(page('wire-metro').path));
      const { version, keys } = await waitFor('the upgraded database', async () => {
        const now = await probe.evaluate(storyKeys, null);
        return now.version === 50 && now.keys.length === 3 ? now : undefined;
      });
      expect(version).toBe(50);
      expect(keys.every((k) => Number.isInteger(k))).toBe(true);
      expect(new Set(keys).size).toBe(3);
    } finally {
      await probe.close();
    }

    const after = (await h.readStories()).sort(byUrl);
    const old = after.filter((s) => before.some((b) => b.url === s.url));
    expect(old.map(withoutId)).toEqual(before.map(withoutId));
    // The new copy was matched against the upgraded stories: it joined their story.
    expect(after.map((s) => s.groupId)).toEqual([before[0]!.groupId, before[0]!.groupId, before[0]!.groupId]);
  });

  it('a long upgrade: the popup and the manage page say they are opening the saved stories, then show them', async () => {
    const stored = (await h.readStories()).length;
    const probe = await h.openExtensionPage('manage/index.html');
    const extra = 3500;
    try {
      expect(await probe.evaluate(rewriteAsSchema3, extra)).toEqual({ version: 30, stories: stored + extra });
    } finally {
      await probe.close();
    }
    const manage = await h.openExtensionPageLoading('manage/index.html');
    const popup = await h.openExtensionPageLoading('popup/index.html?tab=-1');
    try {
      for (const page of [manage, popup]) {
        const notice = await waitFor(`the notice in ${page.url()} while the store opens`, () =>
          page.evaluate(() => document.querySelector('[data-testid="store-opening"]')?.textContent ?? undefined, null), 20_000);
        expect(notice).toMatch(/saved stories/u);
      }
      const count = await waitFor('the manage page to render after the upgrade', () =>
        manage.evaluate(() => (document.querySelector('#app[data-ready="true"]') ? document.querySelectorAll('[data-testid="story"]').length : undefined), null), 120_000);
      expect(count).toBeGreaterThan(0);
      await waitFor('the popup to render after the upgrade', () => popup.evaluate(() => (document.querySelector('#app[data-ready="true"]') ? true : undefined), null), 20_000);
      for (const page of [manage, popup]) expect(await page.evaluate(() => document.querySelector('[data-testid="store-opening"]') === null, null)).toBe(true);
    } finally {
      await manage.close();
      await popup.close();
    }
    const check = await h.openExtensionPage('manage/index.html');
    try {
      const { version, keys } = await check.evaluate(storyKeys, null);
      expect(version).toBe(50);
      expect(keys).toHaveLength(stored + extra);
    } finally {
      await check.close();
    }
  }, 180_000);
});

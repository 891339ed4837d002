import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import { dump, fillLibrary, LIBRARY } from '../storage/__fixtures__/library.ts';
import type { SenderInfo } from './context.ts';

const badges: { tabId: number; text: string }[] = [];
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.push({ tabId, text }),
      setTitle: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
    },
    tabs: { get: async () => ({ id: 1, incognito: false }), sendMessage: async () => { throw new Error('no receiver'); } },
  },
}));

const { route, ForbiddenMessageError } = await import('./router.ts');
const { database } = await import('./context.ts');

const content: SenderInfo = { kind: 'content', tabId: 3, url: 'https://evil.example/page', incognito: false };
const extension: SenderInfo = { kind: 'extension', tabId: null, url: 'chrome-extension://ext/manage/index.html', incognito: false };

const destructive = [
  ['page/capture', { tabId: 1 }],
  ['conflict/dismiss', { key: 'k', dismissed: true }],
  ['article/delete', { urls: [LIBRARY[0].url] }],
  ['story/delete', { groupId: LIBRARY[0].url }],
  ['data/clear', {}],
  ['data/import', { json: '{}' }],
  ['settings/update', { patch: { autoCapture: false } }],
  ['site/pause', { site: 'news.example', paused: true }],
] as const;

describe('router trust boundary', () => {
  beforeEach(async () => {
    const db = database();
    await Promise.all(db.tables.map((t) => t.clear()));
    await fillLibrary(db);
  });

  it.each(destructive)('refuses %s from a content script and changes nothing', async (type, payload) => {
    const before = await dump(database());
    await expect(route({ type, payload }, content)).rejects.toBeInstanceOf(ForbiddenMessageError);
    expect(await dump(database())).toEqual(before);
  });

  it('accepts them from an extension page: dismiss persists and leaves the badge count', async () => {
    const db = database();
    const conflict = (await db.conflicts.toArray()).find((c) => c.kind === 'conflict')!;
    const url = conflict.a.id;
    await db.tabs.put({ tabId: 9, url, status: 'captured', storyUrl: url, updatedAt: 1 });
    // Every conflict the article takes part in, dismissed one by one.
    const all = (await db.conflicts.toArray()).filter((c) => c.kind === 'conflict' && c.ids.includes(url));
    for (const { key } of all) {
      badges.length = 0;
      expect(await route({ type: 'conflict/dismiss', payload: { key, dismissed: true } }, extension)).toEqual({ ok: true });
    }
    expect(await db.dismissed.count()).toBe(all.length);
    expect(badges.find((b) => b.tabId === 9)?.text).not.toMatch(/^!/);
  });

  it('forgets a page, pauses a site, updates settings', async () => {
    const db = database();
    expect(await route({ type: 'article/delete', payload: { urls: [LIBRARY[0].url] } }, extension)).toEqual({ ok: true, deleted: 1 });
    expect(await db.stories.get({ url: LIBRARY[0].url })).toBeUndefined();
    await route({ type: 'site/pause', payload: { site: 'News.Example', paused: true } }, extension);
    await route({ type: 'settings/update', payload: { patch: { autoCapture: false } } }, extension);
    const settings = Object.fromEntries((await db.settings.toArray()).map((r) => [r.key, r.value]));
    expect(settings).toMatchObject({ pausedSites: ['news.example'], autoCapture: false });
  });

  it('answers a bad import with a reason and leaves the store untouched', async () => {
    const before = await dump(database());
    const reply = await route({ type: 'data/import', payload: { json: '{"format":"crosscheck-export","version":1,"articles":[{"url":"javascript:alert(1)"}],"groups":[]}' } }, extension);
    expect(reply).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringContaining('articles[0]') });
    expect(await dump(database())).toEqual(before);
  });

  it('says when no content script can capture the tab', async () => {
    expect(await route({ type: 'page/capture', payload: { tabId: 1 } }, extension)).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});

// Storage quota exhausted, on the real capture path: the browser refuses a
// write with QuotaExceededError (simulated here as IndexedDB would: the write
// fails and its transaction aborts). The oldest stories are evicted, the
// reader is told, and nothing crashes or is left half-written.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../../src/ui/i18n-core.ts';
import { parsePlainText } from '../../src/engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import type { SenderInfo } from '../../src/background/context.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';
import { dump } from '../../src/storage/__fixtures__/library.ts';
import { isQuotaError, STORAGE_NOTICE_KEY } from '../../src/storage/quota.ts';
import { storeProblems, type StoreRows } from './reliability-invariants.ts';

vi.mock('../../src/platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { get: async () => ({ id: 1, incognito: false }), sendMessage: async () => undefined },
  },
}));

const { route } = await import('../../src/background/router.ts');
const { database } = await import('../../src/background/context.ts');

const relation = (name: string, day: number): { article: ExtractedArticle; day: number } => ({
  article: { ...parsePlainText(readFileSync(new URL(`../fixtures/relations/${name}.txt`, import.meta.url), 'utf8'), `https://${name}.example/`), lang: 'en' },
  day,
});
/** Four unrelated stories read on four days, then a fifth. */
const HISTORY = [relation('unrelated-bathhouse', 1), relation('court-ruling-wire', 2), relation('layoff-wire', 3), relation('transfer-wire', 4)];
const NEW = relation('storm-flood-wire', 5).article;
const DAY = 86_400_000;

/**
 * A browser whose disk holds `capacity` stories: adding one more fails with
 * QuotaExceededError, which aborts the transaction as IndexedDB does.
 */
function withCapacity(db: CrosscheckDb, capacity: () => number): void {
  db.stories.hook('creating', function () {
    this.onsuccess = () => undefined;
    // Counted by a synchronous mirror of the table size, kept by the hooks below.
    if (size.n >= capacity()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    size.n++;
    this.onerror = () => void size.n--;
  });
  db.stories.hook('deleting', function () {
    this.onsuccess = () => void size.n--;
  });
}
const size = { n: 0 };

const sender = (tabId: number, url: string): SenderInfo => ({ kind: 'content', tabId, url, incognito: false });

describe('storage quota exhausted', () => {
  let capacity = Infinity;

  beforeEach(async () => {
    const db = database();
    await Promise.all(db.tables.map((t) => t.clear()));
    capacity = Infinity;
    size.n = 0;
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [i, { article, day }] of HISTORY.entries()) {
      vi.setSystemTime(day * DAY);
      await route({ type: 'story/capture', payload: { article } }, sender(i + 1, article.url));
    }
    size.n = await db.stories.count();
    vi.setSystemTime(5 * DAY);
  });

  it('recognises the browser’s quota error however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
  });

  it('evicts the least recently read story, stores the new one, and leaves a notice for the reader', async () => {
    const db = database();
    withCapacity(db, () => capacity);
    capacity = HISTORY.length; // full: the next new story does not fit
    const reply = await route({ type: 'story/capture', payload: { article: NEW } }, sender(9, NEW.url));
    expect(reply).toMatchObject({ ok: true, url: NEW.url });
    const urls = (await db.stories.toArray()).map((s) => s.url);
    expect(urls).toContain(NEW.url);
    expect(urls, 'the story read first is the one evicted').not.toContain(HISTORY[0]!.article.url);
    expect(urls).toHaveLength(HISTORY.length);
    expect((await db.settings.get(STORAGE_NOTICE_KEY))?.value).toEqual({ at: 5 * DAY, evicted: 1 });
    expect((await db.tabs.get(9))?.status).toBe('captured');
    expect(storeProblems((await dump(db)) as unknown as StoreRows)).toEqual([]);
  });

  it('when nothing can make room: no crash, the store intact, and the popup told this page was not captured', async () => {
    const db = database();
    withCapacity(db, () => 0); // a disk with no room at all
    const before = (await dump(db)) as unknown as StoreRows;
    const reply = await route({ type: 'story/capture', payload: { article: NEW } }, sender(9, NEW.url)).catch((e: unknown) => ({ thrown: e }));
    expect(isQuotaError((reply as { thrown?: unknown }).thrown)).toBe(true);
    const after = (await dump(db)) as unknown as StoreRows;
    expect(storeProblems(after)).toEqual([]);
    expect(after.stories.map((s) => s.url)).not.toContain(NEW.url);
    expect(after.stories.length, 'eviction still ran: at most one story lost').toBeGreaterThanOrEqual(before.stories.length - 1);
    expect((await db.tabs.get(9))?.status).toBe('error');
  });
});

// The real capture path (router -> story/capture -> captureArticle -> ingest
// and saveStory in one transaction) on fake-indexeddb, under the conditions a
// reader's browser produces: many tabs capturing at once, and a background
// killed at any write of a capture.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../../src/ui/i18n-core.ts';
import { parsePlainText } from '../../src/engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import type { SenderInfo } from '../../src/background/context.ts';
import { openDb, type CrosscheckDb } from '../../src/storage/db.ts';
import { dump } from '../../src/storage/__fixtures__/library.ts';
import { partition, storeProblems, type StoreRows } from './reliability-invariants.ts';

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
const { captureArticle } = await import('../../src/background/capture-article.ts');

const RELATIONS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/relations');
/** Five stories, each with its wire text, copies, rewrites and a same-topic report of another event. */
const FILES = [
  'factory-fire-wire', 'factory-fire-copy', 'factory-fire-partial', 'factory-fire-rewrite', 'factory-fire-sametopic',
  'election-wire', 'election-copy', 'election-partial', 'election-rewrite',
  'storm-flood-wire', 'storm-flood-copy', 'storm-flood-rewrite', 'storm-flood-sametopic',
  'court-ruling-wire', 'court-ruling-copy', 'court-ruling-rewrite',
  'transfer-wire', 'transfer-copy', 'transfer-rewrite', 'unrelated-library',
];

const articleOf = (name: string): ExtractedArticle =>
  ({ ...parsePlainText(readFileSync(join(RELATIONS, `${name}.txt`), 'utf8'), `https://${name}.example/story`), source: name.split('-').at(-1) ?? null, lang: 'en' });

const sender = (tabId: number, url: string): SenderInfo => ({ kind: 'content', tabId, url, incognito: false });
const rowsOf = async (db: CrosscheckDb): Promise<StoreRows> => (await dump(db)) as unknown as StoreRows;

describe('20 tabs capturing at once', () => {
  const articles = FILES.map(articleOf);
  let sequential: string[][];

  beforeAll(async () => {
    // The same articles captured one after another: the partition concurrency must reproduce.
    const db = openDb({ name: `sequential-${Math.random()}` });
    for (const [i, a] of articles.entries()) await captureArticle(db, a, { tabId: i + 1, url: a.url });
    sequential = partition(await rowsOf(db));
    expect(storeProblems(await rowsOf(db))).toEqual([]);
  });

  beforeEach(async () => {
    const db = database();
    await Promise.all(db.tables.map((t) => t.clear()));
  });

  it('loses and duplicates no story, and files every article in one consistent group', async () => {
    const replies = await Promise.all(articles.map((a, i) => route({ type: 'story/capture', payload: { article: a } }, sender(i + 1, a.url))));
    expect(replies.filter((r) => !(r as { ok: boolean }).ok)).toEqual([]);
    const rows = await rowsOf(database());
    expect(storeProblems(rows)).toEqual([]);
    expect(rows.stories.map((s) => s.url).sort()).toEqual(articles.map((a) => a.url).sort());
    expect(partition(rows)).toEqual(sequential);
    // Every reply names the group its article ended in, or one merged into it since.
    expect(rows.tabs?.filter((t) => t.status === 'captured')).toHaveLength(articles.length);
  });

  it('the same page captured from several tabs at once is stored once', async () => {
    const [first] = articles;
    const replies = await Promise.all([1, 2, 3, 4].map((tabId) => route({ type: 'story/capture', payload: { article: first } }, sender(tabId, first!.url))));
    expect(replies.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const rows = await rowsOf(database());
    expect(rows.stories.map((s) => s.url)).toEqual([first!.url]);
    expect(rows.groups).toEqual([expect.objectContaining({ articleIds: [first!.url] })]);
    expect(storeProblems(rows)).toEqual([]);
  });
});

/** A database whose every write (put, add, delete, modify) is counted, and the Nth aborts its transaction as a killed worker would. */
function killableDb(killAt: { n: number; seen: number }): CrosscheckDb {
  const db = openDb({ name: `killable-${Math.random()}` });
  db.use({
    stack: 'dbcore',
    name: 'kill-switch',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            killAt.seen++;
            if (killAt.seen === killAt.n) {
              // What the browser does to an open transaction when it stops the worker: abort it.
              (req.trans as unknown as IDBTransaction).abort();
              return Promise.reject(new Dexie.AbortError('worker stopped'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}

describe('background killed in the middle of a capture', () => {
  const library = ['factory-fire-wire', 'factory-fire-copy', 'election-wire'].map(articleOf);
  // Joins the fire story (a rewrite, with matches and claims to compare) and so writes to every table.
  const incoming = articleOf('factory-fire-rewrite');
  let seeded: Awaited<ReturnType<typeof rowsOf>>;
  let writes = 0;

  /** A fresh store holding the library, built from rows (cheap) rather than by capturing again. */
  async function seededDb(killAt: { n: number; seen: number }): Promise<CrosscheckDb> {
    const db = killableDb(killAt);
    for (const [table, rows] of Object.entries(seeded)) await db.table(table).bulkAdd(rows as object[]);
    killAt.seen = 0;
    return db;
  }

  beforeAll(async () => {
    const db = openDb({ name: `library-${Math.random()}` });
    for (const [i, a] of library.entries()) await captureArticle(db, a, { tabId: i + 1, url: a.url });
    seeded = await rowsOf(db);
    const counter = { n: 0, seen: 0 };
    const probe = await seededDb(counter);
    await captureArticle(probe, incoming, { tabId: 9, url: incoming.url });
    writes = counter.seen;
    expect(writes, 'a capture that joins a story writes several times').toBeGreaterThan(5);
  });

  it('leaves no partial or corrupt record whichever write it dies at, and the retry stores the story', async () => {
    const storyTables = ['stories', 'groups', 'matches', 'conflicts'] as const;
    let committedBeforeDeath = 0;
    for (let n = 1; n <= writes; n++) {
      const killAt = { n: 0, seen: 0 };
      const db = await seededDb(killAt);
      killAt.n = n;
      const died = await captureArticle(db, incoming, { tabId: 9, url: incoming.url }).then(() => false, () => true);
      expect(died, `the capture notices the kill at write ${n}`).toBe(true);
      const after = await rowsOf(db);
      expect(storeProblems(after), `after a kill at write ${n} of ${writes}`).toEqual([]);
      const stored = after.stories.some((s) => s.url === incoming.url);
      if (stored) committedBeforeDeath++;
      else for (const t of storyTables) expect(after[t], `${t} untouched after a kill at write ${n}`).toEqual(seeded[t]);
      // The worker wakes again and the page is captured afresh.
      killAt.n = 0;
      await captureArticle(db, incoming, { tabId: 9, url: incoming.url });
      const retried = await rowsOf(db);
      expect(storeProblems(retried)).toEqual([]);
      expect(retried.stories.map((s) => s.url).sort()).toEqual([...library, incoming].map((a) => a.url).sort());
      db.close();
    }
    // The story's own writes are one transaction; only the bookkeeping after it (tab, badges, retention) can die after commit.
    expect(committedBeforeDeath).toBeLessThan(writes);
  });
});

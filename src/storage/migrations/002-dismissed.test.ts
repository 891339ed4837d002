// Schema version 2 added the `dismissed` table and moved no data. The upgrade
// is still proven: a database written by version 1 (a frozen fixture of real
// captures) opens under today's schema with every record intact and usable.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../engine/analysis.ts';
import { ingest } from '../../engine/match/ingest.ts';
import { DexieArticleStore } from '../article-store.ts';
import { openDb } from '../db.ts';
import { setDismissed } from '../dismissed-repo.ts';
import { getSettings } from '../settings-repo.ts';
import { saveStory } from '../stories-repo.ts';
import { storyCounts } from '../story-counts.ts';
import { decodeRows, openV1, V1_TABLES } from './__fixtures__/v1-schema.ts';
import { fullStories } from './__fixtures__/v2-schema.ts';

type Rows = Record<(typeof V1_TABLES)[number], Record<string, unknown>[]>;
const fixture = decodeRows<Rows>(readFileSync(new URL('./__fixtures__/v1-store.json', import.meta.url), 'utf8'));

/** A version 1 database holding the fixture, closed, as the browser keeps it between sessions. */
async function oldDatabase(): Promise<string> {
  const name = `v1-${Math.random()}`;
  const v1 = openV1(name);
  for (const table of V1_TABLES) await v1.table(table).bulkAdd(fixture[table]);
  v1.close();
  return name;
}

describe('schema 1 -> 2 (dismissed conflicts)', () => {
  it('the fixture is a real version 1 store: one story of three articles, matches, a conflict, tabs, settings', () => {
    expect(fixture.stories).toHaveLength(3);
    expect(fixture.groups).toHaveLength(1);
    expect(fixture.matches.length).toBeGreaterThan(0);
    expect(fixture.conflicts.length).toBeGreaterThan(0);
    expect(fixture.stories[0]?.quoteGrams).toBeInstanceOf(Uint32Array);
  });

  it('opens under the current schema with every record of every table intact', async () => {
    const db = openDb({ name: await oldDatabase() });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    // Stories as schema 3 keeps them: the record, and its text and claims in `bodies` (see 003-story-bodies.test.ts).
    for (const table of V1_TABLES) expect(table === 'stories' ? await fullStories(db) : await db.table(table).toArray(), table).toEqual(fixture[table]);
    expect(await db.dismissed.count()).toBe(0);
    db.close();
  });

  it('old records stay usable: indexes answer, the engine reads them, a dismissal and a new capture work', async () => {
    const db = openDb({ name: await oldDatabase() });
    const [story] = fixture.stories as unknown as { url: string; matchKeys: string[]; groupId: string; text: string; title: string }[];
    expect((await db.stories.where('matchKeys').equals(story!.matchKeys[0]!).toArray()).map((s) => s.url)).toContain(story!.url);
    expect((await new DexieArticleStore(db).getArticle(story!.url))?.analysis.fingerprint.signature.length).toBeGreaterThan(0);
    expect(await getSettings(db)).toMatchObject({ pausedSites: ['bank.example'], retentionDays: 30 });

    const conflict = fixture.conflicts[0] as { key: string; ids: string[]; kind: string };
    const before = await storyCounts(db, conflict.ids[0]!);
    expect(await setDismissed(db, conflict.key, true, Date.UTC(2024, 4, 1))).toEqual(conflict.ids);
    const after = await storyCounts(db, conflict.ids[0]!);
    if (conflict.kind === 'conflict') expect(after!.conflicts).toBe(before!.conflicts - 1);

    // A copy read after the upgrade is matched against the old records and joins their story.
    const store = new DexieArticleStore(db);
    const copy = { url: 'https://metro.example/election', title: story!.title, source: 'Metro', byline: null, published: null, lang: 'en', text: story!.text };
    const analysis = analyzeArticle(copy);
    const result = await store.transaction(async () => {
      const ingested = await ingest(store, analysis, Date.UTC(2024, 4, 2));
      await saveStory(db, copy, analysis, Date.UTC(2024, 4, 2));
      return ingested;
    });
    expect(result.groupId).toBe(story!.groupId);
    expect((await db.groups.get(story!.groupId))?.articleIds).toContain(copy.url);
    db.close();
  });
});

// Schema versions 4 and 5 keyed stories by a small integer instead of their
// URL (issue 6: capture time and store size at 100k stories); the URL became a
// unique index. Proven on a version 3 database written with the frozen v3
// schema from the frozen fixture of real captures, plus a dismissal.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DexieArticleStore } from '../article-store.ts';
import { openDb } from '../db.ts';
import { exportData } from '../export-data.ts';
import { applyRetention } from '../retention.ts';
import { captureInStore } from '../__fixtures__/library.ts';
import { getStory, storyText } from '../stories-repo.ts';
import { deleteArticles } from '../story-delete.ts';
import { decodeRows, V1_TABLES } from './__fixtures__/v1-schema.ts';
import { fullStories, openV2 } from './__fixtures__/v2-schema.ts';
import { openV3 } from './__fixtures__/v3-schema.ts';
import { MOVING_TABLE } from './004-005-story-ids.ts';

type Row = Record<string, unknown> & { url: string; text: string; claims: unknown; matchKeys: string[]; groupId: string; title: string };
type Rows = Record<(typeof V1_TABLES)[number], Record<string, unknown>[]> & { stories: Row[] };
const fixture = decodeRows<Rows>(readFileSync(new URL('./__fixtures__/v1-store.json', import.meta.url), 'utf8'));
const conflict = fixture.conflicts[0] as { key: string; ids: string[] };
const dismissal = { key: conflict.key, ids: conflict.ids, at: Date.UTC(2024, 4, 1) };
const many = (i: number): string => `https://many.example/${String(i).padStart(5, '0')}`;

/** A closed version 3 database holding the fixture (and `extra` copies of its first story under other URLs). */
async function v3Database(extra = 0): Promise<string> {
  const name = `v3-${Math.random()}`;
  // Written as version 2 wrote them (text and claims in the record), then moved into bodies by the frozen 2 -> 3 step.
  const v2 = openV2(name);
  for (const table of V1_TABLES) await v2.table(table).bulkAdd(fixture[table]);
  await v2.table('dismissed').add(dismissal);
  const first = fixture.stories[0]!;
  await v2.table('stories').bulkAdd(Array.from({ length: extra }, (_, i) => ({ ...first, url: many(i), text: `${first.text}\n\nCopy ${i}.` })));
  v2.close();
  const v3 = openV3(name);
  await v3.open();
  expect(v3.verno).toBe(3);
  v3.close();
  return name;
}

describe('schema 3 -> 5 (stories keyed by integers)', () => {
  it('gives every story an integer key; its record, body and every other table are unchanged', async () => {
    const db = openDb({ name: await v3Database() });
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name)).not.toContain(MOVING_TABLE);
    const stories = await db.stories.toArray();
    expect(stories.map((s) => s.id).sort()).toEqual([1, 2, 3]);
    expect(await fullStories(db)).toEqual(fixture.stories);
    for (const table of V1_TABLES.filter((t) => t !== 'stories')) expect(await db.table(table).toArray(), table).toEqual(fixture[table]);
    expect(await db.dismissed.toArray()).toEqual([dismissal]);
    db.close();
  });

  it('moves every story of a store larger than one page of the migration; new stories are keyed after them', async () => {
    const db = openDb({ name: await v3Database(1234) });
    const total = fixture.stories.length + 1234;
    expect(await db.stories.count()).toBe(total);
    expect(new Set(await db.stories.toCollection().primaryKeys()).size).toBe(total);
    expect(await storyText(db, many(1233))).toBe(`${fixture.stories[0]!.text}\n\nCopy 1233.`);
    const moved = (await getStory(db, many(1233)))!;
    const { id: _id, ...record } = moved;
    const added = await db.stories.add({ ...record, url: 'https://new.example/story' });
    expect(added).toBe(total + 1);
    db.close();
  });

  it('an upgrade that fails part way leaves the schema 3 store as it was, and the next open upgrades it', async () => {
    const name = await v3Database(1234);
    const failing = openDb({ name });
    // The copy back into `stories` fails on its third page: the whole upgrade transaction must roll back.
    const table = Object.getPrototypeOf(failing.stories) as { bulkAdd: (...args: unknown[]) => unknown };
    const bulkAdd = table.bulkAdd;
    let pages = 0;
    const spy = vi.spyOn(table, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'stories' && ++pages === 3) throw new Error('disk full');
      return bulkAdd.apply(this, args);
    });
    await expect(failing.open()).rejects.toThrow(/disk full/u);
    spy.mockRestore();
    failing.close();

    const untouched = openV3(name);
    await untouched.open();
    expect(untouched.verno).toBe(3);
    expect(untouched.tables.map((t) => t.name)).not.toContain(MOVING_TABLE);
    expect(await untouched.table('stories').count()).toBe(fixture.stories.length + 1234);
    expect(await untouched.table('bodies').count()).toBe(fixture.stories.length + 1234);
    untouched.close();

    const db = openDb({ name });
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.stories.count()).toBe(fixture.stories.length + 1234);
    db.close();
  });

  it('the URL stays unique: a second record under a stored URL is refused', async () => {
    const db = openDb({ name: await v3Database() });
    const { id: _id, ...record } = (await getStory(db, fixture.stories[0]!.url))!;
    await expect(db.stories.add(record)).rejects.toThrow(/ConstraintError|uniqueness/u);
    expect(await db.stories.count()).toBe(fixture.stories.length);
    db.close();
  });

  it('migrated stories stay usable: candidate lookup, claims, a new copy joins their story, deletion and retention by URL', async () => {
    const db = openDb({ name: await v3Database() });
    const story = fixture.stories[0]!;
    const store = new DexieArticleStore(db);
    expect((await store.findCandidates(story.matchKeys)).map((c) => c.analysis.id)).toContain(story.url);
    expect((await store.getArticle(story.url))?.analysis.claims).toEqual(story.claims);

    const copy = { url: 'https://metro.example/election', title: story.title, source: 'Metro', byline: null, published: null, lang: 'en', text: story.text };
    const now = Date.UTC(2024, 4, 2);
    const result = await captureInStore(db, copy, now);
    expect(result.groupId).toBe(story.groupId);
    expect((await getStory(db, copy.url))?.id).toBe(fixture.stories.length + 1);

    expect(await deleteArticles(db, [copy.url])).toMatchObject({ articles: 1 });
    expect(await getStory(db, copy.url)).toBeUndefined();
    const newest = Math.max(...fixture.stories.map((s) => Number(s.lastSeen)));
    expect(await applyRetention(db, { retentionDays: 1, maxStories: null }, newest + 2 * 86_400_000)).toMatchObject({ articles: fixture.stories.length });
    expect(await db.stories.count()).toBe(0);
    db.close();
  });

  it('exports the migrated store exactly as before the change (the storage key stays internal)', async () => {
    const db = openDb({ name: await v3Database() });
    const file = await exportData(db, Date.UTC(2024, 4, 3));
    expect(file.articles.map((a) => a.url).sort()).toEqual(fixture.stories.map((s) => s.url).sort());
    for (const a of file.articles) expect(a).not.toHaveProperty('id');
    db.close();
  });
});

// Schema version 3 moved each story's text and claims out of its record into
// `bodies`, deflated (issue 6: store size and capture time at 100k stories).
// Proven on a version 2 database written with the frozen v2 schema from the
// frozen fixture of real captures, plus a dismissal (what version 2 added).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DexieArticleStore } from '../article-store.ts';
import { openDb } from '../db.ts';
import { exportData } from '../export-data.ts';
import { importExport, importJson } from '../import-merge.ts';
import { captureInStore } from '../__fixtures__/library.ts';
import { storyText } from '../stories-repo.ts';
import { decodeRows, V1_TABLES } from './__fixtures__/v1-schema.ts';
import { fullStories, openV2 } from './__fixtures__/v2-schema.ts';

type Row = Record<string, unknown> & { url: string; text: string; claims: unknown; matchKeys: string[]; groupId: string; title: string };
type Rows = Record<(typeof V1_TABLES)[number], Record<string, unknown>[]> & { stories: Row[] };
const fixture = decodeRows<Rows>(readFileSync(new URL('./__fixtures__/v1-store.json', import.meta.url), 'utf8'));
const conflict = fixture.conflicts[0] as { key: string; ids: string[] };
const dismissal = { key: conflict.key, ids: conflict.ids, at: Date.UTC(2024, 4, 1) };

/** A closed version 2 database holding the fixture (and `extra` copies of its first story under other URLs). */
async function v2Database(extra = 0): Promise<string> {
  const name = `v2-${Math.random()}`;
  const v2 = openV2(name);
  for (const table of V1_TABLES) await v2.table(table).bulkAdd(fixture[table]);
  await v2.table('dismissed').add(dismissal);
  const first = fixture.stories[0]!;
  await v2.table('stories').bulkAdd(Array.from({ length: extra }, (_, i) => ({ ...first, url: `https://many.example/${String(i).padStart(5, '0')}`, text: `${first.text}\n\nCopy ${i}.` })));
  v2.close();
  return name;
}

describe('schema 2 -> 3 (story bodies)', () => {
  it('moves text and claims into bodies: records lose them, nothing else changes', async () => {
    const db = openDb({ name: await v2Database() });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    for (const story of await db.stories.toArray()) {
      expect(story).not.toHaveProperty('text');
      expect(story).not.toHaveProperty('claims');
    }
    expect(await db.bodies.count()).toBe(fixture.stories.length);
    expect(await fullStories(db)).toEqual(fixture.stories);
    for (const table of V1_TABLES.filter((t) => t !== 'stories')) expect(await db.table(table).toArray(), table).toEqual(fixture[table]);
    expect(await db.dismissed.toArray()).toEqual([dismissal]);
    db.close();
  });

  it('moves every story of a store larger than one page of the migration', async () => {
    const db = openDb({ name: await v2Database(1234) });
    await db.open();
    expect(await db.bodies.count()).toBe(fixture.stories.length + 1234);
    expect(await storyText(db, 'https://many.example/01233')).toBe(`${fixture.stories[0]!.text}\n\nCopy 1233.`);
    expect(await db.stories.filter((s) => 'text' in s || 'claims' in s).count()).toBe(0);
    db.close();
  });

  it('migrated stories stay usable: indexes, claims for conflicts, a new copy joins their story', async () => {
    const db = openDb({ name: await v2Database() });
    const story = fixture.stories[0]!;
    expect((await db.stories.where('matchKeys').equals(story.matchKeys[0]!).toArray()).map((s) => s.url)).toContain(story.url);
    expect((await new DexieArticleStore(db).getArticle(story.url))?.analysis.claims).toEqual(story.claims);
    const copy = { url: 'https://metro.example/election', title: story.title, source: 'Metro', byline: null, published: null, lang: 'en', text: story.text };
    const now = Date.UTC(2024, 4, 2);
    const result = await captureInStore(db, copy, now);
    expect(result.groupId).toBe(story.groupId);
    expect(await storyText(db, copy.url)).toBe(story.text);
    db.close();
  });

  it('exports the migrated store with its texts, and the file imports into a fresh store unchanged', async () => {
    const db = openDb({ name: await v2Database() });
    const file = await exportData(db, Date.UTC(2024, 4, 3));
    expect(file.articles.map((a) => a.text).sort()).toEqual(fixture.stories.map((s) => s.text).sort());
    const fresh = openDb({ name: `fresh-${Math.random()}` });
    await importExport(fresh, file);
    expect((await exportData(fresh, Date.UTC(2024, 4, 3))).articles).toEqual(file.articles);
    db.close();
    fresh.close();
  });

  it('a file exported by schema 2 (frozen) still imports, texts and all', async () => {
    const json = readFileSync(new URL('../__fixtures__/export-schema2.json', import.meta.url), 'utf8');
    const old = JSON.parse(json) as { articles: { url: string; text: string }[]; dismissed: unknown[] };
    const db = openDb({ name: `import-${Math.random()}` });
    const summary = await importJson(db, json);
    expect(summary.added).toBe(old.articles.length);
    for (const a of old.articles) expect(await storyText(db, a.url)).toBe(a.text);
    expect(await db.dismissed.toArray()).toEqual(old.dismissed);
    const again = await exportData(db, Date.UTC(2024, 4, 3));
    expect(again.articles.map(({ url, text }) => ({ url, text }))).toEqual(old.articles.map(({ url, text }) => ({ url, text })));
    db.close();
  });
});

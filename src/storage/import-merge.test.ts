import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump, fillLibrary, freshDb, LIBRARY } from './__fixtures__/library.ts';
import { setDismissed } from './dismissed-repo.ts';
import { exportData } from './export-data.ts';
import { importExport } from './import-merge.ts';
import { parseExport } from './import-validate.ts';
import { clearAll } from './story-delete.ts';

const roundTrip = async (db: Parameters<typeof exportData>[0]) => parseExport(JSON.stringify(await exportData(db, 1)));

describe('export and import', () => {
  it('export -> clear -> import restores every table exactly', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const [first] = await db.conflicts.toArray();
    expect(first, 'the library has conflicts').toBeDefined();
    await setDismissed(db, first!.key, true, 5);
    const before = await dump(db);
    const file = await roundTrip(db);
    await clearAll(db);
    expect((await dump(db)).stories).toEqual([]);
    const summary = await importExport(db, file);
    expect(summary).toEqual({ added: LIBRARY.length, existing: 0, stories: before.groups!.length, conflicts: before.conflicts!.length });
    const after = await dump(db);
    expect(after).toEqual({ ...before, tabs: [] });
  });

  it('importing into the same library adds nothing (no duplicates)', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const before = await dump(db);
    const summary = await importExport(db, await roundTrip(db));
    expect(summary).toMatchObject({ added: 0, existing: LIBRARY.length, stories: 0, conflicts: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('merges a file that shares an article with a story here into that story', async () => {
    const a = freshDb();
    await fillLibrary(a, [LIBRARY[0], LIBRARY[1]]);
    const b = freshDb();
    await fillLibrary(b, [LIBRARY[1], LIBRARY[2]], Date.UTC(2024, 5, 1));
    const summary = await importExport(a, await roundTrip(b));
    expect(summary).toMatchObject({ added: 1, existing: 1, stories: 0 });
    const groups = await a.groups.toArray();
    expect(groups).toHaveLength(1);
    expect(new Set(groups[0]!.articleIds)).toEqual(new Set([LIBRARY[0].url, LIBRARY[1].url, LIBRARY[2].url]));
    expect(new Set((await a.stories.toArray()).map((s) => s.groupId))).toEqual(new Set([groups[0]!.id]));
    // The shared article keeps its record here; its seen times widen to cover both.
    const shared = await a.stories.get({ url: LIBRARY[1].url });
    expect(shared?.lastSeen).toBe(Date.UTC(2024, 5, 1));
  });
});

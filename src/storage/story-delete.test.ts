import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fillLibrary, freshDb, LIBRARY } from './__fixtures__/library.ts';
import { setDismissed } from './dismissed-repo.ts';
import { clearAll, deleteArticles, deleteStoryGroup } from './story-delete.ts';
import { setTabStatus } from './tabs-repo.ts';

describe('deleting', () => {
  it('an article takes its matches, conflicts, dismissals and tab records with it; its story stays', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const url = LIBRARY[0].url;
    const conflict = (await db.conflicts.where('ids').equals(url).toArray())[0];
    if (conflict) await setDismissed(db, conflict.key, true, 1);
    await setTabStatus(db, 7, url, 'captured', url, 1);
    const groupId = (await db.stories.get({ url: url }))!.groupId;
    expect(await deleteArticles(db, [url])).toEqual({ articles: 1, tabIds: [7] });
    expect(await db.stories.get({ url: url })).toBeUndefined();
    expect(await db.matches.filter((m) => m.a === url || m.b === url).count()).toBe(0);
    expect(await db.conflicts.where('ids').equals(url).count()).toBe(0);
    expect(await db.dismissed.where('ids').equals(url).count()).toBe(0);
    expect(await db.tabs.count()).toBe(0);
    expect((await db.groups.get(groupId))?.articleIds).not.toContain(url);
  });

  it('a whole story removes all its articles and the group, nothing of other stories', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const groupId = (await db.stories.get({ url: LIBRARY[0].url }))!.groupId;
    const members = (await db.groups.get(groupId))!.articleIds;
    const result = await deleteStoryGroup(db, groupId);
    expect(result.articles).toBe(members.length);
    expect(await db.groups.get(groupId)).toBeUndefined();
    expect(await db.stories.count()).toBe(LIBRARY.length - members.length);
    expect(await db.stories.get({ url: LIBRARY[3].url })).toBeDefined();
  });

  it('clearing everything keeps the settings', async () => {
    const db = freshDb();
    await fillLibrary(db);
    await db.settings.put({ key: 'autoCapture', value: false });
    await clearAll(db);
    expect(await Promise.all([db.stories.count(), db.groups.count(), db.matches.count(), db.conflicts.count()])).toEqual([0, 0, 0, 0]);
    expect(await db.settings.count()).toBe(1);
  });
});

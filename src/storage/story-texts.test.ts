import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fillLibrary, freshDb, LIBRARY } from './__fixtures__/library.ts';
import { storyTexts } from './story-texts.ts';

describe('storyTexts', () => {
  it('collapses a copy under the text it copies, with the share it reused', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const group = (await db.stories.get({ url: LIBRARY[0].url }))!.groupId;
    const stories = await db.stories.where('groupId').equals(group).toArray();
    const texts = storyTexts(stories, await db.matches.toArray());
    expect(texts.map((t) => [t.original.url, t.copies.map((c) => c.story.url)])).toEqual([
      [LIBRARY[0].url, [LIBRARY[1].url]],
      [LIBRARY[2].url, []],
    ]);
    expect(texts[0]!.copies[0]!.reused).toBeGreaterThan(0.5);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fillLibrary, freshDb, LIBRARY } from './__fixtures__/library.ts';
import { applyRetention } from './retention.ts';

const DAY = 24 * 60 * 60 * 1000;
const start = Date.UTC(2024, 4, 1);

describe('retention policy', () => {
  it('deletes whole stories not read for N days, keeping a story any of whose articles is recent', async () => {
    const db = freshDb();
    await fillLibrary(db, LIBRARY, start);
    // The election story's copy is read again 40 days later.
    await db.stories.where('url').equals(LIBRARY[1].url).modify({ lastSeen: start + 40 * DAY });
    const result = await applyRetention(db, { retentionDays: 30, maxStories: null }, start + 45 * DAY);
    expect(result.articles).toBe(4); // the fire and transfer stories: two articles each
    expect((await db.stories.toArray()).map((s) => s.url).sort()).toEqual([LIBRARY[0].url, LIBRARY[1].url, LIBRARY[2].url].sort());
    expect(await db.groups.count()).toBe(1);
  });

  it('keeps at most N stories, the most recently read', async () => {
    const db = freshDb();
    await fillLibrary(db, LIBRARY, start);
    await applyRetention(db, { retentionDays: null, maxStories: 1 }, start);
    // The transfer story was captured last.
    expect((await db.stories.toArray()).map((s) => s.url).sort()).toEqual([LIBRARY[5].url, LIBRARY[6].url].sort());
  });

  it('does nothing when within limits', async () => {
    const db = freshDb();
    await fillLibrary(db, LIBRARY, start);
    expect(await applyRetention(db, { retentionDays: 90, maxStories: 10 }, start + DAY)).toEqual({ articles: 0, tabIds: [] });
    expect(await db.stories.count()).toBe(LIBRARY.length);
  });
});

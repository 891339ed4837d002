import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../engine/analysis.ts';
import { ingest } from '../engine/match/ingest.ts';
import { parsePlainText } from '../engine/text/parse-plain-text.ts';
import { DexieArticleStore } from './article-store.ts';
import { fillLibrary, freshDb, LIBRARY } from './__fixtures__/library.ts';
import { dismissedAmong, dismissKey, setDismissed } from './dismissed-repo.ts';
import { storyCounts } from './story-counts.ts';

describe('dismissing a conflict', () => {
  it('persists by key, leaves the badge count, survives a recapture, and can be undone', async () => {
    const db = freshDb();
    await fillLibrary(db);
    const conflict = (await db.conflicts.toArray()).find((c) => c.kind === 'conflict');
    if (!conflict) throw new Error('the library should hold a conflict');
    const url = conflict.a.id;
    const before = await storyCounts(db, url);
    expect(await setDismissed(db, conflict.key, true, 10)).toEqual(conflict.ids);
    expect(await dismissedAmong(db, await db.conflicts.toArray())).toEqual(new Set([conflict.key]));
    expect((await storyCounts(db, url))?.conflicts).toBe((before?.conflicts ?? 0) - 1);

    // A changed revisit detaches the article (dropping its conflict records) and finds the flag again.
    const entry = LIBRARY.find((e) => e.url === url) ?? LIBRARY[0];
    const article = { ...parsePlainText(`${entry.raw}\n\nAn added closing line for the update.`, url), lang: 'en' };
    const store = new DexieArticleStore(db);
    await ingest(store, analyzeArticle(article), 20);
    // Found again, its sides possibly swapped (this article is now the later one).
    const again = (await db.conflicts.toArray()).filter((c) => dismissKey(c) === dismissKey(conflict));
    expect(again).toHaveLength(1);
    expect(await dismissedAmong(db, again)).toEqual(new Set([again[0]!.key]));

    await setDismissed(db, again[0]!.key, false, 30);
    expect(await dismissedAmong(db, again)).toEqual(new Set());
  });

  it('answers null for a key that names no conflict', async () => {
    expect(await setDismissed(freshDb(), 'nope', true, 1)).toBeNull();
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../engine/analysis.ts';
import { ingest } from '../engine/match/ingest.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import { DexieArticleStore } from './article-store.ts';
import { openDb } from './db.ts';
import { saveStory } from './stories-repo.ts';

const wire = [
  'Firefighters in the port city of Valmora battled a blaze at the Orlen chemical plant through the night, officials said on Monday.',
  'Three workers were taken to hospital with burns and the plant manager, Ilse Brandt, said the fire started in a storage hall.',
  '"We evacuated the site within minutes and nobody is missing," Brandt told reporters at the gate.',
  'Residents within two kilometres were told to keep windows closed while the smoke cleared, the regional fire service said.',
].join('\n\n');

const article = (url: string, text: string, title = 'Fire at Valmora chemical plant'): ExtractedArticle =>
  ({ url, title, source: new URL(url).hostname, byline: null, published: '2024-05-13T08:00:00.000Z', lang: 'en', text });

async function capture(db: ReturnType<typeof openDb>, a: ExtractedArticle, now: number) {
  const store = new DexieArticleStore(db);
  const analysis = analyzeArticle(a);
  return store.transaction(async () => {
    const result = await ingest(store, analysis, now);
    await saveStory(db, a, analysis, now);
    return result;
  });
}

describe('DexieArticleStore with ingest', () => {
  it('finds a copy by index, files both in one story, and a revisit updates without duplicating', async () => {
    const db = openDb({ name: `store-${Math.random()}` });
    await capture(db, article('https://one.example/fire', wire), 1);
    const second = await capture(db, article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 2);
    expect(second.matches).toEqual([expect.objectContaining({ a: 'https://one.example/fire', b: 'https://two.example/blaze', relation: 'copy' })]);
    expect(second.groupId).toBe('https://one.example/fire');

    const again = await capture(db, article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 3);
    expect(again.groupId).toBe(second.groupId);
    expect(await db.stories.count()).toBe(2);
    const record = await db.stories.get('https://two.example/blaze');
    expect(record).toMatchObject({ firstSeen: 2, lastSeen: 3, groupId: 'https://one.example/fire' });
    expect(record?.text).toContain('Brandt told reporters');
    expect(await db.groups.toArray()).toEqual([expect.objectContaining({ id: 'https://one.example/fire', articleIds: ['https://one.example/fire', 'https://two.example/blaze'] })]);
    expect(await db.matches.count()).toBe(1);
  });

  it('rolls back everything when the capture fails midway', async () => {
    const db = openDb({ name: `store-${Math.random()}` });
    const store = new DexieArticleStore(db);
    const a = article('https://one.example/fire', wire);
    await expect(store.transaction(async () => {
      await ingest(store, analyzeArticle(a), 1);
      throw new Error('worker killed');
    })).rejects.toThrow('worker killed');
    expect(await db.stories.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
  });
});

import type { ExtractedArticle } from '../engine/types.ts';
import type { CrosscheckDb, StoryRecord } from './db.ts';

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/**
 * Stores a captured article keyed by its canonical URL: a first visit adds a
 * record, a revisit updates it in place and keeps the first-seen time.
 */
export async function saveStory(db: CrosscheckDb, article: ExtractedArticle, now: number): Promise<StoryRecord> {
  return db.transaction('rw', db.stories, async () => {
    const existing = await db.stories.where('url').equals(article.url).first();
    const fields = {
      url: article.url,
      title: article.title,
      source: article.source,
      byline: article.byline,
      published: article.published,
      lang: article.lang,
      words: countWords(article.text),
      text: article.text,
      lastSeen: now,
    };
    if (existing) {
      const updated: StoryRecord = { ...existing, ...fields };
      await db.stories.put(updated);
      return updated;
    }
    const id = await db.stories.add({ ...fields, firstSeen: now } as StoryRecord);
    return { ...fields, id, firstSeen: now };
  });
}

/** The most recently seen stories, newest first. */
export function recentStories(db: CrosscheckDb, limit: number): Promise<StoryRecord[]> {
  return db.stories.orderBy('lastSeen').reverse().limit(limit).toArray();
}

export function getStory(db: CrosscheckDb, id: number): Promise<StoryRecord | undefined> {
  return db.stories.get(id);
}

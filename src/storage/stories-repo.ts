import type { ArticleAnalysis } from '../engine/analysis.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { CrosscheckDb, NewStoryRecord, StoryBodyRecord, StoryRecord } from './db.ts';
import { bodyText, encodeBody } from './story-body.ts';

/**
 * Stores a captured article keyed by its canonical URL: a first visit adds a
 * record, a revisit updates it in place and keeps the first-seen time and its
 * story group (ingest decides the group; see DexieArticleStore).
 */
export async function saveStory(db: CrosscheckDb, article: ExtractedArticle, analysis: ArticleAnalysis, now: number): Promise<StoryRecord> {
  return db.transaction('rw', db.stories, db.bodies, async () => {
    const record = storyRecord(article, analysis, now, await getStory(db, article.url));
    const [id] = await Promise.all([db.stories.put(record), db.bodies.put(storyBody(article, analysis))]);
    return { ...record, id };
  });
}

/**
 * The records saveStory writes for a capture at `now`, given the record already
 * stored under the URL (if any). Exported so bulk writers (the benchmark's
 * store filler) store exactly what a capture stores.
 */
export function storyRecord(article: ExtractedArticle, analysis: ArticleAnalysis, now: number, existing?: StoryRecord): NewStoryRecord {
  return {
    // A revisit overwrites the record under its key; a first capture gets one.
    ...(existing ? { id: existing.id } : {}),
    url: article.url,
    title: article.title,
    source: article.source,
    byline: article.byline,
    published: article.published,
    lang: article.lang,
    words: analysis.words,
    fingerprint: analysis.fingerprint,
    entities: analysis.entities,
    quoteGrams: analysis.quoteGrams,
    quoteSpeakers: analysis.quoteSpeakers,
    figures: analysis.figures,
    matchKeys: analysis.matchKeys,
    // lastSeen 0 marks the placeholder DexieArticleStore adds during a first ingest.
    firstSeen: existing?.lastSeen ? existing.firstSeen : now,
    lastSeen: now,
    groupId: existing?.groupId ?? article.url,
  };
}

export function storyBody(article: ExtractedArticle, analysis: ArticleAnalysis): StoryBodyRecord {
  return encodeBody(article.url, article.text, analysis.claims);
}

/** A stored story's text ('' when it has none), inflated. */
export async function storyText(db: CrosscheckDb, url: string): Promise<string> {
  const body = await db.bodies.get(url);
  return body ? bodyText(body) : '';
}

/** The most recently seen stories, newest first. */
export function recentStories(db: CrosscheckDb, limit: number): Promise<StoryRecord[]> {
  return db.stories.orderBy('lastSeen').reverse().limit(limit).toArray();
}

/** The story stored under `url` (the unique index; the table's key is internal, see StoryRecord.id). */
export function getStory(db: CrosscheckDb, url: string): Promise<StoryRecord | undefined> {
  return db.stories.get({ url });
}

/** The stories stored under any of `urls`, in no particular order; URLs not stored are left out. */
export function storiesAt(db: CrosscheckDb, urls: readonly string[]): Promise<StoryRecord[]> {
  return db.stories.where('url').anyOf([...new Set(urls)]).toArray();
}

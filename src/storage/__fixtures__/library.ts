// A small saved library for storage tests: invented articles from
// tests/fixtures/relations captured through the real ingest path, so the
// store holds real groups, copy and same-story matches, and conflicts.
import electionCopy from '../../../tests/fixtures/relations/election-copy.txt?raw';
import electionRewrite from '../../../tests/fixtures/relations/election-rewrite.txt?raw';
import electionWire from '../../../tests/fixtures/relations/election-wire.txt?raw';
import fireCopy from '../../../tests/fixtures/relations/factory-fire-copy.txt?raw';
import fireWire from '../../../tests/fixtures/relations/factory-fire-wire.txt?raw';
import transferRewrite from '../../../tests/fixtures/relations/transfer-rewrite.txt?raw';
import transferWire from '../../../tests/fixtures/relations/transfer-wire.txt?raw';
import { analyzeArticle } from '../../engine/analysis.ts';
import { ingest, type IngestResult } from '../../engine/match/ingest.ts';
import { parsePlainText } from '../../engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../../engine/types.ts';
import { CANDIDATE_LIMITS, DexieArticleStore } from '../article-store.ts';
import { openDb, type CrosscheckDb, type StoryRecord } from '../db.ts';
import { saveStory } from '../stories-repo.ts';

export const LIBRARY = [
  { url: 'https://wire.example/election', raw: electionWire, source: 'NWS' },
  { url: 'https://herald.example/election-copy', raw: electionCopy, source: 'The Herald' },
  { url: 'https://courier.example/election', raw: electionRewrite, source: 'The Courier' },
  { url: 'https://wire.example/fire', raw: fireWire, source: 'NWS' },
  { url: 'https://post.example/fire', raw: fireCopy, source: 'The Post' },
  // Two reports of one transfer that quote the manager in different words: the library's conflicts.
  { url: 'https://wire.example/transfer', raw: transferWire, source: 'NWS' },
  { url: 'https://gazette.example/transfer', raw: transferRewrite, source: 'The Gazette' },
] as const;

export const freshDb = (): CrosscheckDb => openDb({ name: `test-${Math.random()}` });

/** Captures one article as the extension does (ingest and its record in one transaction, given the capture context). */
export async function captureInStore(db: CrosscheckDb, article: ExtractedArticle, now: number): Promise<IngestResult> {
  const store = new DexieArticleStore(db, CANDIDATE_LIMITS, { article, now });
  const analysis = analyzeArticle(article);
  return store.transaction(async () => {
    const result = await ingest(store, analysis, now);
    await store.saveCaptured(analysis);
    return result;
  });
}

/** Captures `entries` in order, one minute apart from `start`. */
export async function fillLibrary(db: CrosscheckDb, entries: readonly (typeof LIBRARY)[number][] = LIBRARY, start = Date.UTC(2024, 4, 1)): Promise<void> {
  const store = new DexieArticleStore(db);
  for (const [i, entry] of entries.entries()) {
    const article = { ...parsePlainText(entry.raw, entry.url), source: entry.source, lang: 'en' };
    const analysis = analyzeArticle(article);
    const now = start + i * 60_000;
    await store.transaction(async () => {
      await ingest(store, analysis, now);
      await saveStory(db, article, analysis, now);
    });
  }
}

/**
 * Every table's rows, for "nothing changed" and "restored exactly" checks.
 * Stories in URL order and without their storage key (StoryRecord.id), which
 * is internal: a story imported again gets a new one.
 */
export async function dump(db: CrosscheckDb): Promise<Record<string, unknown[]>> {
  const tables = ['stories', 'bodies', 'groups', 'matches', 'conflicts', 'dismissed', 'tabs', 'settings'] as const;
  const rows = await Promise.all(tables.map((t) => (t === 'stories' ? db.stories.orderBy('url').toArray().then(withoutIds) : db.table(t).toArray())));
  return Object.fromEntries(tables.map((t, i) => [t, rows[i] ?? []]));
}

/** Story records as everything outside the table sees them: without their storage key. */
function withoutIds(stories: readonly StoryRecord[]): Omit<StoryRecord, 'id'>[] {
  return stories.map(({ id: _id, ...story }) => story);
}

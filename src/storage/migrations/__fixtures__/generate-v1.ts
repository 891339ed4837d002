// Regenerates v1-store.json: a small reading history as schema version 1 wrote
// it (three captured articles of one election story, with matches and conflicts, plus
// tab records and settings). Run once per schema change, from the repository root:
//   npx tsx src/storage/migrations/__fixtures__/generate-v1.ts
// The file is committed; tests read it and never regenerate it.
/* eslint-disable no-restricted-imports -- a fixture generator run by hand under Node (tsx), never bundled into the extension */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../../engine/analysis.ts';
import { ingest } from '../../../engine/match/ingest.ts';
import { parsePlainText } from '../../../engine/text/parse-plain-text.ts';
import { DexieArticleStore } from '../../article-store.ts';
import type { CrosscheckDb } from '../../db.ts';
import { saveStory } from '../../stories-repo.ts';
import { encodeRows, openV1, V1_TABLES } from './v1-schema.ts';

const relations = new URL('../../../../tests/fixtures/relations/', import.meta.url);
const entries = [
  ['https://wire.example/election', 'election-wire.txt', 'NWS'],
  ['https://herald.example/election-copy', 'election-copy.txt', 'The Herald'],
  ['https://courier.example/election', 'election-rewrite.txt', 'The Courier'],
] as const;

const db = openV1('v1-fixture') as unknown as CrosscheckDb;
const store = new DexieArticleStore(db);
const start = Date.UTC(2024, 2, 12, 9);
for (const [i, [url, file, source]] of entries.entries()) {
  const article = { ...parsePlainText(readFileSync(new URL(file, relations), 'utf8'), url), source, lang: 'en' };
  const analysis = analyzeArticle(article);
  const now = start + i * 3_600_000;
  await store.transaction(async () => {
    await ingest(store, analysis, now);
    await saveStory(db, article, analysis, now);
  });
  await db.tabs.put({ tabId: 100 + i, url, status: 'captured', storyUrl: url, updatedAt: now });
}
await db.tabs.put({ tabId: 200, url: 'https://wire.example/', status: 'not-article', storyUrl: null, updatedAt: start });
await db.settings.bulkPut([{ key: 'pausedSites', value: ['bank.example'] }, { key: 'retentionDays', value: 30 }]);
const rows = Object.fromEntries(await Promise.all(V1_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
writeFileSync(fileURLToPath(new URL('./v1-store.json', import.meta.url)), `${encodeRows(rows)}\n`);
console.log(Object.entries(rows).map(([t, r]) => `${t}: ${r.length}`).join(', '));

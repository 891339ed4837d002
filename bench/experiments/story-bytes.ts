// Where a stored story's bytes go, part by part, before IndexedDB adds its own
// (LevelDB keys, snappy blocks): the logical size of each field of the story
// record, of its deflated body and of its index entries, averaged over the
// store's length mix (bench/fixtures/corpus.ts). Set beside store.bytesPerStory
// (on disk) it shows what the 6 KB budget would have to give up. Node only;
// not run by `bench`.
//   npx tsx bench/experiments/story-bytes.ts [N]   (default 300 articles)
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { storyBody, storyRecord } from '../../src/storage/stories-repo.ts';
import { baseCorpus } from '../fixtures/corpus.ts';

const n = Number(process.argv[2] ?? 300);
const json = (x: unknown): number => new TextEncoder().encode(JSON.stringify(x)).length;
/**
 * Chromium's IndexedDB encodes string keys as UTF-16 and writes an index
 * entry as (index key, primary key) -> primary key: the story's URL twice.
 */
const utf16 = (s: string): number => 2 * s.length;

const parts = new Map<string, number>();
const add = (part: string, bytes: number): void => void parts.set(part, (parts.get(part) ?? 0) + bytes);

const articles = baseCorpus(n, 11);
let words = 0;
for (const article of articles) {
  const analysis = analyzeArticle(article);
  const record = storyRecord(article, analysis, 0);
  const { fingerprint: fp, quoteGrams, matchKeys, entities, figures } = record;
  words += analysis.words;
  add('record: word shingles (Uint32)', fp.shingles.byteLength);
  add('record: character grams (Uint32)', fp.charGrams.byteLength);
  add('record: quote grams (Uint32)', quoteGrams.byteLength);
  add('record: MinHash signature (64 numbers)', 8 * fp.signature.length);
  add('record: band keys + match keys (strings)', json(fp.bandKeys) + json(matchKeys));
  add('record: entities, figures, metadata', json(entities) + json(figures) + json({ ...record, fingerprint: { ...fp, shingles: 0, charGrams: 0, signature: 0, bandKeys: 0 }, quoteGrams: 0, matchKeys: 0, entities: 0, figures: 0 }));
  add('body: text + claims, deflated together', storyBody(article, analysis).packed.length);
  add(`index: ${matchKeys.length} match keys x (key + URL twice), UTF-16`, matchKeys.reduce((sum, key) => sum + utf16(key) + 2 * utf16(record.url), 0));
}

const total = [...parts.values()].reduce((a, b) => a + b, 0);
console.log(`${n} stories of the store's mix (${Math.round(words / n)} words on average): logical bytes per story\n`);
console.log('| part | bytes | share |\n|---|---|---|');
for (const [part, bytes] of parts) console.log(`| ${part} | ${Math.round(bytes / n)} | ${((100 * bytes) / total).toFixed(0)}% |`);
console.log(`| total | ${Math.round(total / n)} | |`);

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../engine/analysis.ts';
import { ingest } from '../engine/match/ingest.ts';
import { LANDSLIDE_REWRITE, LANDSLIDE_WIRE } from '../engine/match/__fixtures__/landslide.ts';
import { parsePlainText } from '../engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import { CANDIDATE_LIMITS, DexieArticleStore } from './article-store.ts';
import { openDb } from './db.ts';
import { saveStory, storyRecord, storyText } from './stories-repo.ts';
import { bodyClaims, bodyText } from './story-body.ts';
import { captureInStore } from './__fixtures__/library.ts';

const wire = [
  'Firefighters in the port city of Valmora battled a blaze at the Orlen chemical plant through the night, officials said on Monday.',
  'Three workers were taken to hospital with burns and the plant manager, Ilse Brandt, said the fire started in a storage hall.',
  '"We evacuated the site within minutes and nobody is missing," Brandt told reporters at the gate.',
  'Residents within two kilometres were told to keep windows closed while the smoke cleared, the regional fire service said.',
].join('\n\n');

const article = (url: string, text: string, title = 'Fire at Valmora chemical plant'): ExtractedArticle =>
  ({ url, title, source: new URL(url).hostname, byline: null, published: '2024-05-13T08:00:00.000Z', lang: 'en', text });

/** As the background captures (capture-article.ts): the store writes the record as ingest files it. */
const capture = captureInStore;

/** Without a capture context: ingest, then saveStory writes text and seen times. */
async function captureThenSave(db: ReturnType<typeof openDb>, a: ExtractedArticle, now: number) {
  const store = new DexieArticleStore(db);
  const analysis = analyzeArticle(a);
  return store.transaction(async () => {
    const result = await ingest(store, analysis, now);
    await saveStory(db, a, analysis, now);
    return result;
  });
}

async function contents(db: ReturnType<typeof openDb>) {
  const bodies = await db.bodies.toArray();
  return {
    stories: await db.stories.toArray(),
    bodies: bodies.map((b) => ({ url: b.url, text: bodyText(b), claims: bodyClaims(b) })),
    groups: await db.groups.toArray(),
    matches: await db.matches.toArray(),
    conflicts: await db.conflicts.toArray(),
  };
}

describe('DexieArticleStore with ingest', () => {
  it('finds a report of the same event published the next day by its leading name and day alone', async () => {
    const db = openDb({ name: `store-${Math.random()}` });
    const page = (raw: string, url: string): ExtractedArticle => ({ ...parsePlainText(raw, url), url });
    const first = await capture(db, page(LANDSLIDE_WIRE, 'https://one.example/landslide'), 1);
    const second = await capture(db, page(LANDSLIDE_REWRITE, 'https://two.example/mudslide'), 2);
    expect(second.matches).toMatchObject([{ a: 'https://one.example/landslide', b: 'https://two.example/mudslide', relation: 'same-story' }]);
    expect(second.groupId).toBe(first.groupId);
    // Indexed under its own day only: the neighbouring days are looked up, not stored.
    const stored = await db.stories.where('url').equals('https://two.example/mudslide').first();
    expect(stored?.matchKeys.filter((k) => k.includes('|@'))).toHaveLength(2);
  });

  it('finds a copy by index, files both in one story, and a revisit updates without duplicating', async () => {
    const db = openDb({ name: `store-${Math.random()}` });
    await capture(db, article('https://one.example/fire', wire), 1);
    const second = await capture(db, article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 2);
    expect(second.matches).toEqual([expect.objectContaining({ a: 'https://one.example/fire', b: 'https://two.example/blaze', relation: 'copy' })]);
    expect(second.groupId).toBe('https://one.example/fire');

    const again = await capture(db, article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 3);
    expect(again.groupId).toBe(second.groupId);
    expect(await db.stories.count()).toBe(2);
    const record = await db.stories.get({ url: 'https://two.example/blaze' });
    expect(record).toMatchObject({ firstSeen: 2, lastSeen: 3, groupId: 'https://one.example/fire' });
    expect(record).not.toHaveProperty('text');
    expect(record).not.toHaveProperty('claims');
    expect(await storyText(db, 'https://two.example/blaze')).toContain('Brandt told reporters');
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
    expect(await db.bodies.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
  });

  it('writing the record as ingest files it stores exactly what ingest then saveStory store, revisits and changes included', async () => {
    const [once, twice] = [openDb({ name: `store-${Math.random()}` }), openDb({ name: `store-${Math.random()}` })];
    const steps: [ExtractedArticle, number][] = [
      [article('https://one.example/fire', wire), 1],
      [article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 2],
      [article('https://two.example/blaze', `Updated at 9am.\n\n${wire}`), 3],
      [{ ...article('https://one.example/fire', wire), byline: 'Ilse Brandt' }, 4],
      [article('https://one.example/fire', `${wire}\n\nThe plant will stay closed for a week, the company said.`), 5],
    ];
    for (const [a, now] of steps) expect(await capture(once, a, now)).toEqual(await captureThenSave(twice, a, now));
    expect(await contents(once)).toEqual(await contents(twice));
  });

  it('keeps text and claims out of the record candidate lookup reads; getArticle reads them back', async () => {
    const db = openDb({ name: `store-${Math.random()}` });
    const a = article('https://one.example/fire', wire);
    await capture(db, a, 1);
    const store = new DexieArticleStore(db);
    const analysis = analyzeArticle(a);
    const [candidate] = await store.findCandidates(analysis.matchKeys);
    expect(candidate?.analysis).not.toHaveProperty('claims');
    expect(candidate?.analysis.fingerprint.signature).toEqual(analysis.fingerprint.signature);
    // Who is quoted goes with the record: matching weighs shared quotation by it.
    expect(candidate?.analysis.quoteSpeakers).toEqual(['^brandt']);
    expect((await store.getArticle(a.url))?.analysis.claims).toEqual(analysis.claims);
    expect(await storyText(db, a.url)).toBe(wire);
  });
});

describe('DexieArticleStore.findCandidates', () => {
  const analysed = analyzeArticle(article('https://base.example/a', wire));
  /** A stored story indexed under exactly `keys`. */
  const stored = (n: number, keys: string[]) => {
    const url = `https://s${n}.example/story`;
    return storyRecord(article(url, wire), { ...analysed, id: url, matchKeys: keys }, n);
  };
  const found = async (store: DexieArticleStore, keys: string[]) => (await store.findCandidates(keys)).map((c) => c.analysis.id).sort();
  const limits = { ...CANDIDATE_LIMITS, commonPair: 3, pairCandidates: 2 };

  it('skips an entity pair named in more stories than commonPair, and reads a rarer one', async () => {
    const db = openDb({ name: `cand-${Math.random()}` });
    await db.stories.bulkPut([0, 1, 2, 3].map((n) => stored(n, ['e:city|council'])).concat(stored(4, ['e:brandt|valmora'])));
    const store = new DexieArticleStore(db, limits);
    expect(await found(store, ['e:city|council'])).toEqual([]);
    expect(await found(store, ['e:city|council', 'e:brandt|valmora'])).toEqual(['https://s4.example/story']);
  });

  it('reads at most pairCandidates same-story candidates, those sharing the most pairs first', async () => {
    const db = openDb({ name: `cand-${Math.random()}` });
    await db.stories.bulkPut([
      stored(0, ['e:a|b']),
      stored(1, ['e:a|b', 'e:a|c', 'e:b|c']),
      stored(2, ['e:a|c']),
      stored(3, ['e:a|b', 'e:a|c']),
    ]);
    const store = new DexieArticleStore(db, limits);
    expect(await found(store, ['e:a|b', 'e:a|c', 'e:b|c'])).toEqual(['https://s1.example/story', 'https://s3.example/story']);
  });

  it('always reads band-key candidates (possible copies), however many pair candidates there are', async () => {
    const db = openDb({ name: `cand-${Math.random()}` });
    await db.stories.bulkPut([stored(0, ['b:0:x', 'e:a|b']), stored(1, ['e:a|b']), stored(2, ['e:a|b'])]);
    const store = new DexieArticleStore(db, { ...limits, pairCandidates: 1 });
    expect(await found(store, ['b:0:x', 'e:a|b'])).toEqual(['https://s0.example/story', 'https://s1.example/story']);
  });
});

// Fills the extension's IndexedDB with N stories, fast: a few hundred base
// articles are analysed for real (analyzeArticle) and filed by the real ingest
// (in memory), then repeated as variants (see variants.ts) and bulk-written
// with the same record builders a capture uses.
import { analyzeArticle } from '../../src/engine/analysis.ts';
import type { Conflict } from '../../src/engine/conflicts/index.ts';
import { ingest } from '../../src/engine/match/ingest.ts';
import { MemoryArticleStore } from '../../src/engine/match/memory-store.ts';
import type { MatchRecord, StoryGroup } from '../../src/engine/match/store.ts';
import { DexieArticleStore } from '../../src/storage/article-store.ts';
import type { CrosscheckDb, FullStoryRecord, NewStoryRecord, StoryBodyRecord } from '../../src/storage/db.ts';
import { storyBody, storyRecord } from '../../src/storage/stories-repo.ts';
import { baseCorpus, type CorpusArticle } from '../fixtures/corpus.ts';
import { createWorld, type World } from '../fixtures/world.ts';
import { inLayout, type Layout } from './layouts.ts';
import { findStock, variantOf, variantUrl, type BaseStory, type Stock } from './variants.ts';

export interface BaseSet {
  corpus: CorpusArticle[];
  stories: BaseStory[];
  groups: Map<string, StoryGroup>;
  /** Base article id -> its story group id. */
  groupOf: Map<string, string>;
  /** Matches and conflicts by the id of the later article (b), written with it. */
  matches: Map<string, MatchRecord[]>;
  conflicts: Map<string, Conflict[]>;
  stock: Stock;
  world: World;
}

const CHUNK = 1000;
/** A heavy reader: 50 articles a day, so consecutive stored stories are ~30 minutes apart. */
const SPACING_MS = 30 * 60_000;

export async function prepareBase(count: number, seed: number): Promise<BaseSet> {
  const world = createWorld(seed);
  const corpus = baseCorpus(count, seed, world);
  const memory = new MemoryArticleStore();
  const stories: BaseStory[] = [];
  for (const a of corpus) {
    const article = { url: a.url, title: a.title, source: a.source, byline: a.byline, published: a.published, lang: a.lang, text: a.text };
    const analysis = analyzeArticle(article);
    await ingest(memory, analysis, 0);
    stories.push({ article, analysis, names: a.names, event: a.event });
  }
  const order = new Map(corpus.map((a, i) => [a.url, i]));
  const byLater = <T>(items: T[], ids: (x: T) => string[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const x of items) {
      const later = ids(x).sort((p, q) => order.get(q)! - order.get(p)!)[0]!;
      map.set(later, [...(map.get(later) ?? []), x]);
    }
    return map;
  };
  return {
    corpus,
    stories,
    groups: new Map([...memory.groups.values()].map((g) => [g.id, g])),
    groupOf: new Map([...memory.articles.values()].map((a) => [a.analysis.id, a.groupId])),
    matches: byLater(memory.allMatches(), (m) => [m.a, m.b]),
    conflicts: byLater(memory.allConflicts(), (c) => [c.a.id, c.b.id]),
    stock: findStock(stories),
    world,
  };
}

/** Writes stories count..target-1 (story k is variant floor(k / B) of base story k % B). */
export async function fillTo(db: CrosscheckDb, base: BaseSet, target: number, now: number, layout: Layout = 'current'): Promise<{ written: number; ms: number }> {
  const t0 = performance.now();
  const store = new DexieArticleStore(db);
  let count = await db.stories.count();
  const B = base.stories.length;
  const start = count;
  while (count < target) {
    const end = Math.min(target, count + CHUNK);
    const records: NewStoryRecord[] = [];
    const bodies: StoryBodyRecord[] = [];
    const full: FullStoryRecord[] = [];
    const groups: StoryGroup[] = [];
    const matches: MatchRecord[] = [];
    const conflicts: Conflict[] = [];
    for (let k = count; k < end; k++) {
      const v = Math.floor(k / B);
      const story = base.stories[k % B]!;
      const id = story.article.url;
      const at = (u: string): string => variantUrl(u, v);
      const { article, analysis } = variantOf(story, v, base.stock, base.world);
      const seen = now - (target - k) * SPACING_MS;
      const record = { ...storyRecord(article, analysis, seen), groupId: at(base.groupOf.get(id) ?? id) };
      if (layout === 'current') {
        records.push(record);
        bodies.push(storyBody(article, analysis));
      } else {
        full.push({ ...record, text: article.text, claims: analysis.claims });
      }
      const group = base.groups.get(id);
      if (group) groups.push({ ...group, id: at(group.id), articleIds: group.articleIds.map(at), createdAt: seen, updatedAt: seen });
      for (const m of base.matches.get(id) ?? []) matches.push({ ...m, a: at(m.a), b: at(m.b) });
      for (const c of base.conflicts.get(id) ?? []) conflicts.push({ ...c, a: { ...c.a, id: at(c.a.id) }, b: { ...c.b, id: at(c.b.id) } });
    }
    const stored = layout === 'current' ? records : ((await Promise.all(full.map((r) => inLayout(r, layout)))) as NewStoryRecord[]);
    await db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts], async () => {
      await db.stories.bulkAdd(stored);
      await db.bodies.bulkPut(bodies);
      await db.groups.bulkPut(groups);
      await store.putMatches(matches);
      await store.putConflicts(conflicts);
    });
    count = end;
  }
  return { written: count - start, ms: performance.now() - t0 };
}

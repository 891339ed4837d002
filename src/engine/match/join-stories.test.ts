import { describe, expect, it } from 'vitest';
import { MATCH_CONFIG } from './config.ts';
import { storiesToJoin, type FoundMatch } from './join-stories.ts';
import type { StoryGroup } from './store.ts';

const group = (id: string, size: number, createdAt = 0): StoryGroup => ({ id, articleIds: Array.from({ length: size }, (_, i) => `${id}${i}`), createdAt, updatedAt: createdAt });
const hit = (groupId: string, article: string, relation: 'copy' | 'same-story' = 'same-story', similarity = 0.6): FoundMatch =>
  ({ other: { groupId, analysis: { id: article } as FoundMatch['other']['analysis'] }, match: { a: article, b: 'new', relation, similarity, reusedA: 0, reusedB: 0 } });

describe('storiesToJoin', () => {
  it('keeps a single matched story', () => {
    expect(storiesToJoin([group('s', 6)], [hit('s', 's0')], MATCH_CONFIG).map((g) => g.id)).toEqual(['s']);
  });

  it('does not fuse two stories over one weak link to each', () => {
    const joined = storiesToJoin([group('fed-may', 4), group('fed-june', 4)], [hit('fed-may', 'fed-may0', 'same-story', 0.7), hit('fed-june', 'fed-june0', 'same-story', 0.6)], MATCH_CONFIG);
    expect(joined.map((g) => g.id)).toEqual(['fed-may']);
  });

  it('merges stories the article matches broadly, or copies from', () => {
    const found = [hit('a', 'a0'), hit('a', 'a1'), hit('b', 'b3', 'copy'), hit('c', 'c0')];
    const joined = storiesToJoin([group('a', 4), group('b', 5), group('c', 9)], found, MATCH_CONFIG);
    expect(joined.map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('asks at most bridgeCap matches of a long-running story', () => {
    const found = [hit('long', 'long0'), hit('long', 'long1'), hit('long', 'long2'), hit('other', 'other0'), hit('other', 'other1')];
    const joined = storiesToJoin([group('long', 40), group('other', 2)], found, MATCH_CONFIG);
    expect(joined.map((g) => g.id)).toEqual(['long', 'other']);
  });
});

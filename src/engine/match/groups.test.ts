import { describe, expect, it } from 'vitest';
import { independentTexts, pickSurvivor } from './groups.ts';
import type { MatchRecord } from './store.ts';

const m = (a: string, b: string, relation: MatchRecord['relation']): MatchRecord => ({ a, b, relation, similarity: 1, reusedA: 1, reusedB: 1 });

describe('independentTexts', () => {
  it('collapses copies, directly and through another copy', () => {
    const texts = independentTexts(['a', 'b', 'c', 'd', 'e'], [m('a', 'b', 'copy'), m('b', 'c', 'copy'), m('a', 'd', 'same-story')]);
    expect(texts).toEqual([['a', 'b', 'c'], ['d'], ['e']]);
  });

  it('ignores matches with articles outside the story', () => {
    expect(independentTexts(['a'], [m('a', 'x', 'copy')])).toEqual([['a']]);
  });
});

describe('pickSurvivor', () => {
  it('keeps the oldest story', () => {
    const g = (id: string, createdAt: number) => ({ id, articleIds: [id], createdAt, updatedAt: createdAt });
    expect(pickSurvivor([g('b', 5), g('a', 3), g('c', 9)])?.id).toBe('a');
    expect(pickSurvivor([])).toBeUndefined();
  });
});

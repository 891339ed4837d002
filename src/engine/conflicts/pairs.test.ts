import { describe, expect, it } from 'vitest';
import { article } from '../claims/__fixtures__/article.ts';
import type { PredicateClaim } from '../claims/types.ts';
import { claimPairs } from './pairs.ts';

const A = article('a', [
  'Russian troops shelled the centre of Kharkiv overnight.',
  'Officials said troops did not shell the port.',
  'The governor said the army will shell the bridge again.',
  'Negotiators met in Istanbul and did not meet again in Geneva.',
  'Ukraine said it shelled a depot near Donetsk.',
].join(' '));
const B = article('b', [
  'Russian troops did not shell the centre of Kharkiv overnight.',
  'Negotiators met in Istanbul on Monday.',
  'Ukrainian forces shelled the port and will shell the depot.',
].join(' '));

const verbAndTense = (c: PredicateClaim): string => `${c.verb}|${c.tense}`;
const ids = (pairs: [PredicateClaim, PredicateClaim][]): string[] => pairs.map(([x, y]) => `${A.claims.indexOf(x)}:${B.claims.indexOf(y)}|${x.s}:${y.s}`);

describe('claimPairs', () => {
  it('with a key, gives exactly the pairs with equal keys, in the order of all pairs', () => {
    const all = claimPairs(A, B, 'predicate', false);
    expect(all.length).toBeGreaterThan(6);
    const keyed = claimPairs(A, B, 'predicate', false, verbAndTense);
    const expected = all.filter(([x, y]) => verbAndTense(x) === verbAndTense(y));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(all.length);
    expect(ids(keyed)).toEqual(ids(expected));
  });

  it('inside one article, pairs each two claims once and never a sentence with itself, keyed or not', () => {
    const all = claimPairs(A, A, 'predicate', true);
    for (const [x, y] of all) {
      expect(x.s).not.toBe(y.s);
      expect(A.claims.indexOf(x)).toBeLessThan(A.claims.indexOf(y));
    }
    const keyed = claimPairs(A, A, 'predicate', true, verbAndTense);
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed).toEqual(all.filter(([x, y]) => verbAndTense(x) === verbAndTense(y)));
  });
});

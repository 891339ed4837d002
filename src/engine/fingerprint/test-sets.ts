import fc from 'fast-check';
import { fmix32 } from './murmur3.ts';

/** Two random hash sets with a known exact Jaccard, for property tests against the naive model. */
export interface SetPair {
  a: Uint32Array;
  b: Uint32Array;
  jaccard: number;
}

/**
 * Builds A and B from disjoint runs of distinct pseudo-random 32-bit values
 * (fmix32 is a bijection, so distinct counters give distinct values).
 */
export function setPair(shared: number, onlyA: number, onlyB: number, offset: number): SetPair {
  const value = (k: number) => fmix32((offset + k) >>> 0);
  const a = Uint32Array.from({ length: shared + onlyA }, (_, k) => value(k)).sort();
  const b = Uint32Array.from({ length: shared + onlyB }, (_, k) => value(k < shared ? k : k + onlyA)).sort();
  const union = shared + onlyA + onlyB;
  return { a, b, jaccard: union === 0 ? 0 : shared / union };
}

/** Arbitrary pair of non-empty sets of up to ~900 elements with any overlap. */
export const setPairs = fc
  .record({ shared: fc.nat(300), onlyA: fc.nat(300), onlyB: fc.nat(300), offset: fc.nat() })
  .filter(({ shared, onlyA, onlyB }) => shared + onlyA > 0 && shared + onlyB > 0)
  .map(({ shared, onlyA, onlyB, offset }) => setPair(shared, onlyA, onlyB, offset));

/** Pair with a given target Jaccard over a union of `union` elements. */
export function pairAt(jaccard: number, union: number, offset: number): SetPair {
  const shared = Math.round(jaccard * union);
  const onlyA = Math.floor((union - shared) / 2);
  return setPair(shared, onlyA, union - shared - onlyA, offset);
}

import { FingerprintMismatchError, ERROR_MESSAGES } from '../errors.ts';
import { fmix32 } from './murmur3.ts';

/**
 * One seeded family of N hash functions h_0..h_{N-1}, as "least h_i over a
 * set" (datasketch-style injection, so tests can swap the family). The whole
 * inner loop lives in the family: a call per element would box every 32-bit
 * result above 2^31 into a heap number (measured 8× slower in V8).
 */
export type HashFamily = (seed: number, count: number) => MinOfHash;
/** The least value of h_i over the set of hashes. */
export type MinOfHash = (hashes: ArrayLike<number>, i: number) => number;

/**
 * h_i(x) = fmix32(x ^ s_i), s_i derived from the seed: fmix32 is a bijection
 * with full avalanche, so each h_i is a pseudo-random permutation of the
 * 32-bit space, in exact integer arithmetic (never `(a*x+b) % p` in doubles,
 * which loses bits past 2^53).
 *
 * @example fmixFamily(42, 64)(Uint32Array.of(1, 2, 3), 0) // least of h_0(1), h_0(2), h_0(3)
 */
export const fmixFamily: HashFamily = (seed, count) => {
  const salts = new Uint32Array(count);
  for (let i = 0; i < count; i++) salts[i] = fmix32((seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
  return (hashes, i) => {
    const salt = salts[i] as number;
    let min = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      // fmix32 inlined by hand: see HashFamily.
      let h = (hashes[j] as number) ^ salt;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    return min;
  };
};

/**
 * MinHash signature: for each of N hash functions, the least hash of the set.
 * P(sigA[i] === sigB[i]) = Jaccard(A, B). An empty set has no signature (an
 * empty array), so empty texts never look alike.
 *
 * @example minhashSignature(Uint32Array.of(1, 2, 3), 64, 7).length // 64
 */
export function minhashSignature(hashes: ArrayLike<number>, permutations: number, seed: number, family: HashFamily = fmixFamily): number[] {
  if (hashes.length === 0) return [];
  const leastOf = family(seed, permutations);
  const signature = new Array<number>(permutations);
  for (let i = 0; i < permutations; i++) signature[i] = leastOf(hashes, i) >>> 0;
  return signature;
}

/**
 * Share of positions where two signatures agree: an unbiased estimate of
 * Jaccard with standard error √(J(1−J)/N). 0 when either text was empty.
 * Throws FingerprintMismatchError on signatures of different lengths.
 *
 * @example estimateJaccard([1, 2, 3, 4], [1, 2, 9, 9]) // 0.5
 */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length !== b.length) {
    throw new FingerprintMismatchError(ERROR_MESSAGES.fingerprintMismatch(`${a.length} permutations`, `${b.length} permutations`));
  }
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

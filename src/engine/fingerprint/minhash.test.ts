import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintMismatchError } from '../errors.ts';
import { estimateJaccard, fmixFamily, minhashSignature, type HashFamily } from './minhash.ts';
import { murmur3Words } from './murmur3.ts';
import { setPairs } from './test-sets.ts';

// A fixed seed makes the sample, and so every statistic below, deterministic.
const SAMPLE = { seed: 0x6d68, numRuns: 400 };

/** Standardised errors z = (estimate − J) / σ(J, N) over a fixed random sample of set pairs. */
function standardisedErrors(n: number, family?: HashFamily): { z: number[]; worst: number } {
  const z: number[] = [];
  let worst = 0;
  for (const [i, { a, b, jaccard }] of fc.sample(setPairs, SAMPLE).entries()) {
    const estimate = estimateJaccard(minhashSignature(a, n, i, family), minhashSignature(b, n, i, family));
    const sigma = Math.sqrt((jaccard * (1 - jaccard)) / n);
    if (sigma === 0) expect(estimate).toBe(jaccard); // J = 0 or 1 is estimated exactly
    else {
      z.push((estimate - jaccard) / sigma);
      worst = Math.max(worst, Math.abs(estimate - jaccard) / sigma);
    }
  }
  return { z, worst };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('minhashSignature', () => {
  it.each([64, 256])('estimates Jaccard without bias and with the binomial spread (N = %i)', (n) => {
    const { z, worst } = standardisedErrors(n);
    // If the h_i behave as random permutations, z has mean 0 and variance 1.
    expect(Math.abs(mean(z))).toBeLessThan(3 / Math.sqrt(z.length));
    expect(mean(z.map((x) => x * x))).toBeGreaterThan(0.75);
    expect(mean(z.map((x) => x * x))).toBeLessThan(1.25);
    expect(worst).toBeLessThan(4.5);
  });

  it('accepts an injected hash family', () => {
    // Another family built on murmur3 instead of fmix32: the estimate must hold all the same.
    const murmurFamily: HashFamily = (seed) => (hashes, i) => {
      let min = 0xffffffff;
      for (let j = 0; j < hashes.length; j++) min = Math.min(min, murmur3Words([hashes[j] as number], 0, 1, seed + i));
      return min;
    };
    const { z } = standardisedErrors(64, murmurFamily);
    expect(mean(z.map((x) => x * x))).toBeLessThan(1.25);
    const constant: HashFamily = () => () => 7;
    expect(minhashSignature(Uint32Array.of(1, 2), 3, 0, constant)).toEqual([7, 7, 7]);
  });

  it('is deterministic and depends on the seed', () => {
    const set = Uint32Array.of(10, 20, 30, 40);
    expect(minhashSignature(set, 64, 1)).toEqual(minhashSignature(set, 64, 1));
    expect(minhashSignature(set, 64, 1)).not.toEqual(minhashSignature(set, 64, 2));
  });

  it('gives an empty set no signature, so empty texts never match', () => {
    expect(minhashSignature(new Uint32Array(0), 64, 1)).toEqual([]);
    expect(estimateJaccard([], [])).toBe(0);
  });

  it('produces permuted values in exact 32-bit range', () => {
    const values = fmixFamily(123, 4);
    for (let i = 0; i < 4; i++) {
      const v = values(Uint32Array.of(0xffffffff, 0x80000000, 0), i);
      expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
    }
  });
});

describe('estimateJaccard', () => {
  it('counts agreeing positions', () => {
    expect(estimateJaccard([1, 2, 3, 4], [1, 2, 9, 9])).toBe(0.5);
  });

  it('refuses signatures of different lengths', () => {
    expect(() => estimateJaccard([1, 2], [1, 2, 3])).toThrow(FingerprintMismatchError);
  });
});

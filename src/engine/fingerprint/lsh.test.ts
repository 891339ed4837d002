import { describe, expect, it } from 'vitest';
import { bandKeys, candidateProbability } from './lsh.ts';
import { minhashSignature } from './minhash.ts';
import { pairAt } from './test-sets.ts';

const BANDS = 32;
const ROWS = 2;

describe('bandKeys', () => {
  it('gives one compact key per band, named by its band', () => {
    const keys = bandKeys(minhashSignature(Uint32Array.of(1, 2, 3), 64, 9), BANDS, ROWS, 5);
    expect(keys).toHaveLength(32);
    keys.forEach((key, band) => expect(key).toMatch(new RegExp(`^${band}:[0-9a-z]{1,7}$`)));
  });

  it('gives no keys to a text without a signature', () => {
    expect(bandKeys([], BANDS, ROWS, 5)).toEqual([]);
  });

  it('follows the documented S-curve', () => {
    const table = [0.05, 0.1, 0.2, 0.3, 0.5].map((j) => Number(candidateProbability(j, BANDS, ROWS).toFixed(3)));
    expect(table).toEqual([0.077, 0.275, 0.729, 0.951, 1]);
  });

  it.each([0.1, 0.2, 0.3])('makes pairs of Jaccard %f candidates at the predicted rate', (j) => {
    const trials = 300;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      const { a, b } = pairAt(j, 200, t * 1000);
      const ka = new Set(bandKeys(minhashSignature(a, 64, t), BANDS, ROWS, 5));
      if (bandKeys(minhashSignature(b, 64, t), BANDS, ROWS, 5).some((k) => ka.has(k))) hits++;
    }
    const p = candidateProbability(j, BANDS, ROWS);
    // Deterministic (fixed offsets and seeds); 3.5 σ of a binomial proportion.
    expect(Math.abs(hits / trials - p)).toBeLessThan(3.5 * Math.sqrt((p * (1 - p)) / trials));
  });
});

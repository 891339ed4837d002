import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectionSize, jaccard, sortedUnique } from './sorted-sets.ts';

const RUNS = { seed: 0x5e75, numRuns: 300 };
const values = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 60 });
// Small range so arrays share elements often.
const close = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 });

describe('sorted sets of hashes', () => {
  it('sortedUnique equals the naive sorted Set, in its own buffer', () => {
    fc.assert(fc.property(values, (xs) => {
      const result = sortedUnique(Uint32Array.from(xs));
      expect([...result]).toEqual([...new Set(xs)].sort((p, q) => p - q));
      expect(result.byteLength).toBe(result.buffer.byteLength);
    }), RUNS);
  });

  it('intersectionSize and jaccard equal the naive Set model', () => {
    fc.assert(fc.property(close, close, (xs, ys) => {
      const a = sortedUnique(Uint32Array.from(xs));
      const b = sortedUnique(Uint32Array.from(ys));
      const setB = new Set(ys);
      const shared = [...new Set(xs)].filter((x) => setB.has(x)).length;
      const union = new Set([...xs, ...ys]).size;
      expect(intersectionSize(a, b)).toBe(shared);
      expect(jaccard(a, b)).toBe(union === 0 ? 0 : shared / union);
    }), RUNS);
  });

  it('scores two empty sets 0, not 1', () => {
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { FingerprintMismatchError, InvalidFingerprintParamsError } from '../errors.ts';
import { compareFingerprints, computeFingerprint } from './fingerprint.ts';
import { LOCAL_WITH_WIRE, SAME_TOPIC, SPORT, TECH, WIRE, WIRE_EDITED } from './fixtures/articles.ts';
import { FINGERPRINT_PARAMS, type FingerprintParams } from './params.ts';

const shareBandKey = (a: string, b: string) => {
  const keys = new Set(computeFingerprint(a).bandKeys);
  return computeFingerprint(b).bandKeys.some((k) => keys.has(k));
};

describe('computeFingerprint', () => {
  it('has the documented shape', () => {
    const fp = computeFingerprint(WIRE);
    expect(fp.version).toBe(1);
    expect(fp.params).toBe(FINGERPRINT_PARAMS);
    expect(fp.signature).toHaveLength(64);
    expect(fp.bandKeys).toHaveLength(32);
    expect(fp.wordCount).toBe(fp.shingles.length + 4); // all 5-shingles of this text are distinct
    expect(fp.charGrams.length).toBeGreaterThan(100);
  });

  it('is deterministic across calls', () => {
    expect(computeFingerprint(WIRE)).toEqual(computeFingerprint(WIRE));
  });

  it('ignores typography and layout that outlets change', () => {
    const retyped = WIRE.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/–/g, '-').replace(/\n\n/g, '\n');
    expect(computeFingerprint(retyped)).toEqual(computeFingerprint(WIRE));
  });

  it('gives an empty text no keys and no similarity to anything', () => {
    const empty = computeFingerprint(' — ');
    expect(empty).toMatchObject({ wordCount: 0, signature: [], bandKeys: [] });
    expect(compareFingerprints(empty, empty).jaccard).toBe(0);
    expect(compareFingerprints(empty, computeFingerprint(WIRE)).containmentB).toBe(0);
  });

  it('refuses params that cannot work', () => {
    const bad: FingerprintParams = { ...FINGERPRINT_PARAMS, lsh: { bands: 30, rows: 2 } };
    expect(() => computeFingerprint(WIRE, bad)).toThrow(InvalidFingerprintParamsError);
  });
});

describe('compareFingerprints', () => {
  it('scores identical texts 1 and a text inside a longer one ≈ 1 for the smaller', () => {
    expect(compareFingerprints(computeFingerprint(WIRE), computeFingerprint(WIRE))).toMatchObject({ jaccard: 1, minhash: 1, charJaccard: 1 });
    const c = compareFingerprints(computeFingerprint(WIRE), computeFingerprint(LOCAL_WITH_WIRE));
    expect(c.containmentA).toBeGreaterThan(0.98);
    expect(c.containmentB).toBeLessThan(0.5);
    expect(c.jaccard).toBeCloseTo(c.intersection / (c.intersection / c.containmentA + c.intersection / c.containmentB - c.intersection), 10);
  });

  it('sees a lightly edited copy as mostly shared text', () => {
    const c = compareFingerprints(computeFingerprint(WIRE), computeFingerprint(WIRE_EDITED));
    expect(c.jaccard).toBeGreaterThan(0.8);
    expect(Math.abs(c.minhash - c.jaccard)).toBeLessThan(0.2);
  });

  it('finds next to nothing shared by unrelated or same-topic texts', () => {
    for (const other of [SAME_TOPIC, SPORT, TECH]) {
      const c = compareFingerprints(computeFingerprint(WIRE), computeFingerprint(other));
      expect(c.jaccard).toBeLessThan(0.01);
      expect(c.charJaccard).toBeLessThan(0.15);
    }
  });

  it('throws on fingerprints of different params or versions', () => {
    const a = computeFingerprint(WIRE);
    const reseeded = computeFingerprint(WIRE, { ...FINGERPRINT_PARAMS, seed: 1 });
    expect(() => compareFingerprints(a, reseeded)).toThrow(FingerprintMismatchError);
    expect(() => compareFingerprints(a, { ...a, version: 0 })).toThrow(FingerprintMismatchError);
    // Equal params that went through a structured clone are still equal.
    expect(compareFingerprints(a, { ...a, params: structuredClone(a.params) }).jaccard).toBe(1);
  });
});

describe('band keys', () => {
  it('are shared in full by identical texts', () => {
    expect(computeFingerprint(WIRE).bandKeys).toEqual(computeFingerprint(WIRE).bandKeys);
  });

  it('are shared by near-duplicates and by a story reused inside a longer one', () => {
    expect(shareBandKey(WIRE, WIRE_EDITED)).toBe(true);
    expect(shareBandKey(WIRE, LOCAL_WITH_WIRE)).toBe(true);
  });

  it('are never shared by unrelated or same-topic texts', () => {
    const texts = [WIRE, SAME_TOPIC, SPORT, TECH];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) expect(shareBandKey(texts[i] as string, texts[j] as string)).toBe(false);
    }
  });
});

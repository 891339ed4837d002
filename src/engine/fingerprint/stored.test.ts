import { describe, expect, it } from 'vitest';
import { InvalidStoredFingerprintError } from '../errors.ts';
import { compareFingerprints, computeFingerprint } from './fingerprint.ts';
import { TECH } from './fixtures/articles.ts';
import golden from './fixtures/stored-v1.json';
import { FINGERPRINT_VERSION } from './params.ts';
import { fromStored, toStored } from './stored.ts';

const fp = computeFingerprint(TECH);

describe('toStored / fromStored', () => {
  it('survives IndexedDB structured clone with binary hash sets', () => {
    const stored = structuredClone(toStored(fp));
    expect(stored.shingles).toBeInstanceOf(Uint32Array);
    expect(fromStored(stored)).toEqual(fp);
  });

  it('survives JSON as plain number arrays', () => {
    const json = JSON.stringify(toStored(fp, 'json'));
    expect(json).not.toContain('"0":');
    expect(fromStored(JSON.parse(json))).toEqual(fp);
  });

  it('keeps the fingerprint itself structured-clone safe', () => {
    expect(compareFingerprints(structuredClone(fp), fp).jaccard).toBe(1);
  });

  it('still loads version 1', () => {
    const loaded = fromStored(golden.fingerprint);
    expect(loaded.version).toBe(1);
    expect(loaded.bandKeys).toHaveLength(32);
    expect(compareFingerprints(loaded, loaded).jaccard).toBe(1);
  });

  it(`reproduces the golden fingerprint of version ${FINGERPRINT_VERSION}`, () => {
    // Fails when the algorithm changes without a FINGERPRINT_VERSION bump (then add
    // fixtures/stored-v<N>.json for the new version and keep the old one for the test above).
    expect(FINGERPRINT_VERSION).toBe(1);
    expect(computeFingerprint(golden.text)).toEqual(fromStored(golden.fingerprint));
  });

  it.each([
    ['null', null],
    ['an unknown format', { ...toStored(fp, 'json'), format: 99 }],
    ['a missing params group', { ...toStored(fp, 'json'), params: { seed: 1 } }],
    ['params that do not add up', { ...toStored(fp, 'json'), params: { ...fp.params, lsh: { bands: 16, rows: 2 } } }],
    ['unsorted shingles', { ...toStored(fp, 'json'), shingles: [3, 1] }],
    ['non-integer hashes', { ...toStored(fp, 'json'), charGrams: [1.5] }],
    ['a short signature', { ...toStored(fp, 'json'), signature: [1, 2] }],
    ['a Uint32Array that went through JSON', JSON.parse(JSON.stringify(toStored(fp)))],
  ])('rejects %s', (_, value) => {
    expect(() => fromStored(value)).toThrow(InvalidStoredFingerprintError);
  });
});

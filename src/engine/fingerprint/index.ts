/**
 * Fingerprints: find earlier articles sharing text (LSH band keys), verify
 * them exactly (shingle Jaccard and containment) and judge "same story in
 * other words" (character n-gram sketch). See fingerprint.ts.
 */
export { computeFingerprint, compareFingerprints, assertComparable } from './fingerprint.ts';
export { FINGERPRINT_PARAMS, FINGERPRINT_VERSION, type FingerprintParams } from './params.ts';
export { toStored, fromStored, STORED_FORMAT, type StoredFingerprint } from './stored.ts';
export type { Fingerprint, FingerprintComparison } from './types.ts';
export { murmur3, murmur3Bytes, murmur3Words, fmix32, type StringHash } from './murmur3.ts';
export { minhashSignature, estimateJaccard, fmixFamily, type HashFamily, type MinOfHash } from './minhash.ts';
export { bandKeys, candidateProbability } from './lsh.ts';
export { wordShingles } from './shingles.ts';
export { charGramSketch, sketchJaccard } from './char-grams.ts';
export { intersectionSize, jaccard } from './sorted-sets.ts';

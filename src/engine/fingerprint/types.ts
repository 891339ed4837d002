import type { FingerprintParams } from './params.ts';

/**
 * What Crosscheck keeps of an article's text to find and verify reuse.
 * Structured-clone safe (IndexedDB keeps the typed arrays binary); for JSON
 * use toStored(fp, 'json'). Only fingerprints of the same version and params
 * can be compared.
 *
 * @example
 * { version: 1, params: FINGERPRINT_PARAMS, wordCount: 1000,
 *   signature: [64 × uint32], bandKeys: ['0:1x3k9qz', … 32 keys],
 *   shingles: Uint32Array(~990), charGrams: Uint32Array(~440) }
 */
export interface Fingerprint {
  /** FINGERPRINT_VERSION at the time it was made. */
  readonly version: number;
  readonly params: FingerprintParams;
  /** MinHash of the word shingles, params.minhash.permutations values; [] for a text without words. */
  readonly signature: number[];
  /** LSH keys to index (multi-entry) and look up candidates by; [] for a text without words. */
  readonly bandKeys: string[];
  /** Sorted unique hashes of the word k-shingles: exact Jaccard and containment. */
  readonly shingles: Uint32Array;
  /** Sorted unique sampled hashes of character n-grams: "same story in other words". */
  readonly charGrams: Uint32Array;
  /** Number of word tokens. */
  readonly wordCount: number;
}

/** How much two texts share; every ratio in 0..1. */
export interface FingerprintComparison {
  /** Exact word-shingle Jaccard |A∩B| / |A∪B|. */
  jaccard: number;
  /** |A∩B| / |A|: share of A's text found in B (≈ 1 when A is a wire story inside B). */
  containmentA: number;
  /** |A∩B| / |B|: share of B's text found in A. */
  containmentB: number;
  /** |A∩B|: shared word shingles (≈ shared words when the texts are long). */
  intersection: number;
  /** MinHash estimate of jaccard (what LSH saw). */
  minhash: number;
  /** Jaccard of the sampled character n-gram sketches. */
  charJaccard: number;
}

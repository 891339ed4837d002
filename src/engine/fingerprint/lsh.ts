import { murmur3Words } from './murmur3.ts';

/*
 * Banding: the signature is cut into b bands of r rows; two texts become
 * candidates when any band matches whole, which happens with probability
 * P(J) = 1 − (1 − J^r)^b for word-shingle Jaccard J. With b = 32, r = 2:
 *
 *   J        0.01   0.02   0.05   0.10   0.15   0.20   0.25   0.30   0.50
 *   P(cand)  0.003  0.013  0.077  0.275  0.517  0.729  0.873  0.951  0.9999
 *
 * Threshold (1/b)^(1/r) ≈ 0.18. Unrelated texts share no shingles (J ≈ 0, no
 * collision but a 2^-32 hash accident); texts sharing only stock phrases or an
 * outlet's footer (J ≈ 0.01) collide 0.3% of the time. r = 1 would catch a
 * 300-word story inside 1,500 words (J = 0.2) almost surely but make every
 * article of one outlet a candidate of every other (P(0.01) = 0.275); r = 3
 * would miss most pairs below J = 0.3. A candidate costs one record read and
 * an exact comparison, which decides.
 */

/**
 * LSH band keys for an IndexedDB multi-entry index: `${band}:${base36 hash
 * of the band's rows}`, ~9 characters each. A key names its band, so equal
 * rows in different bands never meet. No signature (empty text), no keys.
 *
 * @example bandKeys(signature, 32, 2, seed) // ['0:1x3k9qz', '1:v0b2c1', …] (32 keys)
 */
export function bandKeys(signature: readonly number[], bands: number, rows: number, seed: number): string[] {
  if (signature.length === 0) return [];
  const keys = new Array<string>(bands);
  for (let band = 0; band < bands; band++) {
    keys[band] = `${band}:${murmur3Words(signature, band * rows, (band + 1) * rows, seed).toString(36)}`;
  }
  return keys;
}

/**
 * Probability that two texts of word-shingle Jaccard j share at least one band key.
 *
 * @example candidateProbability(0.2, 32, 2) // ≈ 0.729
 */
export function candidateProbability(j: number, bands: number, rows: number): number {
  return 1 - (1 - j ** rows) ** bands;
}

import { ERROR_MESSAGES, FingerprintMismatchError } from '../errors.ts';
import { normalizeText, tokenizeNormalized } from '../text/normalize.ts';
import { charGramSketch, sketchJaccard } from './char-grams.ts';
import { bandKeys } from './lsh.ts';
import { estimateJaccard, minhashSignature } from './minhash.ts';
import { murmur3, type StringHash } from './murmur3.ts';
import { FINGERPRINT_PARAMS, FINGERPRINT_VERSION, SEED_SALT, deriveSeed, describeParams, sameParams, validateParams, type FingerprintParams } from './params.ts';
import { wordShingles } from './shingles.ts';
import { intersectionSize } from './sorted-sets.ts';
import type { Fingerprint, FingerprintComparison } from './types.ts';

/**
 * Fingerprints an article body. Deterministic: the same text, params and hash
 * give the same fingerprint on every machine and browser. A fingerprint made
 * with an injected `hash` is only comparable to ones made with that hash.
 *
 * @example
 * const fp = computeFingerprint(article.text);
 * fp.bandKeys.length // 32
 */
export function computeFingerprint(text: string, params: FingerprintParams = FINGERPRINT_PARAMS, hash: StringHash = murmur3): Fingerprint {
  validateParams(params);
  const tokens = tokenizeNormalized(normalizeText(text));
  const seed = (salt: number) => deriveSeed(params.seed, salt);
  const { shingles: s, minhash: m, lsh: l, charGrams: c } = params;
  const shingles = wordShingles(tokens, s.words, s.sampleModulus, seed(SEED_SALT.shingles), hash);
  const signature = minhashSignature(shingles, m.permutations, seed(SEED_SALT.minhash));
  return {
    version: FINGERPRINT_VERSION,
    params,
    signature,
    bandKeys: bandKeys(signature, l.bands, l.rows, seed(SEED_SALT.bands)),
    shingles,
    // Words joined by single spaces: punctuation and quote styles differ between outlets.
    charGrams: charGramSketch(tokens.join(' '), c.length, c.sampleModulus, seed(SEED_SALT.charGrams), hash),
    wordCount: tokens.length,
  };
}

/**
 * Exact overlap of two fingerprints. Throws FingerprintMismatchError when
 * their versions or parameters differ: their hashes would not be comparable.
 *
 * @example
 * const { containmentA } = compareFingerprints(wireStory, localArticle);
 * containmentA // ≈ 1: the wire story is reused whole in the local article
 */
export function compareFingerprints(a: Fingerprint, b: Fingerprint): FingerprintComparison {
  assertComparable(a, b);
  const intersection = intersectionSize(a.shingles, b.shingles);
  const union = a.shingles.length + b.shingles.length - intersection;
  return {
    jaccard: union === 0 ? 0 : intersection / union,
    containmentA: a.shingles.length === 0 ? 0 : intersection / a.shingles.length,
    containmentB: b.shingles.length === 0 ? 0 : intersection / b.shingles.length,
    intersection,
    minhash: estimateJaccard(a.signature, b.signature),
    charJaccard: sketchJaccard(a.charGrams, b.charGrams),
  };
}

/** Throws FingerprintMismatchError unless a and b were made by the same algorithm version with equal params. */
export function assertComparable(a: Fingerprint, b: Fingerprint): void {
  if (a.version === b.version && sameParams(a.params, b.params)) return;
  const describe = (f: Fingerprint) => `v${f.version} ${describeParams(f.params)}`;
  throw new FingerprintMismatchError(ERROR_MESSAGES.fingerprintMismatch(describe(a), describe(b)));
}

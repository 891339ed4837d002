import { InvalidFingerprintParamsError, ERROR_MESSAGES } from '../errors.ts';
import { fmix32 } from './murmur3.ts';

/**
 * Version of the fingerprint algorithm. Bump it whenever a change would give
 * the same text different hashes (tokenizer, hash, seeds, shingling): stored
 * fingerprints of another version cannot be compared and must be recomputed.
 */
export const FINGERPRINT_VERSION = 1;

/** Tunables of a fingerprint, grouped by the stage that reads them. */
export interface FingerprintParams {
  /** Root of every seed, so a whole family of hashes changes with one number. */
  readonly seed: number;
  readonly shingles: {
    /** Words per shingle (k). */
    readonly words: number;
    /** Keep a shingle hash h only when h % sampleModulus === 0; 1 keeps all. */
    readonly sampleModulus: number;
  };
  readonly minhash: {
    /** Signature length N; must equal lsh.bands × lsh.rows. */
    readonly permutations: number;
  };
  readonly lsh: {
    readonly bands: number;
    readonly rows: number;
  };
  readonly charGrams: {
    /** Characters per gram. */
    readonly length: number;
    /** Keep a gram hash h only when h % sampleModulus === 0. */
    readonly sampleModulus: number;
  };
}

/**
 * The parameters every stored fingerprint is made with. Changing any value
 * changes the fingerprints: bump FINGERPRINT_VERSION with it.
 */
export const FINGERPRINT_PARAMS: FingerprintParams = Object.freeze({
  // Arbitrary but fixed: hashes are reproducible across runs, machines and browsers.
  seed: 0x5eedc0de,
  shingles: Object.freeze({
    // 5 words: long enough that shared stock phrases ("said in a statement") are rare
    // across unrelated texts, short enough that an edited word breaks only 5 shingles.
    words: 5,
    // Keep all: exact containment of a 300-word wire story needs every shingle, and
    // 10k words is only 40 KB. A later version can sample to cap storage.
    sampleModulus: 1,
  }),
  minhash: Object.freeze({
    // 32 bands × 2 rows. The signature only proposes candidates; exact Jaccard and
    // containment are computed on the stored shingles, so N need not be large.
    permutations: 64,
  }),
  lsh: Object.freeze({
    // 32 keys = 32 indexed lookups, the performance budget of a capture.
    bands: 32,
    // 2 rows puts the S-curve threshold at (1/32)^(1/2) ≈ 0.18 word-shingle Jaccard
    // (see lsh.ts for the curve).
    rows: 2,
  }),
  charGrams: Object.freeze({
    // 5 characters: separates same-story rewrites (0.17–0.29) from same-topic
    // (≤ 0.13) and unrelated (≤ 0.07 on the brief's corpus, ≤ 0.10 on ours) texts.
    length: 5,
    // 1 in 8: ~410 hashes for a 1,000-word article; on 66 pairs of real news texts the
    // sampled Jaccard was within 0.009 of the exact one on average, 0.029 at worst.
    sampleModulus: 8,
  }),
});

/** Salts that give each stage its own seed, so no two stages share a hash function. */
export const SEED_SALT = Object.freeze({ shingles: 1, charGrams: 2, minhash: 3, bands: 4 });

/** A 32-bit seed for one stage, derived from the root seed (and the version, so versions never share keys). */
export function deriveSeed(seed: number, salt: number, version = FINGERPRINT_VERSION): number {
  return fmix32(fmix32(seed ^ Math.imul(salt, 0x9e3779b9)) ^ version);
}

/** Throws InvalidFingerprintParamsError unless the parameters can make a fingerprint. */
export function validateParams(p: FingerprintParams): void {
  const fail = (reason: string): never => {
    throw new InvalidFingerprintParamsError(ERROR_MESSAGES.invalidFingerprintParams(reason));
  };
  const positive = { 'shingles.words': p.shingles.words, 'shingles.sampleModulus': p.shingles.sampleModulus,
    'minhash.permutations': p.minhash.permutations, 'lsh.bands': p.lsh.bands, 'lsh.rows': p.lsh.rows,
    'charGrams.length': p.charGrams.length, 'charGrams.sampleModulus': p.charGrams.sampleModulus };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive integer, got ${value}`);
  }
  if (!Number.isInteger(p.seed) || p.seed < 0 || p.seed > 0xffffffff) fail(`seed must be a 32-bit unsigned integer, got ${p.seed}`);
  if (p.lsh.bands * p.lsh.rows !== p.minhash.permutations) {
    fail(`lsh.bands × lsh.rows (${p.lsh.bands} × ${p.lsh.rows}) must equal minhash.permutations (${p.minhash.permutations})`);
  }
}

/** Structural equality, so a params object that went through structured clone or JSON still matches. */
export function sameParams(a: FingerprintParams, b: FingerprintParams): boolean {
  return describeParams(a) === describeParams(b);
}

/** A canonical one-line form of the parameters (fixed key order), for equality and error messages. */
export function describeParams(p: FingerprintParams): string {
  const { seed, shingles: s, minhash: m, lsh: l, charGrams: c } = p;
  return `seed=${seed} shingles=${s.words}/${s.sampleModulus} minhash=${m.permutations} lsh=${l.bands}x${l.rows} charGrams=${c.length}/${c.sampleModulus}`;
}

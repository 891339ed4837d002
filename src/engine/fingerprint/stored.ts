import { ERROR_MESSAGES, InvalidStoredFingerprintError } from '../errors.ts';
import { validateParams, type FingerprintParams } from './params.ts';
import type { Fingerprint } from './types.ts';

/**
 * Layout of a persisted fingerprint. Bumped only when this layout changes;
 * the algorithm has its own FINGERPRINT_VERSION (like minisearch's
 * serializationVersion vs. its index options).
 */
export const STORED_FORMAT = 1;

/**
 * A fingerprint as persisted: typed arrays for IndexedDB (4 bytes a hash,
 * kept binary by structured clone), plain number arrays for JSON export.
 */
export interface StoredFingerprint {
  format: number;
  version: number;
  params: FingerprintParams;
  wordCount: number;
  signature: Uint32Array | number[];
  bandKeys: string[];
  shingles: Uint32Array | number[];
  charGrams: Uint32Array | number[];
}

/**
 * The persisted form of a fingerprint: 'clone' (default) for IndexedDB and
 * postMessage, 'json' for JSON.stringify (which would turn a Uint32Array into
 * an object of indices).
 *
 * @example JSON.stringify(toStored(fp, 'json'))
 */
export function toStored(fp: Fingerprint, as: 'clone' | 'json' = 'clone'): StoredFingerprint {
  const array = as === 'json' ? (v: ArrayLike<number>) => Array.from(v) : (v: ArrayLike<number>) => Uint32Array.from(v);
  return {
    format: STORED_FORMAT,
    version: fp.version,
    params: fp.params,
    wordCount: fp.wordCount,
    signature: array(fp.signature),
    bandKeys: [...fp.bandKeys],
    shingles: array(fp.shingles),
    charGrams: array(fp.charGrams),
  };
}

/**
 * Reads a fingerprint back from either form of toStored, from any version
 * (an older one loads fine; comparing it with a current one throws, which
 * tells the caller to recompute). Throws InvalidStoredFingerprintError on
 * anything else.
 *
 * @example const fp = fromStored(JSON.parse(exported));
 */
export function fromStored(value: unknown): Fingerprint {
  const fail = (reason: string): never => {
    throw new InvalidStoredFingerprintError(ERROR_MESSAGES.invalidStoredFingerprint(reason));
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const o = value as Partial<Record<keyof StoredFingerprint, unknown>>;
  if (o.format !== STORED_FORMAT) fail(`unknown format ${String(o.format)}`);
  if (!isCount(o.version) || o.version < 1) fail('version must be a positive integer');
  if (!isCount(o.wordCount)) fail('wordCount must be a non-negative integer');
  const params = readParams(o.params, fail);
  const signature = Array.from(readUint32s(o.signature, 'signature', fail));
  const shingles = readUint32s(o.shingles, 'shingles', fail);
  const charGrams = readUint32s(o.charGrams, 'charGrams', fail);
  if (!isSortedUnique(shingles) || !isSortedUnique(charGrams)) fail('hash sets must be sorted and unique');
  const keys = o.bandKeys;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) return fail('bandKeys must be strings');
  const empty = shingles.length === 0;
  if (signature.length !== (empty ? 0 : params.minhash.permutations)) fail('signature length does not match params');
  if (keys.length !== (empty ? 0 : params.lsh.bands)) fail('bandKeys count does not match params');
  return { version: o.version as number, params, signature, bandKeys: [...keys], shingles, charGrams, wordCount: o.wordCount as number };
}

function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0;
}

function readUint32s(v: unknown, name: string, fail: (reason: string) => never): Uint32Array {
  if (v instanceof Uint32Array) return v.slice();
  if (!Array.isArray(v) || !v.every((x) => isCount(x) && x <= 0xffffffff)) return fail(`${name} must be 32-bit unsigned integers`);
  return Uint32Array.from(v as number[]);
}

function readParams(v: unknown, fail: (reason: string) => never): FingerprintParams {
  const p = v as FingerprintParams | undefined;
  const groups = [p?.shingles, p?.minhash, p?.lsh, p?.charGrams];
  if (typeof p !== 'object' || p === null || groups.some((g) => typeof g !== 'object' || g === null)) return fail('params missing');
  try {
    validateParams(p);
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'invalid params');
  }
  return p;
}

function isSortedUnique(a: Uint32Array): boolean {
  for (let i = 1; i < a.length; i++) if ((a[i] as number) <= (a[i - 1] as number)) return false;
  return true;
}

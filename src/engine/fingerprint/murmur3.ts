/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby, public domain), in exact
 * 32-bit arithmetic: Math.imul for products, `| 0` / `>>> 0` to stay in range.
 * Never `a * b` on doubles: past 2^53 the low bits are silently lost.
 */

/** A seeded 32-bit hash of `text`, or of text.slice(start, end) without making that string; injectable so tests can swap it. */
export type StringHash = (text: string, seed: number, start?: number, end?: number) => number;

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/**
 * Murmur3's finaliser: a bijection on 32-bit integers with full avalanche.
 * Also the building block of the MinHash permutations.
 *
 * @example fmix32(1) // 0x514e28b7
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function scramble(k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, C2);
}

function mixBlock(h: number, k: number): number {
  h ^= scramble(k);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, tail: number, length: number): number {
  if (length & 3) h ^= scramble(tail);
  return fmix32(h ^ length);
}

/**
 * MurmurHash3 x86_32 of the string's UTF-8 bytes (not UTF-16 units), so the
 * value equals every other implementation's (Python mmh3, Java Guava
 * murmur3_32_fixed, the C reference) and the published test vectors. Lone
 * surrogates hash as U+FFFD, as TextEncoder would encode them. No allocation:
 * with `start` and `end` it hashes text.slice(start, end) exactly as that
 * string would hash, without making it (a pair cut by `end` is a lone surrogate there too).
 *
 * @example murmur3('hello', 0) // 0x248bfa47
 * @example murmur3('say hello', 0, 4, 9) === murmur3('hello', 0)
 */
export function murmur3(text: string, seed = 0, start = 0, end = text.length): number {
  let h = seed | 0;
  let k = 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      // ASCII fast path: one byte, the common case for news text.
      k |= cp << ((n & 3) << 3);
      if ((++n & 3) === 0) {
        h = mixBlock(h, k);
        k = 0;
      }
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else cp = 0xfffd;
    }
    const bytes = utf8Bytes(cp);
    for (let b = 0; b < bytes.count; b++) {
      k |= ((bytes.packed >>> (b << 3)) & 0xff) << ((n & 3) << 3);
      if ((++n & 3) === 0) {
        h = mixBlock(h, k);
        k = 0;
      }
    }
  }
  return finish(h, k, n);
}

// Reused to avoid an allocation per non-ASCII character.
const scratch = { packed: 0, count: 0 };

/** The UTF-8 bytes of a code point (≥ 0x80), first byte lowest. */
function utf8Bytes(cp: number): typeof scratch {
  if (cp < 0x800) {
    scratch.packed = (0xc0 | (cp >>> 6)) | ((0x80 | (cp & 0x3f)) << 8);
    scratch.count = 2;
  } else if (cp < 0x10000) {
    scratch.packed = (0xe0 | (cp >>> 12)) | ((0x80 | ((cp >>> 6) & 0x3f)) << 8) | ((0x80 | (cp & 0x3f)) << 16);
    scratch.count = 3;
  } else {
    scratch.packed = (0xf0 | (cp >>> 18)) | ((0x80 | ((cp >>> 12) & 0x3f)) << 8) | ((0x80 | ((cp >>> 6) & 0x3f)) << 16) | ((0x80 | (cp & 0x3f)) << 24);
    scratch.count = 4;
  }
  return scratch;
}

/**
 * MurmurHash3 x86_32 of raw bytes: the reference definition, for test vectors
 * that are not valid UTF-8.
 *
 * @example murmur3Bytes([0xff, 0xff, 0xff, 0xff], 0) // 0x76293b50
 */
export function murmur3Bytes(bytes: ArrayLike<number>, seed = 0): number {
  let h = seed | 0;
  let k = 0;
  for (let i = 0; i < bytes.length; i++) {
    k |= ((bytes[i] ?? 0) & 0xff) << ((i & 3) << 3);
    if ((i & 3) === 3) {
      h = mixBlock(h, k);
      k = 0;
    }
  }
  return finish(h, k, bytes.length);
}

/**
 * MurmurHash3 x86_32 of 32-bit words `words[start..end)` as little-endian
 * bytes: hashes a run of other hashes (an LSH band) without building a string.
 *
 * @example murmur3Words(Uint32Array.of(1, 2), 0, 2, 0) === murmur3Bytes([1, 0, 0, 0, 2, 0, 0, 0], 0)
 */
export function murmur3Words(words: ArrayLike<number>, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = mixBlock(h, words[i] ?? 0);
  return finish(h, 0, (end - start) * 4);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, murmur3, murmur3Bytes, murmur3Words } from './murmur3.ts';

const RUNS = { seed: 0x6d75_726d, numRuns: 500 };

// Published MurmurHash3_x86_32 vectors (SMHasher reference; the widely cited
// set from Ian Boyd's verification table), input as UTF-8.
const VECTORS: [string, number, number][] = [
  ['', 0, 0],
  ['', 1, 0x514e28b7],
  ['', 0xffffffff, 0x81f16f39],
  ['\0\0\0\0', 0, 0x2362f9de],
  ['a', 0x9747b28c, 0x7fa09ea6],
  ['ab', 0x9747b28c, 0x74875592],
  ['abc', 0x9747b28c, 0xc84a62dd],
  ['abcd', 0x9747b28c, 0xf0478627],
  ['aaaa', 0x9747b28c, 0x5a97808a],
  ['Hello, world!', 0x9747b28c, 0x24884cba],
  ['ππππππππ', 0x9747b28c, 0xd58063c1],
  ['abc', 0, 0xb3dd93fa],
  ['hello', 0, 0x248bfa47],
  ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
  ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
];

describe('murmur3', () => {
  it.each(VECTORS)('hashes %j with seed %i to the published value', (text, seed, expected) => {
    expect(murmur3(text, seed)).toBe(expected);
  });

  it('matches the byte-level reference on non-UTF-8 input', () => {
    expect(murmur3Bytes([0xff, 0xff, 0xff, 0xff], 0)).toBe(0x76293b50);
    expect(murmur3Bytes([0x21, 0x43, 0x65, 0x87], 0)).toBe(0xf55b516b);
    expect(murmur3Bytes([0x21, 0x43, 0x65, 0x87], 0x5082edee)).toBe(0x2362f9de);
    expect(murmur3Bytes([0x21, 0x43, 0x65], 0)).toBe(0x7e4a8634);
    expect(murmur3Bytes([0x21, 0x43], 0)).toBe(0xa0f7b07a);
    expect(murmur3Bytes([0x21], 0)).toBe(0x72661cf4);
  });

  it('hashes the UTF-8 bytes of any string, lone surrogates as U+FFFD', () => {
    const encoder = new TextEncoder();
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 }).map((u) => String.fromCharCode(...u));
    fc.assert(fc.property(fc.oneof(units, fc.string({ unit: 'binary' })), fc.integer({ min: 0, max: 0xffffffff }), (text, seed) => {
      expect(murmur3(text, seed)).toBe(murmur3Bytes(encoder.encode(text), seed));
    }), RUNS);
  });

  it('hashes a range of a string exactly as the sliced string, pairs cut at either end included', () => {
    const units = fc.array(fc.constantFrom(0x61, 0x20, 0xe9, 0x4e2d, 0xd83d, 0xde00, 0xdc00), { maxLength: 24 }).map((u) => String.fromCharCode(...u));
    fc.assert(fc.property(fc.oneof(units, fc.string({ unit: 'binary' })), fc.nat(), fc.nat(), fc.nat(), (text, a, b, seed) => {
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      expect(murmur3(text, seed, start, end)).toBe(murmur3(text.slice(start, end), seed));
    }), RUNS);
  });

  it('returns unsigned 32-bit integers', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 0xffffffff }), (text, seed) => {
      const h = murmur3(text, seed);
      expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
    }), RUNS);
  });

  it('hashes 32-bit words as their little-endian bytes', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 8 }), fc.nat(), (words, seed) => {
      const bytes = words.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24]);
      expect(murmur3Words(words, 0, words.length, seed)).toBe(murmur3Bytes(bytes, seed));
    }), RUNS);
  });
});

describe('fmix32', () => {
  it('is the murmur3 finaliser', () => {
    expect(fmix32(1)).toBe(0x514e28b7); // = murmur3('', 1): empty input is fmix32(seed)
    expect(fmix32(0)).toBe(0);
  });

  it('is a bijection on a sample (no two inputs collide)', () => {
    const seen = new Set<number>();
    for (let x = 0; x < 100_000; x++) seen.add(fmix32(Math.imul(x, 0x9e3779b9) >>> 0));
    expect(seen.size).toBe(100_000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmur3 } from './murmur3.ts';
import { wordShingles } from './shingles.ts';

const words = (s: string) => s.split(' ');

describe('wordShingles', () => {
  it('hashes every run of k words joined by one space, sorted and unique', () => {
    const tokens = words('the kremlin said on wednesday that talks');
    const expected = [0, 1, 2].map((i) => murmur3(tokens.slice(i, i + 5).join(' '), 3)).sort((a, b) => a - b);
    expect([...wordShingles(tokens, 5, 1, 3)]).toEqual(expected);
  });

  it('collapses repeated shingles', () => {
    expect(wordShingles(words('a b a b a b a b'), 2, 1, 0)).toHaveLength(2);
  });

  it('makes one shingle of a text shorter than k words, none of an empty one', () => {
    expect([...wordShingles(words('breaking news'), 5, 1, 3)]).toEqual([murmur3('breaking news', 3)]);
    expect(wordShingles([], 5, 1, 3)).toHaveLength(0);
  });

  it('samples consistently: the kept hashes are exactly those divisible by the modulus', () => {
    const tokens = Array.from({ length: 400 }, (_, i) => `w${i % 97}x${i % 13}`);
    const all = wordShingles(tokens, 5, 1, 3);
    const sampled = wordShingles(tokens, 5, 4, 3);
    expect([...sampled]).toEqual([...all].filter((h) => h % 4 === 0));
    expect(sampled.length).toBeGreaterThan(all.length / 8);
  });

  it('uses the injected hash', () => {
    expect([...wordShingles(words('a b c'), 2, 1, 0, (s, _seed, start = 0, end = s.length) => end - start)]).toEqual([3]);
  });

  it('hashes exactly the shingle strings, though it never builds them', () => {
    const token = fc.string({ unit: fc.constantFrom('a', 'é', '中', '\ud83d\ude00', '\ud83d', '-'), minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.array(token, { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), fc.nat(), (tokens, k, seed) => {
      const width = Math.min(k, tokens.length);
      const plain = tokens.slice(0, tokens.length - width + 1).map((_, i) => murmur3(tokens.slice(i, i + width).join(' '), seed));
      expect([...wordShingles(tokens, k, 1, seed)]).toEqual([...new Set(plain)].sort((x, y) => x - y));
    }), { numRuns: 300 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, wordTokens } from '../text/normalize.ts';
import { charGramSketch, sketchJaccard } from './char-grams.ts';
import { SAME_TOPIC, SPORT, TECH, WIRE, WIRE_EDITED, LOCAL_WITH_WIRE } from './fixtures/articles.ts';
import { murmur3 } from './murmur3.ts';
import { jaccard } from './sorted-sets.ts';

const prepare = (text: string) => wordTokens(text).join(' ');
const full = (text: string) => charGramSketch(prepare(text), 5, 1, 11);
const sampled = (text: string) => charGramSketch(prepare(text), 5, 8, 11);

describe('charGramSketch', () => {
  it('hashes exactly the n-character windows of the text, though it never builds them', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '中', '\ud83d\ude00', '\ud83d'), maxLength: 40 });
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 7 }), fc.nat(), (t, n, seed) => {
      const windows = t.length === 0 ? [] : Array.from({ length: Math.max(1, t.length - n + 1) }, (_, i) => murmur3(t.slice(i, i + n), seed));
      expect([...charGramSketch(t, n, 1, seed)]).toEqual([...new Set(windows)].sort((x, y) => x - y));
    }), { numRuns: 300 });
  });

  it('keeps about one gram in eight: a few hundred for a news story', () => {
    const kept = sampled(WIRE).length;
    expect(kept / full(WIRE).length).toBeGreaterThan(0.09);
    expect(kept / full(WIRE).length).toBeLessThan(0.16);
    expect(kept).toBeGreaterThan(100);
  });

  it('estimates the full character 5-gram Jaccard closely on realistic text', () => {
    const texts = [WIRE, WIRE_EDITED, LOCAL_WITH_WIRE, SAME_TOPIC, SPORT, TECH];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i] as string;
        const b = texts[j] as string;
        expect(Math.abs(sketchJaccard(sampled(a), sampled(b)) - jaccard(full(a), full(b)))).toBeLessThan(0.05);
      }
    }
  });

  it('ranks a copy above a same-topic text above unrelated ones', () => {
    const j = (a: string, b: string) => sketchJaccard(sampled(a), sampled(b));
    expect(j(WIRE, WIRE_EDITED)).toBeGreaterThan(0.8);
    expect(j(WIRE, SAME_TOPIC)).toBeGreaterThan(j(WIRE, SPORT));
    expect(j(WIRE, SPORT)).toBeLessThan(0.12);
    expect(j(WIRE, TECH)).toBeLessThan(0.12);
  });

  it('makes one gram of a text shorter than the gram, none of an empty one', () => {
    expect(charGramSketch('ab', 5, 1, 0)).toHaveLength(1);
    expect(charGramSketch('', 5, 1, 0)).toHaveLength(0);
  });

  it('is deterministic', () => {
    expect(sampled(normalizeText(TECH))).toEqual(sampled(normalizeText(TECH)));
  });
});

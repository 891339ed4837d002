// Properties over generated articles: prose always survives the line filter,
// known chrome lines never do, wherever they are interleaved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLines } from './clean-lines.ts';
import { tidyLine } from './line-shape.ts';

const WORDS = ['the', 'council', 'said', 'talks', 'would', 'resume', 'on', 'Tuesday', 'after', 'delegates', 'from', 'both', 'sides', 'met', 'in', 'Istanbul', 'officials', 'warned', 'that', 'prices', 'could', 'rise', 'further', 'this', 'year'];
const CHROME = ['This video is no longer available.', 'Advertisement', 'Share this article', '—', 'Story Code : 12345', 'For more news your way', 'Comment', '(With agency inputs)', '27 March 2022'];

/** A sentence of 12–40 words that ends with a full stop: what body prose looks like. */
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 12, maxLength: 40 })
  .map((words) => `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}.`);
/** Distinct sentences, none contained in another (the filter rightly drops echoes). */
const prose = fc.uniqueArray(sentence, { minLength: 1, maxLength: 12 }).filter((lines) => lines.every((a) => lines.every((b) => a === b || !b.includes(a.slice(0, -1)))));

describe('cleanLines properties', () => {
  it('keeps every prose line, in order', () => {
    fc.assert(
      fc.property(prose, (lines) => {
        expect(cleanLines(lines)).toEqual(lines);
      }),
    );
  });

  it('drops interleaved chrome lines and keeps the prose', () => {
    const mixed = fc.tuple(prose, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CHROME)), { maxLength: 8 }));
    fc.assert(
      fc.property(mixed, ([lines, inserts]) => {
        const withChrome = [...lines];
        for (const [at, chrome] of inserts) withChrome.splice(at % (withChrome.length + 1), 0, chrome);
        expect(cleanLines(withChrome)).toEqual(lines);
      }),
    );
  });

  it('only ever returns tidied input lines, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 30 }), (lines) => {
        const tidy = new Set(lines.map(tidyLine));
        for (const line of cleanLines(lines)) expect(tidy.has(line)).toBe(true);
      }),
    );
  });
});

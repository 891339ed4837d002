import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenizeNormalized, wordTokens } from './normalize.ts';

// Fixed seed: property tests must not flake; a failure prints a replayable path.
const RUNS = { seed: 20_240_612, numRuns: 500 };
// Any UTF-16 sequence, lone surrogates included: page text is not guaranteed well formed.
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('normalizeText', () => {
  it('unifies the typography outlets vary', () => {
    expect(normalizeText('  Kyiv’s  “CAFÉ” — ﬁne\u00a0\n\tStraße ')).toBe(`kyiv's "cafe" - fine strasse`);
    expect(normalizeText('‘quoted’ «guillemets» „low“ ‐‑–—―− dashes')).toBe(`'quoted' "guillemets" "low" ------ dashes`);
    expect(normalizeText('ΟΔΟΣ Ἀθῆναι')).toBe('οδοσ αθηναι');
    expect(normalizeText('ＦＵＬＬ　ｗｉｄｔｈ １２３')).toBe('full width 123');
    expect(normalizeText('soft\u00adhyphen zero\u200bwidth')).toBe('softhyphen zerowidth');
  });

  it('keeps marks that are letters in their script', () => {
    expect(normalizeText('नमस्ते दुनिया')).toBe('नमस्ते दुनिया');
    expect(normalizeText('مَرحبا')).toBe('مَرحبا');
  });

  it('takes the ASCII fast path to the same result as the Unicode path', () => {
    expect(normalizeText('The  QUICK\nfox')).toBe('the quick fox');
    expect(normalizeText('The  QUICK\nfox é')).toBe('the quick fox e');
  });

  it('is idempotent on any input', () => {
    fc.assert(fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
    }), RUNS);
  });
});

describe('wordTokens', () => {
  it('keeps words, apostrophes inside words and whole numbers; drops punctuation', () => {
    expect(wordTokens('Kyiv’s 1,500 troops — “withdrawn”. 3.5% rise; dogs’ bowls, rock ’n’ roll')).toEqual(
      ["kyiv's", '1,500', 'troops', 'withdrawn', '3.5', 'rise', 'dogs', 'bowls', 'rock', 'n', 'roll']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(wordTokens("Kyiv's don't")).toEqual(wordTokens('Kyiv’s don’t'));
  });

  it('tokenizes non-Latin scripts', () => {
    expect(wordTokens('Привет, мир!')).toEqual(['привет', 'мир']);
    expect(wordTokens('مرحبا بالعالم')).toEqual(['مرحبا', 'بالعالم']);
    expect(wordTokens('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
    expect(wordTokens('안녕하세요 세계')).toEqual(['안녕하세요', '세계']);
  });

  it('splits scripts written without spaces into characters', () => {
    expect(wordTokens('東京都に住む')).toEqual(['東', '京', '都', 'に', '住', 'む']);
    expect(wordTokens('iPhone手机')).toEqual(['iphone', '手', '机']);
    expect(wordTokens('ภาษาไทย')).toEqual(['ภ', 'า', 'ษ', 'า', 'ไ', 'ท', 'ย']);
  });

  it('returns no tokens for text without letters or digits', () => {
    expect(wordTokens(' — “” … ')).toEqual([]);
  });

  it('never yields empty or space-containing tokens, and agrees with tokenizeNormalized', () => {
    fc.assert(fc.property(fc.oneof(anyUnits, fc.string({ unit: 'grapheme' })), (s) => {
      const tokens = wordTokens(s);
      expect(tokens.every((t) => t.length > 0 && !/\s/.test(t))).toBe(true);
      expect(tokenizeNormalized(normalizeText(s))).toEqual(tokens);
      expect(wordTokens(tokens.join(' '))).toEqual(tokens);
    }), RUNS);
  });
});

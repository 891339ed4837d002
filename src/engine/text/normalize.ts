/**
 * Text normalisation shared by fingerprints and claims: two outlets printing
 * the same sentence with different typography ("Kyiv’s" / "Kyiv's", "–" / "-",
 * "café" / "cafe", a non-breaking space) must produce the same tokens.
 */

// Typographic variants that outlets' CMSes swap freely; mapped to ASCII.
const QUOTE_LIKE = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u00B4\u0060\uFF07]/g;
const DOUBLE_QUOTE_LIKE = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\uFF02]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
// Invisible characters that split or glue words without being seen (soft hyphen, zero-width space, word joiner, BOM).
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// Marks are dropped only after scripts where they are optional accents. In
// Devanagari, Arabic, Thai… the marks are vowels: dropping them changes words.
// Cyrillic ё → е and й → и fold too, as ICU search folding does; consistent is what counts.
const ACCENT = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{Mn}+/gu;
// Any UTF-16 unit past ASCII, surrogates included.
const NON_ASCII = /[\u0080-\uFFFF]/;
const SPACES = /\s+/g;

// A word starts with a letter or digit; marks continue it; an apostrophe
// between letters stays inside ("kyiv's", matching countWords in storage), and
// "." or "," between digits keeps a number whole ("1,500", "3.5").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:'(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
// Scripts written without spaces: each character is a token, so that k-word
// shingles become k-character shingles. Deterministic everywhere, unlike
// Intl.Segmenter, whose dictionaries differ between Chrome and Firefox builds.
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
const SPLIT_UNSPACED = new RegExp(`[${UNSPACED}]\\p{M}*|[^${UNSPACED}]+`, 'gu');

/**
 * Canonical form of a text for comparison: NFKC, lower case (ß → ss, final ς →
 * σ), accents folded on Latin/Greek/Cyrillic letters, curly quotes, primes and
 * dashes unified to ' " -, invisible characters removed, whitespace collapsed
 * to single spaces and trimmed. Idempotent. ASCII text skips the Unicode work.
 *
 * @example normalizeText('  Kyiv’s  “CAFÉ” — ﬁne ') // `kyiv's "cafe" - fine`
 */
export function normalizeText(text: string): string {
  const folded = NON_ASCII.test(text) ? foldUnicode(text) : text.toLowerCase();
  return folded.replace(SPACES, ' ').trim();
}

function foldUnicode(text: string): string {
  return text
    .replace(INVISIBLE, '') // first: a hidden character between a letter and its accent would shield the accent
    .replace(QUOTE_LIKE, "'") // before NFKC, which would split ´ into a space and a mark
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(ACCENT, '$1')
    .normalize('NFC')
    .replace(QUOTE_LIKE, "'") // again: NFKC maps some compatibility forms onto them
    .replace(DOUBLE_QUOTE_LIKE, '"')
    .replace(DASH_LIKE, '-')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ');
}

/**
 * The words of a text, normalised (see normalizeText): runs of letters and
 * digits, apostrophes kept inside words, other punctuation dropped. Han, kana,
 * Thai, Lao, Khmer and Myanmar characters are one token each.
 *
 * @example wordTokens('Kyiv’s 1,500 troops — “withdrawn”.') // ["kyiv's", '1,500', 'troops', 'withdrawn']
 */
export function wordTokens(text: string): string[] {
  return tokenizeNormalized(normalizeText(text));
}

/**
 * wordTokens for text that already went through normalizeText (saves the
 * second normalisation when the caller needs both).
 *
 * @example tokenizeNormalized(normalizeText(text))
 */
export function tokenizeNormalized(normalized: string): string[] {
  const words = normalized.match(WORD) ?? [];
  if (!HAS_UNSPACED.test(normalized)) return words;
  return words.flatMap((word) => (HAS_UNSPACED.test(word) ? (word.match(SPLIT_UNSPACED) ?? []) : [word]));
}

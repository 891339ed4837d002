import { sameEntity } from '../../nlp/same-entity.ts';

export interface QuoteWord {
  /** As shown to the reader. */
  text: string;
  /** Compared form: lower case, straight apostrophes. */
  key: string;
  capitalised: boolean;
}

// Longer quotes are cut: the diff is quadratic, and no reader scans a diff of
// a 200-word quotation anyway.
export const MAX_QUOTE_WORDS = 200;

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcannot\b/gi, 'can not'], [/\bcan't\b/gi, 'can not'], [/\bwon't\b/gi, 'will not'], [/\bshan't\b/gi, 'shall not'],
  [/n't\b/gi, ' not'],
];

/**
 * Words of a quotation for diffing: contractions expanded so "cannot" and
 * "can not" agree, punctuation dropped (outlets punctuate quotes their own way).
 *
 * @example quoteWords('We can’t say.').map((w) => w.key) // ['we', 'can', 'not', 'say']
 */
export function quoteWords(quote: string): QuoteWord[] {
  let text = quote.replace(/[’‘`]/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return text
    .split(/\s+/)
    .map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, MAX_QUOTE_WORDS)
    .map((w) => ({ text: w, key: plainKey(w), capitalised: /^\p{Lu}/u.test(w) }));
}

// Translations of one statement differ in number as often as in wording
// ("any breakthroughs" / "a breakthrough"); a plural "s" is not a change.
const plainKey = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
};

/** Equal words, or two spellings of one name ("Chernihiv"/"Chernigiv"). */
export function sameWord(a: QuoteWord, b: QuoteWord): boolean {
  return a.key === b.key || (a.capitalised && b.capitalised && sameEntity(a.key, b.key));
}

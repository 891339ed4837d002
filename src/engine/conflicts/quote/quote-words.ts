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
  [/\b(it|that|there|here|what|who|where|he|she)'s\b/gi, '$1 is'], [/'re\b/gi, ' are'], [/'ve\b/gi, ' have'],
  [/\bI'm\b/g, 'I am'], [/'ll\b/gi, ' will'],
  // Transcripts and outlets spell speech either way: "gonna" is "going to".
  [/\bgonna\b/gi, 'going to'], [/\bwanna\b/gi, 'want to'], [/\bgotta\b/gi, 'got to'], [/\bkinda\b/gi, 'kind of'],
];

/**
 * Words of a quotation for diffing: contractions expanded so "cannot" and
 * "can not" (and "gonna" and "going to") agree, punctuation dropped (outlets punctuate quotes their own way).
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
    .map((w) => ({ text: w, key: plainKey(DOTTED.test(w) ? w.replace(/\./g, '') : clockTime(w)), capitalised: /^\p{Lu}/u.test(w) }));
}

// "U.S." (its last dot already dropped with the punctuation) is "US".
/** "7:35" and "7.35" are one time of day, written two ways: both read "7.35". */
export const clockTime = (word: string): string => word.replace(/^(\d{1,2}):(\d{2})$/u, '$1.$2');
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;
// Small words inside a name that its initials skip: "Bank of England", "Food and Drug Administration".
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&']);

/** The letters of an acronym ("US", "U.S", "NATO"), lower case, or null. */
function acronymOf(word: QuoteWord): string | null {
  const letters = word.text.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters.toLowerCase() : null;
}

/** The end of the run of capitalised words from `i` whose initials spell `acronym`, or -1. */
function spells(words: readonly QuoteWord[], i: number, acronym: string): number {
  let k = 0;
  let j = i;
  while (j < words.length && k < acronym.length) {
    const w = words[j] as QuoteWord;
    if (k > 0 && CONNECTORS.has(w.key)) {
      j++;
      continue;
    }
    if (!w.capitalised || w.key[0] !== acronym[k]) return -1;
    k++;
    j++;
  }
  return k === acronym.length && j - i >= 2 ? j : -1;
}

/** `words` with every run of names that spells an acronym used in `other` as one word keyed like that acronym. */
function collapse(words: readonly QuoteWord[], other: readonly QuoteWord[]): readonly QuoteWord[] {
  const acronyms = [...new Set(other.map(acronymOf).filter((a): a is string => a !== null))];
  if (acronyms.length === 0) return words;
  const out: QuoteWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const acronym = acronyms.find((a) => spells(words, i, a) > 0);
    if (!acronym) {
      out.push(words[i] as QuoteWord);
      continue;
    }
    const end = spells(words, i, acronym);
    out.push({ text: words.slice(i, end).map((w) => w.text).join(' '), key: acronym, capitalised: true });
    i = end - 1;
  }
  return out;
}

/**
 * Two quotations with a name spelled out in one and abbreviated in the other
 * ("the United States Coast Guard" / "the US Coast Guard"): the spelled-out
 * run becomes one word equal to the acronym, so the two compare as the same
 * words. Only acronyms the other quotation uses are expanded.
 *
 * @example alignAcronyms(quoteWords('the US Coast Guard'), quoteWords('the United States Coast Guard'))[1].map((w) => w.key)
 *   // ['the', 'us', 'coast', 'guard']
 */
export function alignAcronyms(a: readonly QuoteWord[], b: readonly QuoteWord[]): [readonly QuoteWord[], readonly QuoteWord[]] {
  return [collapse(a, b), collapse(b, a)];
}

// Translations of one statement differ in number as often as in wording
// ("any breakthroughs" / "a breakthrough"); a plural "s" is not a change.
const plainKey = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
};

/** `long` holds all of `short`, word for word and in one run: one outlet quoted a fragment of what the other quoted. */
export function quotesRunOf(long: readonly QuoteWord[], short: readonly QuoteWord[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => sameWord(long[i + k] as QuoteWord, w))) return true;
  }
  return false;
}

/** Equal words, or two spellings of one name ("Chernihiv"/"Chernigiv"). */
export function sameWord(a: QuoteWord, b: QuoteWord): boolean {
  return a.key === b.key || (a.capitalised && b.capitalised && sameEntity(a.key, b.key));
}

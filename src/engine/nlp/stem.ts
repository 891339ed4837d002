// Derivational suffixes, longest first. Stripping them lets a verb match its
// noun ("annexed"/"annexation", "negotiate"/"negotiation", "invade"/"invasion")
// when the same event is dated in one article by a verb, in another by a noun.
const SUFFIXES: readonly [string, string][] = [
  ['ization', ''], ['isation', ''], ['ation', ''], ['ition', ''], ['sion', 'd'],
  ['ment', ''], ['ness', ''], ['ance', ''], ['ence', ''], ['ing', ''], ['ion', ''],
  ['ate', ''], ['ize', ''], ['ise', ''], ['al', ''], ['e', ''],
];
// A stem shorter than this is too ambiguous to stand for a word.
const MIN_STEM = 3;

/**
 * Light derivational stem of a lemma, for matching event words across parts of
 * speech. Not a linguistic stemmer: only equality of stems is ever used.
 *
 * @example stem('annexation') === stem('annex') // 'annex'
 * @example stem('invasion') === stem('invade')  // 'invad'
 */
export function stem(lemma: string): string {
  // Two passes reach the same stem from stacked suffixes: "statement" ->
  // "state" -> "stat", as "state" -> "stat".
  return stripOnce(stripOnce(lemma.toLowerCase()));
}

function stripOnce(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

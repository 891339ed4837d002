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
  // A noun suffix may sit on a verb ending: "statement" -> "state" needs the
  // second step "state" -> "stat" to meet "state"; "agree" must not lose two.
  const word = lemma.toLowerCase();
  const [once, suffix] = stripOnce(word, SUFFIXES);
  return suffix.length >= 3 ? stripOnce(once, VERB_ENDINGS)[0] : once;
}

const VERB_ENDINGS = SUFFIXES.filter(([s]) => ['ate', 'ize', 'ise', 'e'].includes(s));

function stripOnce(word: string, suffixes: readonly [string, string][]): [string, string] {
  for (const [suffix, replacement] of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return [word.slice(0, word.length - suffix.length) + replacement, suffix];
    }
  }
  return [word, ''];
}

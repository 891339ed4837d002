// Shape tests shared by the plain-text parser and the line filter. A "headline"
// here is a short line that does not end like a sentence: teaser titles, tags,
// subheads. Body prose almost always ends with terminal punctuation.

/** Longest line still read as a headline; real headlines rarely pass 20 words. */
export const HEADLINE_MAX_WORDS = 22;
const HEADLINE_MAX_CHARS = 180;

/** Ends like a sentence or a clause (a closing quote or bracket may follow). */
const SENTENCE_END = /[.;:,][\s"'”’»)\]]*$/u;
const LETTER = /\p{L}/u;

export function wordCount(line: string): number {
  const trimmed = line.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

export function hasLetter(line: string): boolean {
  return LETTER.test(line);
}

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim()) && !line.trim().endsWith('...');
}

export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  return words > 0 && words <= HEADLINE_MAX_WORDS && line.length <= HEADLINE_MAX_CHARS && hasLetter(line) && !endsLikeSentence(line);
}

/** Lone separators ("-", "—", "•", "* * *") mark boundaries between items. */
export function isSeparator(line: string): boolean {
  return line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line);
}

/** Comparison key: case, punctuation and spacing differences do not make two lines different. */
export function lineKey(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * One line of text, tidied: odd spaces (NBSP, thin, zero-width) become plain
 * spaces, runs collapse, and a leading list bullet ("- ", "• ") goes.
 */
export function tidyLine(line: string): string {
  const spaced = line
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu, ' ')
    .trim();
  return spaced.replace(/^[-–—•·*▪►]\s+(?=\S)/u, '');
}

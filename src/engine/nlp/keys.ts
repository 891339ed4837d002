import { foldAscii } from './fold.ts';
import { LIGHT_WORDS } from './lexicon/function-words.ts';
import { TIME_NAMES } from './lexicon/time-words.ts';
import { sameEntity } from './same-entity.ts';
import { stem } from './stem.ts';
import type { Token } from './tokens.ts';

/** Entity keys start with this mark; they compare by spelling variant, not equality. */
export const ENTITY_MARK = '^';


/**
 * The key a token contributes as subject-matter evidence, or null. Names
 * become "^" + folded spelling (compared with `sameEntity`); nouns, verbs and
 * adjectives become their derivational stem; everything else (function words,
 * numbers, dates, light verbs) contributes nothing.
 *
 * @example tokenKey({ text: 'Chernigiv', pos: 'PROPN', ... }) // '^chernigiv'
 * @example tokenKey({ text: 'talks', lemma: 'talk', pos: 'NOUN', ... }) // 'talk'
 */
export function tokenKey(token: Token): string | null {
  if (TIME_NAMES.has(token.norm)) return null;
  if (token.pos === 'PROPN') {
    const folded = foldAscii(token.text);
    return folded.length >= 2 ? ENTITY_MARK + folded : null;
  }
  if (token.pos !== 'NOUN' && token.pos !== 'VERB' && token.pos !== 'ADJ') return null;
  const lemma = token.lemma.toLowerCase();
  if (lemma.length < 3 || LIGHT_WORDS.has(lemma) || !/^[a-z-]+$/.test(lemma)) return null;
  return stem(lemma);
}

/** Keys of a token range, without duplicates, in order of appearance. */
export function keysOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const key = tokenKey(token);
    if (key !== null && !out.includes(key)) out.push(key);
  }
  return out;
}

/** Two keys name the same thing: equal stems, or spelling variants of one name. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith(ENTITY_MARK) || !b.startsWith(ENTITY_MARK)) return false;
  return sameEntity(a.slice(1), b.slice(1));
}

/** Keys of `a` that have a match in `b` (spelling variants count as a match). */
export function sharedKeys(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((key) => b.some((other) => sameKey(key, other)));
}

import { keysOf } from '../../nlp/keys.ts';
import { TIME_NAMES } from '../../nlp/lexicon/time-words.ts';
import type { Token } from '../../nlp/tokens.ts';
import { INSTITUTIONS } from '../speakers.ts';
import type { FoundNumber } from './find-numbers.ts';

/** The unit of an age: compared only between two claims about one named person (see the number rule). */
export const AGE = 'age';

// An age is a whole number of years a living or recently dead person can have.
const MAX_AGE = 119;
// Last words of names that are countries, teams or bodies, never a person with an age: the speakers'
// institutions, and places and clubs ("the United States, 40, China, 38" is a medal table).
const NOT_PERSONS: ReadonlySet<string> = new Set([...INSTITUTIONS, 'city', 'united', 'county', 'province', 'club', 'fc']);

const PLACE_WORDS = new Set(['in', 'at', 'near', 'from', 'across', 'into', 'outside', 'inside', 'around']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);

/**
 * Ages given beside a person's full name: "Matthew Perry, 54, was found",
 * "Hamish Harding (58)", "Robert Card, a 40-year-old reservist", "40-year-old
 * Robert Card", "Hamish Harding, aged 58". A surname alone ("Perry, 54") is
 * left out: a father and son share it. The figure's agents are the name's keys.
 *
 * @example findAges(tokens('Matthew Perry, 54, was found dead.'), () => () => false)
 *   // [{ raw: '54', lo: 54, hi: 54, unit: 'age', event: { heads: ['age'], agents: ['^matthew', '^perry'], … } }]
 */
export function findAges(tokens: readonly Token[], boundFor: (anchor: number) => (i: number) => boolean): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const age = ageAt(tokens, i);
    if (age === null) continue;
    const bound = boundFor(i);
    const name = nameOf(tokens, i, age.to - i > 1, bound);
    if (!name) continue;
    const keys = keysOf(tokens.slice(name.from, name.to));
    const label = `${tokens.slice(name.from, name.to).map((t) => t.text).join(' ')}'s age`;
    const from = Math.min(name.from, i);
    const to = Math.max(name.to, age.to);
    found.push({
      raw: age.raw, lo: age.value, hi: age.value, unit: AGE, from, to,
      event: { heads: [AGE], keys, label, names: keys, agents: keys },
    });
  }
  return found;
}

/** A whole number of years at `i`, with where its words end ("40-year-old" spans five tokens). */
function ageAt(tokens: readonly Token[], i: number): { value: number; raw: string; to: number } | null {
  const t = tokens[i];
  if (!t || !/^\d{1,3}$/.test(t.text)) return null;
  const value = Number(t.text);
  if (value < 1 || value > MAX_AGE) return null;
  const yearOld = tokens[i + 1]?.text === '-' && tokens[i + 2]?.norm === 'year' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.norm === 'old';
  return yearOld ? { value, raw: `${t.text}-year-old`, to: i + 5 } : { value, raw: t.text, to: i + 1 };
}

/** The full name an age at `i` is given for, as a token range, or null when the words give it to no full name. */
function nameOf(tokens: readonly Token[], i: number, yearOld: boolean, bound: (k: number) => boolean): { from: number; to: number } | null {
  const prev = tokens[i - 1]?.norm;
  if (yearOld) {
    // "40-year-old Robert Card"; "Robert Card, a 40-year-old Army reservist,".
    const after = nameFrom(tokens, i + 5, bound);
    if (after) return after;
    return (prev === 'a' || prev === 'an') && tokens[i - 2]?.text === ',' ? nameBefore(tokens, i - 3, bound) : null;
  }
  const next = tokens[i + 1]?.text ?? '';
  // "Hamish Harding (58)".
  if (prev === '(' && next === ')') return nameBefore(tokens, i - 2, bound);
  // "Hamish Harding, aged 58,".
  if (prev === 'aged' && tokens[i - 2]?.text === ',') return nameBefore(tokens, i - 3, bound);
  // "Matthew Perry, 54, was found", "… said Rick Goddard, 44." (not "Ontario, California, 35 miles").
  if (prev === ',' && (next === ',' || next === '.' || next === '' || next === ';')) return nameBefore(tokens, i - 2, bound);
  return null;
}

const isNameToken = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && !TIME_NAMES.has(t.norm) && /^\p{Lu}/u.test(t.text);

/** The run of two or more name words ending at `last`. */
function nameBefore(tokens: readonly Token[], last: number, bound: (k: number) => boolean): { from: number; to: number } | null {
  let from = last;
  while (from >= 0 && !bound(from) && isNameToken(tokens[from])) from--;
  return personName(tokens, from + 1, last + 1);
}

/** The run of two or more name words starting at `first`. */
function nameFrom(tokens: readonly Token[], first: number, bound: (k: number) => boolean): { from: number; to: number } | null {
  let to = first;
  while (to < tokens.length && !bound(to) && isNameToken(tokens[to])) to++;
  return personName(tokens, first, to);
}

function personName(tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  // A capitalised first word of the sentence before a full name is a title or a description ("Actor Matthew Perry").
  if (from === 0 && to - from >= 3) from = 1;
  // "Mr. Card" is a surname with a title, not a full name.
  while (from < to && HONORIFICS.has((tokens[from]?.norm ?? '').replace(/\.$/u, ''))) from++;
  if (to - from < 2) return null;
  // "in New York, 10, …" is a place.
  if (PLACE_WORDS.has(tokens[from - 1]?.norm ?? '')) return null;
  return NOT_PERSONS.has(tokens[to - 1]?.norm ?? '') ? null : { from, to };
}

import { stem } from '../../nlp/stem.ts';
import type { Token } from '../../nlp/tokens.ts';

// How far from a magnitude the shock it measures is named ("a 5.2 magnitude aftershock followed").
const SHOCK_WINDOW = 6;

// What a magnitude measures; a shock not named is the quake itself.
const SHOCKS: Readonly<Record<string, string>> = {
  quake: 'quake', earthquake: 'quake', tremor: 'quake', temblor: 'quake', aftershock: 'aftershock', foreshock: 'foreshock',
};
const MAX_MAGNITUDE = 10;
/** A magnitude of a shock after the first: one of many, never compared (which aftershock is which is rarely clear). */
export const SEQUEL_SHOCK = 'aftershock';
const SEQUEL_WORDS = new Set(['followed', 'another', 'second', 'third', 'fourth', 'subsequent', 'strongest', 'later']);

/**
 * An earthquake's magnitude: "a 6.8-magnitude quake", "a magnitude 6.8
 * earthquake", "a preliminary magnitude of 6.8", "its magnitude as 8.6", "7
 * on the Richter scale". Reports of one quake differ on it when one is wrong
 * (or when an agency revises it), so it is a figure to compare like a count;
 * the shock it belongs to keeps a quake's and an aftershock's apart.
 *
 * @example magnitudeAt(tokens('a 6.8-magnitude quake'), 1, 2, 6.8) // { stem: 'magnitud', text: 'magnitude', index: 3, shock: 'quake' }
 */
export function magnitudeAt(tokens: readonly Token[], at: number, end: number, value: number): { stem: string; text: string; index: number; shock: string } | null {
  if (value >= MAX_MAGNITUDE) return null;
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  const after = norm(end) === '-' ? end + 1 : end;
  let before = norm(at - 1) === '-' ? at - 2 : at - 1;
  if (/^(of|as|at)$/.test(norm(before))) before--;
  let index = -1;
  if (norm(after) === 'magnitude') index = after;
  else if (norm(before) === 'magnitude') index = before;
  else if (norm(before) === 'reading') index = before;
  else if (norm(end) === 'on') {
    const richter = norm(end + 1) === 'the' ? end + 2 : end + 1;
    if (norm(richter) === 'richter') index = norm(richter + 1) === 'scale' ? richter + 1 : richter;
  }
  else index = readingAt(tokens, at, end);
  if (index < 0) return null;
  let shock = 'quake';
  for (let k = Math.max(0, at - SHOCK_WINDOW); k < Math.min(tokens.length, end + SHOCK_WINDOW); k++) {
    const named = SHOCKS[tokens[k]?.lemma ?? ''] ?? SHOCKS[norm(k)];
    if (named) {
      shock = named;
      if (named !== 'quake') break;
    }
  }
  // "It was followed by a magnitude 6.4 quake", "a third earthquake",
  // "aftershocks, including a 7.5 magnitude earthquake": one of the shocks after the first.
  if (shock === 'quake' && tokens.some((t) => SEQUEL_WORDS.has(t.norm) || /^aftershocks?$/.test(t.norm))) shock = SEQUEL_SHOCK;
  return { stem: stem('magnitude'), text: tokens[index]?.text ?? 'magnitude', index, shock };
}

// Verbs an agency gives a reading with: "the Survey put it at 7.4", "recorded 7.4", "rated it at 7.4".
const READING_VERBS = new Set(['put', 'record', 'register', 'rate', 'measure', 'give', 'estimate', 'report', 'clock', 'gauge']);

/**
 * "The Geological Survey put it at 7.4", "recorded 7.4": a decimal reading
 * straight after a reading verb (past "it at"), in a sentence about a quake's
 * magnitude, and not a count of something ("reported 4.5 million …"). The
 * verb's index, or -1.
 */
function readingAt(tokens: readonly Token[], at: number, end: number): number {
  if (!/\./.test(tokens[at]?.text ?? '') || /^(NOUN|PROPN)$/.test(tokens[end]?.pos ?? '') || /^(million|billion|percent|%)$/i.test(tokens[end]?.text ?? '')) return -1;
  let k = at - 1;
  if (/^(at|as)$/.test(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm === 'it') k--;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !READING_VERBS.has(verb.lemma)) return -1;
  const aboutMagnitude = tokens.some((t) => t.norm === 'magnitude' || t.norm === 'richter' || SHOCKS[t.lemma] !== undefined);
  return aboutMagnitude ? k : -1;
}

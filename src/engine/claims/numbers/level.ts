import { stem } from '../../nlp/stem.ts';
import type { Token } from '../../nlp/tokens.ts';

// A figure with no noun after it counts what a verb sets to that level: "the toll rose to 31", "put the toll at
// 2,300". What it counts is the verb's subject or object.

// Verbs that set a level ("the toll rose to 31", "stood at 31"): one fact
// however it is phrased, so they compare as one verb.
export const LEVEL_VERBS: ReadonlySet<string> = new Set(['rise', 'climb', 'reach', 'stand', 'jump', 'increase', 'top', 'grow', 'mount', 'surge', 'soar']);
const TALLY_NOUNS = new Set(['number', 'total', 'tally', 'count', 'figure']);
const LEVEL_QUALIFIERS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'over', 'some', 'just', 'under']);

/**
 * "The toll from Monday's earthquake climbed to 5,894": a figure after a
 * level verb counts the head of that verb's subject.
 */
export function levelSubject(tokens: readonly Token[], at: number, end: number): { stem: string; text: string; index: number; level: string } | null {
  let v = at - 1;
  // "rose to at least 53", "stands at more than 2,800", "climbed to nearly 900": the qualifier is the figure's.
  if (/^(least|most)$/.test(tokens[v]?.norm ?? '') && tokens[v - 1]?.norm === 'at') v -= 2;
  else if (tokens[v]?.norm === 'than' && /^(more|fewer|less)$/.test(tokens[v - 1]?.norm ?? '')) v -= 2;
  else if (LEVEL_QUALIFIERS.has(tokens[v]?.norm ?? '')) v--;
  const prep = tokens[v]?.norm;
  if (prep === 'to' || prep === 'at') v--;
  if (prep === 'at' && tokens[v]?.pos === 'NOUN') return placedObject(tokens, v, end, PLACING_VERBS);
  // "revised the death toll in the crash on Friday to 275": a revising verb's object.
  if (prep === 'to' && /^(NOUN|PROPN)$/.test(tokens[v]?.pos ?? '')) return placedObject(tokens, v, end, REVISING_VERBS);
  // "rose sharply to", "rose overnight to".
  while (tokens[v]?.pos === 'ADV' || tokens[v]?.norm === 'overnight') v--;
  const verb = tokens[v];
  // "the toll has been revised to 275": a revising verb in the passive sets its subject's level.
  const passive = tokens[v - 1]?.pos === 'AUX' && tokens[v - 1]?.lemma === 'be';
  if (!verb || verb.pos !== 'VERB' || !(LEVEL_VERBS.has(verb.lemma) || (passive && prep === 'to' && REVISING_VERBS.has(verb.lemma)))) return null;
  // The subject's head is the first noun of the phrase before the verb,
  // before any preposition ("toll" in "the toll from the earthquake").
  // "has risen to 80", "had now climbed to 53": the subject is before the auxiliary.
  let k = v - 1;
  while (k >= 0 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV')) k--;
  const subjectEnd = k + 1;
  while (k >= 0 && subjectEnd - k <= 10 && /^(NOUN|PROPN|ADJ|DET|ADP|PART|NUM|VERB)$/.test(tokens[k]?.pos ?? '') && !(tokens[k]?.pos === 'VERB' && !/(ing|ed)$/.test(tokens[k]?.norm ?? ''))) k--;
  const counted = countedIn(tokens.slice(k + 1, subjectEnd));
  return counted ? { stem: countStem(counted), text: counted.text, index: end - 1, level: verb.text } : null;
}

/** A toll counts the dead: "the death toll" and "the number of deaths" are one count. */
const countStem = (counted: Token): string => (counted.lemma === 'toll' ? DEATH : stem(counted.lemma));
const DEATH = stem('death');

/**
 * What a phrase counts: its head, the first noun before any preposition
 * ("toll" in "the toll from the earthquake"); after a tally noun, what it
 * numbers ("the number of injured rose to 31,777" counts the injured).
 */
function countedIn(phrase: readonly Token[]): Token | null {
  const firstAdp = phrase.findIndex((t) => t.pos === 'ADP');
  const head = [...(firstAdp < 0 ? phrase : phrase.slice(0, firstAdp))].reverse().find((t) => t.pos === 'NOUN');
  if (!head) return null;
  const after = phrase[phrase.indexOf(head) + 2];
  return TALLY_NOUNS.has(head.lemma) && phrase[phrase.indexOf(head) + 1]?.norm === 'of' && after ? after : head;
}

// Verbs that state a level of their object: "put the death toll at 2,300", "estimated the number of dead at 5,000".
const PLACING_VERBS: ReadonlySet<string> = new Set(['put', 'place', 'estimate', 'set', 'peg', 'fix']);
// Verbs that move a level of their object to a figure: "revised the toll to 275", "raised the number of dead to 40".
const REVISING_VERBS: ReadonlySet<string> = new Set(['revise', 'update', 'raise', 'lower', 'reduce', 'increase', 'bring']);
// "previously put the toll at 5,500": a figure the article reports as superseded, not its own.
const SUPERSEDED = new Set(['previously', 'earlier', 'initially', 'originally', 'first']);

/**
 * "Derna's ambulance authority put the current death toll at 2,300": a figure
 * after "at" counts the object of a placing verb, one after "to" the object of
 * a revising verb ("revised the toll to 275"). `noun` is the object's last
 * word, right before the preposition; the object may hold a place and a time
 * ("the toll in Derna on Friday"), and its head is its first noun before any preposition.
 */
function placedObject(tokens: readonly Token[], noun: number, end: number, verbs: ReadonlySet<string>): { stem: string; text: string; index: number; level: string } | null {
  let k = noun;
  while (k >= 0 && noun - k < OBJECT_MAX_TOKENS && (/^(NOUN|PROPN|ADJ|DET|ADP|PART|NUM)$/.test(tokens[k]?.pos ?? '') || tokens[k]?.text === '-' || POSSESSIVES.has(tokens[k]?.norm ?? ''))) k--;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !verbs.has(verb.lemma)) return null;
  if ([tokens[k - 1], tokens[k - 2]].some((t) => t !== undefined && SUPERSEDED.has(t.norm))) return null;
  const counted = countedIn(tokens.slice(k + 1, noun + 1));
  return counted ? { stem: countStem(counted), text: counted.text, index: end - 1, level: verb.text } : null;
}
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
// The object, with its places and times: "the death toll in the three-train crash on Friday".
const OBJECT_MAX_TOKENS = 12;

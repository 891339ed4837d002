import { keysOf } from '../nlp/keys.ts';
import { LIGHT_WORDS } from '../nlp/lexicon/function-words.ts';
import { REPORTING_VERBS } from '../nlp/lexicon/reporting.ts';
import { stem } from '../nlp/stem.ts';
import type { Token } from '../nlp/tokens.ts';
import type { EventRef } from './types.ts';

// Tokens a noun phrase with its prepositional tail may contain ("peace talks
// between Russia and Ukraine delegates in Istanbul").
const CHAIN_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our']);
// Context window around a claim: enough for subject, verb and object of an
// ordinary news clause, small enough not to reach the next clause.
const WINDOW_BEFORE = 10;
const WINDOW_AFTER = 6;
const MAX_CHAIN = 14;

const isVerb = (t: Token | undefined): t is Token => t !== undefined && t.pos === 'VERB';
const isContentVerb = (t: Token): boolean => !LIGHT_WORDS.has(t.lemma) && !REPORTING_VERBS.has(t.lemma) && t.lemma.length >= 3;
const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s$/.test(t.text);
// Prepositions that open a new event ("after the flood", "during the talks"):
// a time after their noun phrase dates that phrase, not what precedes it.
const EVENT_PREPOSITIONS = new Set(['after', 'before', 'following', 'since', 'during', 'amid', 'despite', 'ahead', 'until', 'because']);
const inChain = (t: Token): boolean =>
  (CHAIN_POS.has(t.pos) && t.text !== ',' && !EVENT_PREPOSITIONS.has(t.norm)) || (t.pos === 'CCONJ' && t.norm === 'and') || POSSESSIVE_PRONOUNS.has(t.norm);

/**
 * What a claim at tokens [from, to) is about: the event a time expression
 * dates, or what a number counts. Returns null when the expression dates a
 * statement ("said on Tuesday") rather than an event, or has no head at all.
 *
 * @example eventAt(tokens('Crimea, annexed by Moscow in 2020, …'), 5, 7) // heads ['annex'], label 'Crimea annexed'
 * @example eventAt(tokens('Tuesday’s talks in Istanbul'), 0, 1)      // heads ['talk'], label 'talks in Istanbul'
 */
export function eventAt(tokens: readonly Token[], from: number, to: number, bound: (i: number) => boolean): EventRef | null {
  const keys = windowKeys(tokens, from, to, bound);
  // "Tuesday's talks", "the 2014 annexation": the expression modifies the noun after it.
  let after = isPossessive(tokens[to]) ? to + 1 : to;
  // "Monday's devastating earthquake": past adjectives to the noun.
  while (after > to && after < to + 4 && (tokens[after]?.pos === 'ADJ' || /(ing|ed)$/.test(tokens[after]?.norm ?? '')) && tokens[after]?.pos !== 'NOUN') after++;
  if (tokens[after]?.pos === 'NOUN' && (after > to || tokens[from]?.pos === 'NUM')) {
    const np = nounPhraseFrom(tokens, after);
    return np ? { heads: [stem(np.head.lemma)], keys, label: np.label, names: namesOf(np.tokens) } : null;
  }
  let i = from - 1;
  if (tokens[i]?.pos === 'ADP') i--;
  let j = i;
  while (j >= 0 && i - j < MAX_CHAIN && inChain(tokens[j] as Token) && !bound(j)) j--;
  const stopper = bound(j) ? undefined : tokens[j];
  const chain = tokens.slice(j + 1, i + 1);
  const firstAdp = chain.findIndex((t) => t.pos === 'ADP');
  const leading = firstAdp < 0 ? chain : chain.slice(0, firstAdp);
  const nounHead = [...leading].reverse().find((t) => t.pos === 'NOUN');
  // The verb right after the expression, past an adverb or auxiliary ("on Wednesday also said").
  const nextVerb = [tokens[to], tokens[to + 1], tokens[to + 2]].find((t) => t?.pos === 'VERB');
  const heads: string[] = [];
  let label = '';

  // "told reporters on Wednesday": the object of "tell" is an audience, and
  // the time dates the statement.
  if (isVerb(stopper) && stopper.lemma === 'tell') return null;
  if (!isVerb(stopper) && firstAdp < 0 && chain.length > 0 && isVerb(nextVerb)) {
    // "The Kremlin on Wednesday played down hopes", "Talks on Tuesday ended":
    // the time sits between a subject and its verb.
    if (REPORTING_VERBS.has(nextVerb.lemma)) return null;
    if (isContentVerb(nextVerb)) heads.push(stem(nextVerb.lemma));
    if (nounHead) heads.push(stem(nounHead.lemma));
    label = `${chain[chain.length - 1]?.text ?? ''} ${nextVerb.text}`.trim();
  } else if (isVerb(stopper) && (!nounHead || firstAdp === 0)) {
    // "annexed by Moscow in 2020", "shelled Kyiv on Monday": the verb is the event.
    if (REPORTING_VERBS.has(stopper.lemma)) return null;
    if (isContentVerb(stopper)) {
      heads.push(stem(stopper.lemma));
      label = `${nearestNounBefore(tokens, j, bound) ?? ''} ${stopper.text}`.trim();
    } else {
      const subject = nearestNounBefore(tokens, j, bound, true);
      if (subject) heads.push(stem(subject.toLowerCase()));
      label = subject ?? '';
    }
  } else if (nounHead) {
    heads.push(stem(nounHead.lemma));
    label = nounLabel(chain, nounHead);
    if (isVerb(stopper) && isContentVerb(stopper)) heads.push(stem(stopper.lemma));
    // "the peace talks made little progress on Tuesday": after a light verb
    // the event is its subject as much as its object.
    if (isVerb(stopper) && LIGHT_WORDS.has(stopper.lemma) && !stopper.norm.endsWith('ing')) {
      const subject = nearestNounBefore(tokens, j, bound, true);
      if (subject) {
        heads.push(stem(subject.toLowerCase()));
        label = `${subject} ${stopper.text} ${nounHead.text}`;
      }
    }
  }
  // The event's own phrase: the chain before the time, and for "X on Monday
  // VERB" the object after the verb.
  const phrase = [...chain, ...(isVerb(nextVerb) && chain.length > 0 && firstAdp < 0 ? tokens.slice(to, to + 6) : [])];
  if (heads.length === 0) return null;
  // Who or what did it: the subject before the event's verb.
  const verbAt = isVerb(stopper) && isContentVerb(stopper) ? j : chain.length > 0 && firstAdp < 0 && isVerb(nextVerb) ? i + 1 : -1;
  const subject = verbAt >= 0 ? subjectBefore(tokens, verbAt, bound) : [];
  return { heads, keys, label, names: namesOf(phrase), ...(subject.length > 0 ? { subject } : {}) };
}

/** Keys of the run of nouns and names nearest before `at` ("Storm Daniel hit" -> ["^storm", "^daniel"]), within the clause. */
function subjectBefore(tokens: readonly Token[], at: number, bound: (i: number) => boolean): string[] {
  let end = at - 1;
  while (end >= 0 && at - end <= 6 && !bound(end) && !isNominal(tokens[end])) {
    if (tokens[end]?.pos === 'SCONJ' || tokens[end]?.text === ';') return [];
    end--;
  }
  if (end < 0 || at - end > 6 || bound(end)) return [];
  let start = end;
  while (start > 0 && !bound(start - 1) && isNominal(tokens[start - 1])) start--;
  return keysOf(tokens.slice(start, end + 1));
}

const isNominal = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

function windowKeys(tokens: readonly Token[], from: number, to: number, bound: (i: number) => boolean): string[] {
  let start = from;
  while (start > 0 && from - start < WINDOW_BEFORE && !bound(start - 1) && !isClauseBreak(tokens[start - 1])) start--;
  let end = to;
  while (end < tokens.length && end - to < WINDOW_AFTER && !bound(end) && !isClauseBreak(tokens[end])) end++;
  return keysOf([...tokens.slice(start, from), ...tokens.slice(to, end)]);
}

const namesOf = (phrase: readonly Token[]): string[] => keysOf(phrase.filter((t) => t.pos === 'PROPN'));

const isClauseBreak = (t: Token | undefined): boolean => t === undefined || t.pos === 'SCONJ' || /^[;:—–()]$/.test(t.text);

function nounPhraseFrom(tokens: readonly Token[], at: number): { head: Token; label: string; tokens: Token[] } | null {
  let end = at;
  while (tokens[end + 1]?.pos === 'NOUN') end++;
  const head = tokens[end];
  if (!head) return null;
  const own = tokens.slice(at, end + 1);
  const prep = tokens[end + 1];
  const object = tokens[end + 2];
  if (prep?.pos === 'ADP' && (object?.pos === 'PROPN' || object?.pos === 'NOUN')) own.push(prep, object);
  return { head, label: own.map((t) => t.text).join(' '), tokens: own };
}

function nounLabel(chain: readonly Token[], head: Token): string {
  const at = chain.indexOf(head);
  let start = at;
  while (start > 0 && chain[start - 1]?.pos === 'NOUN') start--;
  const words = chain.slice(start, at + 1).map((t) => t.text);
  // The last prepositional phrase names the place or party ("in Istanbul").
  const lastAdp = chain.map((t) => t.pos).lastIndexOf('ADP');
  if (lastAdp > at) words.push(...chain.slice(lastAdp).filter((t) => t.pos !== 'DET').map((t) => t.text));
  return words.join(' ');
}

function nearestNounBefore(tokens: readonly Token[], at: number, bound: (i: number) => boolean, commonOnly = false): string | null {
  for (let k = at - 1; k >= 0 && at - k <= 6 && !bound(k); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || (!commonOnly && t.pos === 'PROPN')) return commonOnly ? t.lemma : t.text;
    if (t.pos === 'SCONJ' || t.text === ';') break;
  }
  return null;
}

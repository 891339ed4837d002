import { keysOf } from '../nlp/keys.ts';
import { LIGHT_WORDS } from '../nlp/lexicon/function-words.ts';
import { HEDGES, NEGATING_VERBS, NEGATORS } from '../nlp/lexicon/negation.ts';
import { REPORTING_VERBS } from '../nlp/lexicon/reporting.ts';
import { stem } from '../nlp/stem.ts';
import { tenseAt } from '../nlp/tense.ts';
import type { Token } from '../nlp/tokens.ts';
import type { PredicateClaim } from './types.ts';

export type FoundPredicate = Omit<PredicateClaim, 's' | 'by' | 'kind'> & { at: number; deniedBy?: number };

// Words allowed between a negator and its verb ("did not even try", "has
// never been").
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
const SUBJECT_SPAN = 5;
const OBJECT_SPAN = 7;
// Fewer shared arguments than this is no evidence that two clauses state the same fact.
const MIN_KEYS = 2;

const isClauseBreak = (t: Token | undefined): boolean => t === undefined || t.pos === 'SCONJ' || /^[;:,—–()]$/.test(t.text);

/**
 * Clauses with a content verb and its arguments, marked negated when a
 * negator governs the verb ("did not bomb", "no longer controls", "never
 * met") or a negating verb takes it as complement ("denied bombing", "refused
 * to negotiate": then `deniedBy` points at the negating verb, whose subject
 * holds the claim). Hypothetical and interrogative clauses are left out: they
 * assert nothing.
 *
 * @example findPredicates(tokens('Russia did not bomb the city of Chernihiv.'), () => () => false)
 *   // [{ verb: 'bomb', negated: true, tense: 'past', subject: ['^russia'], object: ['city', '^chernihiv'], … }]
 */
export function findPredicates(tokens: readonly Token[], boundFor: (anchor: number) => (i: number) => boolean): FoundPredicate[] {
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const found: FoundPredicate[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v] as Token;
    if (verb.pos !== 'VERB') continue;
    if (LIGHT_WORDS.has(verb.lemma) || REPORTING_VERBS.has(verb.lemma) || NEGATING_VERBS.has(verb.lemma) || HEDGES.has(verb.lemma)) continue;
    const bound = boundFor(v);
    if (hedged(tokens, v, bound) || relative(tokens, v)) continue;
    const deniedBy = negatingVerbBefore(tokens, v);
    const negated = deniedBy !== undefined || negatorBefore(tokens, v);
    const subject = span(tokens, v, -1, SUBJECT_SPAN, bound);
    const object = span(tokens, v, 1, OBJECT_SPAN, bound);
    const own = stem(verb.lemma);
    const subjectKeys = keysOf(subject).filter((k) => k !== own);
    const objectKeys = keysOf(object).filter((k) => k !== own && !subjectKeys.includes(k));
    if (subjectKeys.length + objectKeys.length < MIN_KEYS) continue;
    // A short display phrase: the subject's last words, the verb, the object's head.
    const label = [...subject.slice(-2), verb, ...object.slice(0, 3)].filter((t) => t.pos !== 'DET').map((t) => t.text).join(' ');
    found.push({
      at: v, verb: own, negated, tense: tenseAt(tokens, v) ?? 'present', subject: subjectKeys, object: objectKeys, label,
      ...(deniedBy === undefined ? {} : { deniedBy }),
    });
  }
  return found;
}

// "fighters who did not take part": the clause picks out whom the sentence is about; it asserts nothing of its own.
// After a comma ("the fighters, who did not take part, …") it does: it says something of people already named.
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'whose']);

function relative(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 5; k--) {
    const t = tokens[k] as Token;
    if (RELATIVE_PRONOUNS.has(t.norm)) return tokens[k - 1]?.text !== ',';
    if (!BETWEEN.has(t.pos) && !NEGATORS.has(t.norm)) return false;
  }
  return false;
}

function negatorBefore(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const t = tokens[k] as Token;
    if (NEGATORS.has(t.norm)) return true;
    if (t.norm === 'longer' && tokens[k - 1]?.norm === 'no') return true;
    if (!BETWEEN.has(t.pos)) return false;
  }
  return false;
}

function negatingVerbBefore(tokens: readonly Token[], v: number): number | undefined {
  // "refused to negotiate", "denied bombing", "denied that Russia had bombed".
  const a = tokens[v - 1];
  const b = tokens[v - 2];
  if (a && NEGATING_VERBS.has(a.lemma) && tokens[v]?.norm.endsWith('ing')) return v - 1;
  if (a?.norm === 'to' && b && NEGATING_VERBS.has(b.lemma)) return v - 2;
  return undefined;
}

function hedged(tokens: readonly Token[], v: number, bound: (i: number) => boolean): boolean {
  for (let k = v - 1; k >= 0 && !bound(k); k--) {
    const t = tokens[k] as Token;
    if (HEDGES.has(t.norm) || HEDGES.has(t.lemma)) return true;
    if (t.text === ';' || t.text === ':') break;
  }
  return false;
}

function span(tokens: readonly Token[], v: number, step: -1 | 1, max: number, bound: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  for (let k = v + step; Math.abs(k - v) <= max && !bound(k); k += step) {
    const t = tokens[k];
    if (!t || isClauseBreak(t) || (t.pos === 'VERB' && step > 0)) break;
    if (step < 0 && t.pos === 'VERB') break;
    out.push(t);
  }
  return step < 0 ? out.reverse() : out;
}

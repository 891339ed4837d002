import { keysOf } from '../nlp/keys.ts';
import { LIGHT_WORDS } from '../nlp/lexicon/function-words.ts';
import { REPORTING_VERBS } from '../nlp/lexicon/reporting.ts';
import { stem } from '../nlp/stem.ts';
import type { Token } from '../nlp/tokens.ts';
import type { EventRef } from './types.ts';

// Words between a reporting verb and its time ("said on Monday evening",
// "on Tuesday night said"): prepositions and the part of the day.
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const isFiller = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'ADP' || DAY_PARTS.has(t.norm) || t.text === ',');
/** A reported clause this short cannot tell one statement from another. */
const MIN_CONTENT_KEYS = 3;

/**
 * When a time dates a statement rather than an event ("X said on Monday that
 * …", "On Tuesday evening, X said that …"), the statement itself: its heads
 * are the content verbs of what was said, its keys the reported clause. The
 * caller checks that the sentence reports a named speaker; here the clause
 * after the reporting verb must hold a content verb and a few content words.
 * Otherwise null.
 *
 * @example statementAt(tokens('Butler said on Monday that the search was moving to recovery'), 3, 4, bound)
 *   // { heads: [stem('moving')], keys: ['search', …, 'recovery'], label: 'said the search was moving to recovery', names: [] }
 */
export function statementAt(tokens: readonly Token[], from: number, to: number, bound: (i: number) => boolean): EventRef | null {
  const verb = reportingVerbFor(tokens, from, to, bound);
  if (verb < 0) return null;
  let start = Math.max(verb, to - 1) + 1;
  while (isFiller(tokens[start]) || tokens[start]?.pos === 'SCONJ') start++;
  const clause: Token[] = [];
  for (let k = start; k < tokens.length && (k < from || k >= to); k++) {
    if (bound(k)) break;
    clause.push(tokens[k] as Token);
  }
  const heads = [...new Set(clause.filter((t) => t.pos === 'VERB' && !LIGHT_WORDS.has(t.lemma) && !REPORTING_VERBS.has(t.lemma) && t.lemma.length >= 3).map((t) => stem(t.lemma)))];
  const keys = keysOf(clause);
  if (heads.length === 0 || keys.length < MIN_CONTENT_KEYS) return null;
  const speech = tokens[verb] as Token;
  return { heads, keys, label: `${speech.text} ${clause.slice(0, 6).map((t) => t.text).join(' ')}`.trim(), names: [] };
}

/** The reporting verb a time next to it dates, or -1: "said (on) Monday", "on Monday said", or a sentence that opens with the time. */
function reportingVerbFor(tokens: readonly Token[], from: number, to: number, bound: (i: number) => boolean): number {
  const isReport = (k: number): boolean => !bound(k) && tokens[k]?.pos === 'VERB' && REPORTING_VERBS.has(tokens[k]?.lemma ?? '');
  let before = from - 1;
  while (isFiller(tokens[before]) && tokens[before]?.text !== ',') before--;
  if (isReport(before)) return before;
  let after = to;
  while (isFiller(tokens[after]) && tokens[after]?.text !== ',') after++;
  if (isReport(after)) return after;
  // "On Tuesday evening, Roland Butler, superintendent for the police, said that …"
  const opens = tokens.slice(0, from).every((t) => t.pos === 'ADP');
  if (!opens) return -1;
  for (let k = to; k < tokens.length && !bound(k); k++) {
    if (isReport(k)) return k;
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'SCONJ') return -1;
  }
  return -1;
}

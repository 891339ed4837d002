import type { DiffOp } from '../types.ts';
import { clockTime } from './quote-words.ts';

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'cannot']);
const NUMBER_WORDS = /^(\d[\d,.]*|\d{1,2}:\d{2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|half|dozen)$/;

// Opposites that change what a quote asserts when one replaces the other.
const ANTONYMS: readonly [string, string][] = [
  ['increase', 'decrease'], ['increased', 'decreased'], ['more', 'less'], ['more', 'fewer'], ['positive', 'negative'],
  ['possible', 'impossible'], ['will', 'will not'], ['accept', 'reject'], ['accepted', 'rejected'], ['win', 'lose'],
  ['won', 'lost'], ['rise', 'fall'], ['rose', 'fell'], ['up', 'down'], ['agree', 'disagree'], ['always', 'never'],
  ['success', 'failure'], ['successful', 'unsuccessful'], ['legal', 'illegal'], ['true', 'false'], ['all', 'none'],
  ['before', 'after'], ['higher', 'lower'], ['support', 'oppose'], ['allow', 'forbid'], ['allowed', 'banned'],
  ['good', 'bad'], ['better', 'worse'], ['progress', 'setback'], ['promising', 'disappointing'], ['yes', 'no'],
];

/** Negations in a run of words; "rather than" and "instead of" deny as "not" does ("control, not partnership"). */
const negations = (list: readonly string[]): number =>
  list.filter((w) => NEGATIONS.has(w)).length + list.filter((w, i) => (w === 'rather' && list[i + 1] === 'than') || (w === 'instead' && list[i + 1] === 'of')).length;

const words = (ops: readonly DiffOp[], op: DiffOp['op']): string[] =>
  ops.filter((o) => o.op === op).flatMap((o) => o.text.toLowerCase().split(' '));

/**
 * How much a wording change matters. "high": a negation or a number appears
 * on one side only (given `whole`, the two quotations' words, a number both
 * have was only moved); "medium": a word was swapped for its opposite;
 * "low": only wording (translation, synonyms, word order).
 *
 * @example meaningChange([{ op: 'removed', text: 'not' }]) // 'high'
 */
export function meaningChange(ops: readonly DiffOp[], whole?: { removedFrom: readonly string[]; addedTo: readonly string[] }): 'low' | 'medium' | 'high' {
  const removed = words(ops, 'removed');
  const added = words(ops, 'added');
  if (negations(removed) !== negations(added)) return 'high';
  // A figure the other quotation also has, elsewhere ("at 7.35 this morning" / "this morning at 7.35"), only moved.
  const moved = (w: string, other: readonly string[] | undefined): boolean => other?.some((o) => clockTime(o) === clockTime(w)) ?? false;
  const numbers = (list: string[], other: readonly string[] | undefined): string =>
    list.filter((w) => NUMBER_WORDS.test(w) && !moved(w, other)).map(clockTime).sort().join(' ');
  if (numbers(removed, whole?.addedTo) !== numbers(added, whole?.removedFrom)) return 'high';
  const has = (list: string[], w: string): boolean => list.includes(w);
  const swapped = ANTONYMS.some(([p, q]) => (has(removed, p) && has(added, q)) || (has(removed, q) && has(added, p)));
  return swapped ? 'medium' : 'low';
}

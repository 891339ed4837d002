import type { Token } from './tokens.ts';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'would', 'wo']);
const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'d"]);
const PRESENT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'do', 'does', "'s", "'re", "'m"]);
// Tokens allowed between an auxiliary and its verb ("had later bombarded",
// "will not be").
const BETWEEN: ReadonlySet<string> = new Set(['ADV', 'PART', 'AUX']);

/**
 * Tense of the verb at `index`, from its auxiliaries or its own form. Perfect
 * ("has annexed") counts as past: it reports a completed event. "would" counts
 * as future: in reported speech it is the future seen from the past.
 *
 * @example tenseAt(tokens('Russia annexed Crimea'), 1) // 'past'
 */
export function tenseAt(tokens: readonly Token[], index: number): Tense | null {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const token = tokens[i];
    if (!token) break;
    if (FUTURE_AUX.has(token.norm) || (token.norm === 'going' && tokens[i + 1]?.norm === 'to')) return 'future';
    if (PAST_AUX.has(token.norm)) return 'past';
    if (PRESENT_AUX.has(token.norm)) return 'present';
    if (!BETWEEN.has(token.pos)) break;
  }
  const verb = tokens[index];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  if (verb.norm.endsWith('ing')) return null;
  // Irregular pasts have a lemma unlike the form (held/hold, met/meet); a
  // present third person only adds -s.
  if (verb.norm.endsWith('ed') || (verb.norm !== verb.lemma && !verb.norm.endsWith('s'))) return 'past';
  return 'present';
}

import { sharedKeys } from '../../nlp/keys.ts';
import { CONFLICT_CONFIG } from '../config.ts';
import { claimPairs } from '../pairs.ts';
import type { Conflict, Rule } from '../types.ts';

/**
 * The same predicate affirmed in one article and negated in the other, by the
 * same holder: both in the article's own voice, or both attributed to one
 * speaker. "Moscow says X, Kyiv says not-X" is a disagreement of parties,
 * faithfully reported, and is never flagged. The clauses must share the verb,
 * its tense and most of their arguments.
 */
export const negationRule: Rule = {
  name: 'negation',
  internal: false,
  find(a, b, internal) {
    const out: Conflict[] = [];
    for (const [x, y] of claimPairs(a, b, 'predicate', internal)) {
      if (x.verb !== y.verb || x.negated === y.negated || x.tense !== y.tense) continue;
      const sameHolder = x.by === undefined ? y.by === undefined : y.by !== undefined && sharedKeys([x.by], [y.by]).length === 1;
      if (!sameHolder) continue;
      const shared = sharedKeys(x.keys, y.keys);
      const coverage = shared.length / Math.min(x.keys.length, y.keys.length);
      if (shared.length < CONFLICT_CONFIG.minPredicateKeys || coverage < CONFLICT_CONFIG.minPredicateOverlap) continue;
      const affirmed = x.negated ? y : x;
      out.push({
        type: 'negation', kind: 'conflict',
        a: { id: a.id, text: a.sentences[x.s] ?? '', value: x.negated ? 'negated' : 'affirmed' },
        b: { id: b.id, text: b.sentences[y.s] ?? '', value: y.negated ? 'negated' : 'affirmed' },
        subject: affirmed.label,
        severity: 'high',
        confidence: Math.round(Math.min(0.9, 0.45 + 0.1 * shared.length + 0.1 * coverage) * 100) / 100,
      });
    }
    return out;
  },
};

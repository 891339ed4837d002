import { sharedKeys } from '../../nlp/keys.ts';
import { CONFLICT_CONFIG } from '../config.ts';
import { claimPairs, publishedApart } from '../pairs.ts';
import type { PredicateClaim } from '../../claims/types.ts';
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
    if (publishedApart(a, b, CONFLICT_CONFIG.maxStatePublicationGapDays)) return out;
    for (const [x, y] of claimPairs(a, b, 'predicate', internal, verbAndTense)) {
      if (x.negated === y.negated) continue;
      const sameHolder = x.by === undefined ? y.by === undefined : y.by !== undefined && sharedKeys([x.by], [y.by]).length === 1;
      if (!sameHolder) continue;
      // Subjects and objects are compared apart: "troops did not shell the
      // port" shares its subject with "troops shelled the centre", and is
      // about another place.
      if (!sidesAgree(x.subject, y.subject) || !sidesAgree(x.object, y.object)) continue;
      const [kx, ky] = [[...x.subject, ...x.object], [...y.subject, ...y.object]];
      const shared = sharedKeys(kx, ky);
      const coverage = shared.length / Math.min(kx.length, ky.length);
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

// Only clauses with the same verb in the same tense can contradict each other.
const verbAndTense = (c: PredicateClaim): string => `${c.verb}\u0000${c.tense}`;

/** Both sides name something here and share at least half of the smaller set (or one side is silent). */
function sidesAgree(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return true;
  return sharedKeys(x, y).length / Math.min(x.length, y.length) >= 0.5;
}

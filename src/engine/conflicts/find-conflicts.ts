import type { ArticleClaims } from '../claims/types.ts';
import { CONFLICT_CONFIG } from './config.ts';
import { ERRORS } from './error-messages.ts';
import { RULES } from './registry.ts';
import type { Conflict, Rule } from './types.ts';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Conflicts between two articles of the same story, strongest first.
 *
 * @example
 * const a = extractClaims({ id: 'a', title: '', published: null, lang: 'en', text: 'Crimea, annexed by Moscow in 2014, …' });
 * const b = extractClaims({ id: 'b', title: '', published: null, lang: 'en', text: 'Crimea, annexed by Moscow in 2020, …' });
 * findConflicts(a, b) // [{ type: 'year', a: { id: 'a', value: '2014', … }, b: { id: 'b', value: '2020', … }, subject: 'Crimea annexed', … }]
 */
export function findConflicts(a: ArticleClaims, b: ArticleClaims, rules: readonly Rule[] = RULES): Conflict[] {
  if (a.version !== b.version) throw new Error(ERRORS.versionMismatch(a.version, b.version));
  // A sentence both articles print word for word is agreed on; a clash
  // involving it belongs to whichever article also says the opposite, and is
  // reported there as an internal conflict (wire copies repeat each other's
  // inconsistencies).
  const found = rules.flatMap((rule) => rule.find(a, b, false));
  // Most article pairs have nothing to report: their sentences are then not normalised at all.
  if (found.length === 0) return [];
  const inA = new Set(a.sentences.map(normalise));
  const inB = new Set(b.sentences.map(normalise));
  const other = (id: string): Set<string> => (id === a.id ? inB : inA);
  const shared = (c: Conflict): boolean => other(c.a.id).has(normalise(c.a.text)) || other(c.b.id).has(normalise(c.b.text));
  return finish(found.filter((c) => !shared(c)));
}

/**
 * Conflicts inside one article (rules marked `internal`): e.g. "talks a day
 * earlier" than a Wednesday against "talks on Monday".
 *
 * @example findInternalConflicts(extractClaims({ … })) // [{ type: 'weekday', a: { value: 'Tuesday (a day earlier)' }, b: { value: 'Monday' }, … }]
 */
export function findInternalConflicts(a: ArticleClaims, rules: readonly Rule[] = RULES): Conflict[] {
  return finish(rules.filter((r) => r.internal).flatMap((rule) => rule.find(a, a, true)));
}

/** Drops weak flags, keeps the best evidence per disagreement, strongest first. */
function finish(conflicts: Conflict[]): Conflict[] {
  const best = new Map<string, Conflict>();
  for (const c of conflicts) {
    if (c.confidence < CONFLICT_CONFIG.minConfidence) continue;
    const key = [c.type, c.kind, c.a.id, c.b.id, c.a.value, c.b.value, c.type === 'quote' ? c.a.text : c.subject].join('\u0000');
    const known = best.get(key);
    if (!known || c.confidence > known.confidence) best.set(key, c);
  }
  return [...best.values()].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || y.confidence - x.confidence);
}

const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Conflict detection: the public API of src/engine/conflicts.
 *
 * @example
 * import { extractClaims } from '../claims/index.ts';
 * import { findConflicts } from './index.ts';
 * const a = extractClaims({ id: 'a', title: '', published: null, lang: 'en', text: 'Crimea, annexed by Moscow in 2014, stays Russian, Peskov said.' });
 * const b = extractClaims({ id: 'b', title: '', published: null, lang: 'en', text: 'Crimea, annexed by Moscow in 2020, stays Russian, Peskov said.' });
 * findConflicts(a, b)[0] // { type: 'year', kind: 'conflict', a: { value: '2014', … }, b: { value: '2020', … }, subject: 'Crimea annexed', severity: 'high', … }
 */
export { findConflicts, findInternalConflicts } from './find-conflicts.ts';
export { RULES } from './registry.ts';
export { CONFLICT_CONFIG } from './config.ts';
export type { Conflict, ConflictSide, ConflictType, DiffOp, Rule } from './types.ts';

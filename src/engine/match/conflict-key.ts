import type { Conflict } from '../conflicts/index.ts';

/**
 * A stable identity for a flag: the same disagreement found again (a revisit,
 * a re-import) gets the same key, so storing is idempotent and a reader's
 * "not a conflict" stays attached to it.
 */
export function conflictKey(c: Conflict): string {
  return [c.type, c.a.id, c.a.value, c.a.text, c.b.id, c.b.value, c.b.text].join('\u0000');
}

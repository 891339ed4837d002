import type { ArticleClaims } from '../claims/types.ts';

export type ConflictType = 'year' | 'date' | 'weekday' | 'number' | 'negation' | 'quote';

/** One side of a disagreement: the article, its whole sentence, and what it says. */
export interface ConflictSide {
  id: string;
  text: string;
  value: string;
}

export interface DiffOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Two sentences that cannot both be right, with the evidence a reader needs
 * to check it in one glance.
 */
export interface Conflict {
  type: ConflictType | (string & Record<never, never>);
  /** An update is a later article revising a figure; it is never counted as a contradiction. */
  kind: 'conflict' | 'update';
  a: ConflictSide;
  b: ConflictSide;
  /** What the claims are about, for display: "talks in Istanbul", "Peskov quote". */
  subject: string;
  severity: 'low' | 'medium' | 'high';
  /** 0..1 */
  confidence: number;
  /** Word-level diff from a's quote to b's ("removed" is only in a, "added" only in b). */
  diff?: DiffOp[];
}

/**
 * A conflict rule: one kind of disagreement, one file under rules/. `internal`
 * rules also run inside a single article (a and b are then the same article,
 * and the rule compares claims of different sentences).
 */
export interface Rule {
  name: string;
  internal: boolean;
  find(a: ArticleClaims, b: ArticleClaims, internal: boolean): Conflict[];
}

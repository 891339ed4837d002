import type { ConflictSide } from '../engine/conflicts/types.ts';
import type { ConflictRecord } from './db.ts';

/** Flags that are one disagreement: the same two sentences, found again between copies of the same texts. */
export interface CollapsedConflict {
  /** The flag shown: the one involving `here` when there is one. */
  conflict: ConflictRecord;
  /** Every stored flag it stands for (the shown one included). */
  members: ConflictRecord[];
  /** The other articles that carry side a's and side b's sentence (copies), besides the shown ones. */
  alsoIn: { a: string[]; b: string[] };
}

const sideKey = (s: ConflictSide): string => `${s.value}\u0000${s.text}`;

/**
 * Collapses flags that repeat one disagreement: a wire story and its copies
 * contradict another text once, not once per copy. Keeps the input's order
 * (of each group's first flag).
 */
export function collapseConflicts(records: readonly ConflictRecord[], here: string | null = null): CollapsedConflict[] {
  const groups = new Map<string, ConflictRecord[]>();
  for (const c of records) {
    const key = [c.type, c.kind, ...[sideKey(c.a), sideKey(c.b)].sort()].join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((members) => {
    const conflict = members.find((c) => c.a.id === here || c.b.id === here) ?? (members[0] as ConflictRecord);
    const alsoIn = { a: new Set<string>(), b: new Set<string>() };
    for (const m of members) {
      for (const s of [m.a, m.b]) {
        const which = sideKey(s) === sideKey(conflict.a) ? 'a' : 'b';
        if (s.id !== conflict[which].id) alsoIn[which].add(s.id);
      }
    }
    return { conflict, members, alsoIn: { a: [...alsoIn.a], b: [...alsoIn.b] } };
  });
}

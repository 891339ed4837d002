import { describe, expect, it } from 'vitest';
import type { ConflictRecord } from './db.ts';
import { collapseConflicts } from './conflict-collapse.ts';

const side = (id: string, value: string, text: string) => ({ id, value, text });
const flag = (a: ReturnType<typeof side>, b: ReturnType<typeof side>): ConflictRecord =>
  ({ key: `${a.id}|${b.id}`, ids: [a.id, b.id], type: 'year', kind: 'conflict', a, b, subject: 'Crimea annexed', severity: 'high', confidence: 0.9 });

describe('collapseConflicts', () => {
  it('shows a disagreement once however many copies repeat it, from the reader’s page', () => {
    const wire = side('https://wire.example/a', '2020', 'Crimea, annexed in 2020.');
    const copy = side('https://copy.example/a', '2020', 'Crimea, annexed in 2020.');
    const other = side('https://other.example/a', '2014', 'Crimea, annexed in 2014.');
    const collapsed = collapseConflicts([flag(other, wire), flag(copy, other)], 'https://copy.example/a');
    expect(collapsed).toHaveLength(1);
    expect(collapsed[0]!.conflict.key).toBe('https://copy.example/a|https://other.example/a');
    expect(collapsed[0]!.alsoIn).toEqual({ a: ['https://wire.example/a'], b: [] });
    expect(collapsed[0]!.members).toHaveLength(2);
  });

  it('keeps different sentences apart', () => {
    const x = flag(side('u1', '2014', 'One.'), side('u2', '2020', 'Two.'));
    const y = flag(side('u1', '2014', 'Three.'), side('u2', '2020', 'Two.'));
    expect(collapseConflicts([x, y])).toHaveLength(2);
  });
});

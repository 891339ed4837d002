import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts } from '../find-conflicts.ts';

const dates = (a: string, b: string) => findConflicts(article('a', a), article('b', b)).filter((c) => c.type === 'date');

describe('date rule', () => {
  it('finds the same event on different days, both directions', () => {
    const a = 'The grain deal was signed in Istanbul on July 22, 2022, by both sides.';
    const b = 'Both sides signed the grain deal in Istanbul on July 27, 2022.';
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const found = dates(x, y);
      expect(found).toHaveLength(1);
      expect([found[0]?.a.value, found[0]?.b.value].sort()).toEqual(['July 22, 2022', 'July 27, 2022']);
      expect(found[0]?.a.text).toBe(x);
    }
  });

  it('finds a different month', () => {
    const found = dates('The ceasefire in Idlib took effect in March 2020.', 'The Idlib ceasefire took effect in May 2020 after talks.');
    expect(found.map((c) => [c.a.value, c.b.value])).toEqual([['March 2020', 'May 2020']]);
  });

  it('holds an author to what its document says ("according to the CAB record" and "according to the CAB")', () => {
    const found = dates('The new jet received certification in November 2023, according to the CAB record posted online.',
      'The jet received its certificate of airworthiness on October 25, 2023, according to the CAB.');
    expect(found.map((c) => [c.a.value, c.b.value])).toEqual([['November 2023', 'October 25, 2023']]);
  });

  it('does not flag one date written two ways', () => {
    expect(dates('The grain deal was signed in Istanbul on July 22.', 'The grain deal was signed in Istanbul on 22 July.')).toEqual([]);
  });

  it('does not flag dates of different events', () => {
    expect(dates('The grain deal was signed in Istanbul on July 22.', 'The first grain ship left Odesa on August 1.')).toEqual([]);
  });

  it('does not flag bounds ("until")', () => {
    expect(dates('The grain deal in Istanbul runs until November 19.', 'The grain deal in Istanbul runs until November 22.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge-text.ts';

describe('badgeFor', () => {
  it('shows conflicts first, then other sources, then a check mark', () => {
    expect(badgeFor(3, 2)).toEqual(['!2', 'Crosscheck: 2 conflicting claims with 3 other sources']);
    expect(badgeFor(1, 0)).toEqual(['1', 'Crosscheck: 1 other source for this story']);
    expect(badgeFor(0, 0)[0]).toBe('✓');
  });
});

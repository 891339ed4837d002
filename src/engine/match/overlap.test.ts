import { describe, expect, it } from 'vitest';
import { entityOverlap } from './overlap.ts';

describe('entityOverlap', () => {
  it('weighs shared names by how much each text dwells on them', () => {
    const story = [{ key: 'kyiv', weight: 6 }, { key: 'zelenski', weight: 3 }, { key: 'nato', weight: 1 }];
    const sameEvent = [{ key: 'zelenski', weight: 5 }, { key: 'kyiv', weight: 4 }, { key: 'berlin', weight: 1 }];
    const inPassing = [{ key: 'berlin', weight: 8 }, { key: 'kyiv', weight: 1 }, { key: 'zelenski', weight: 1 }];
    const close = entityOverlap(story, sameEvent);
    const far = entityOverlap(story, inPassing);
    expect(close.shared).toBe(far.shared);
    expect(close.score).toBe(far.score);
    expect(close.weighted).toBeCloseTo(0.3 + 0.4);
    expect(far.weighted).toBeCloseTo(0.1 + 0.1);
  });

  it('is zero when either text names nothing', () => {
    expect(entityOverlap([], [{ key: 'kyiv', weight: 1 }])).toEqual({ shared: 0, score: 0, weighted: 0 });
  });
});

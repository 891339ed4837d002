import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis.ts';
import { combine, storyEvidence } from './relation.ts';

const article = (published: string | null, title = 'Kestrel Bridge shut after crack found') =>
  analyzeArticle({
    url: `https://example.test/${published ?? 'undated'}/${title.length}`,
    title,
    source: null,
    byline: null,
    published,
    lang: 'en',
    text: 'Engineers closed the Kestrel Bridge in Carrowmore on Tuesday after finding a crack in a pier.',
  });
const date = (a: ReturnType<typeof article>, b: ReturnType<typeof article>) => storyEvidence(a, b).find((e) => e.name === 'date')?.value;

describe('storyEvidence', () => {
  it('counts publication within a day as full date evidence, fading to none at the window, and no evidence undated', () => {
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-19T08:00:00Z'))).toBe(1);
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-22T08:00:00Z'))).toBe(0);
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-20T20:00:00Z'))).toBeCloseTo(0.5);
    expect(date(article('2025-02-18T08:00:00Z'), article(null))).toBeNull();
  });

  it('leaves out what a pair cannot give and averages the rest by weight', () => {
    expect(combine([{ name: 'char', weight: 1, value: 0.2 }, { name: 'title', weight: 3, value: 0.6 }, { name: 'quotes', weight: 5, value: null }])).toBeCloseTo(0.5);
    expect(combine([])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../engine/types.ts';
import { fitArticle } from './fit-article.ts';
import { parseArticle } from './guards.ts';
import { LIMITS } from './limits.ts';

const PAGE = 'https://news.example/a';
const article: ExtractedArticle = { url: PAGE, title: 'Title', source: 'News', byline: 'A. Writer', published: null, lang: 'en', text: 'Body text.' };

describe('fitArticle', () => {
  it('leaves an ordinary article exactly as it was', () => {
    expect(fitArticle(article, PAGE)).toEqual(article);
  });

  it('makes absurd metadata fit, so the capture is accepted instead of lost', () => {
    const absurd = {
      ...article,
      url: `https://news.example/${'p'.repeat(LIMITS.url)}`,
      title: 'x'.repeat(200_000),
      source: 's'.repeat(LIMITS.source + 1),
      byline: 'b'.repeat(LIMITS.byline + 1),
      lang: 'l'.repeat(LIMITS.lang + 1),
    };
    expect(() => parseArticle(absurd)).toThrow();
    const fitted = fitArticle(absurd, PAGE);
    expect(parseArticle(fitted)).toMatchObject({ url: PAGE, source: null, byline: null, lang: null });
    expect(fitted.title).toHaveLength(LIMITS.title);
    expect(fitted.title.endsWith('…')).toBe(true);
  });

  it('never cuts the text: an over-long body stays over-long, and is skipped as too large', () => {
    const long = { ...article, text: 'w'.repeat(LIMITS.text + 1) };
    expect(fitArticle(long, PAGE).text).toBe(long.text);
  });
});

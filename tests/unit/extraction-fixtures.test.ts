// Golden pages (tests/fixtures/pages): the gate's verdict, the metadata, body
// sentences that must survive and chrome that must not. Review changes with
// `npx tsx tests/fixtures/generate-expected.ts --text`.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract/extract-article.ts';
import { isProbablyArticle } from '../../src/engine/extract/gate.ts';
import { loadPageFixtures, toDocument } from '../fixtures/pages/load.ts';

const fixtures = loadPageFixtures();

describe('extraction fixtures', () => {
  it('has the kinds of pages the brief asks for', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(fixtures.some((f) => !f.expected.article)).toBe(true);
  });

  describe.each(fixtures)('$slug', ({ html, expected }) => {
    it(`gate says ${expected.article ? 'article' : 'not an article'}`, () => {
      expect(isProbablyArticle(toDocument(html), expected.pageUrl)).toBe(expected.article);
    });

    if (!expected.article) return;

    it('extracts the expected metadata and body', () => {
      const doc = toDocument(html);
      const article = extractArticle(doc, expected.pageUrl);
      expect(article).not.toBeNull();
      const { text, ...meta } = article!;
      expect(meta).toEqual({
        url: expected.url,
        title: expected.title,
        source: expected.source,
        byline: expected.byline,
        published: expected.published,
        lang: expected.lang,
      });
      for (const sentence of expected.mustContain ?? []) expect(text).toContain(sentence);
      for (const chrome of expected.mustNotContain ?? []) expect(text).not.toContain(chrome);
      expect(text).not.toMatch(/\n{3,}|<[a-z][^>]*>/u);
    });

    it('leaves the page document untouched', () => {
      const doc = toDocument(html);
      const before = doc.querySelectorAll('*').length;
      extractArticle(doc, expected.pageUrl);
      expect(doc.querySelectorAll('*').length).toBe(before);
    });
  });
});

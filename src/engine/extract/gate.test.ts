import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from './gate.ts';

const doc = (head: string, body = ''): Document => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const PROSE = `<p>${'The council met on Tuesday to discuss the closure of the bridge, which engineers say is no longer safe for heavy traffic. '.repeat(3)}</p>`;
const URL = 'https://news.example/2024/05/bridge-closed';

describe('isProbablyArticle', () => {
  it.each([
    ['a NewsArticle', ld({ '@type': 'NewsArticle' })],
    ['an @type array', ld({ '@type': ['Thing', 'ReportageNewsArticle'] })],
    ['a list of nodes', ld([{ '@type': 'Organization' }, { '@type': 'BlogPosting' }])],
    ['an @graph', ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'https://schema.org/AnalysisNewsArticle' }] })],
    ['a WebPage whose main entity is an article', ld({ '@type': 'WebPage', mainEntity: { '@type': 'Article' } })],
    ['og:type article', '<meta property="og:type" content="article">'],
  ])('says yes to %s', (_, head) => {
    expect(isProbablyArticle(doc(head), URL)).toBe(true);
  });

  it('says yes to plain article prose without metadata', () => {
    expect(isProbablyArticle(doc('', `<div>${PROSE}${PROSE}</div>`), URL)).toBe(true);
  });

  it('says no to the site root and to search pages, whatever the metadata', () => {
    const head = '<meta property="og:type" content="article">';
    expect(isProbablyArticle(doc(head), 'https://news.example/')).toBe(false);
    expect(isProbablyArticle(doc(head), 'https://news.example/search?q=bridge')).toBe(false);
  });

  it('says no to listing pages', () => {
    expect(isProbablyArticle(doc(ld({ '@type': 'CollectionPage' }), PROSE + PROSE), URL)).toBe(false);
  });

  it('says no to prose that sits in links or in a grid of teaser cards', () => {
    const cards = `<article>${PROSE}</article>`.repeat(4);
    expect(isProbablyArticle(doc('', cards), URL)).toBe(false);
    expect(isProbablyArticle(doc('', `<a href="/x">${PROSE}${PROSE}</a>`), URL)).toBe(false);
  });

  it('ignores broken JSON-LD', () => {
    expect(isProbablyArticle(doc('<script type="application/ld+json">{"@type": "NewsArticle",</script>'), URL)).toBe(false);
  });

  it('reads JSON-LD with raw newlines inside strings', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines"}</script>';
    expect(isProbablyArticle(doc(head), URL)).toBe(true);
  });
});

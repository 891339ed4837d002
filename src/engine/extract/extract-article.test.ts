import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLE_WORDS, READABILITY_MAX_DEPTH, extractArticle } from './extract-article.ts';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const SENTENCE = 'The council confirmed on Tuesday that the old bridge over the river will stay closed until engineers finish replacing its deck.';
const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${SENTENCE} Paragraph ${i + 1}.</p>`).join('');

describe('extractArticle', () => {
  it('returns null for a page without real article text', () => {
    expect(extractArticle(doc('<html><body><h1>Gallery</h1><p>Ten pictures of the week.</p></body></html>'), 'https://x.example/g')).toBeNull();
  });

  it('returns the body as blank-line-separated paragraphs', () => {
    const article = extractArticle(doc(`<html><head><title>Bridge stays shut | Courier</title></head><body><article>${paragraphs(6)}</article></body></html>`), 'https://x.example/a');
    expect(article?.text.split('\n\n')).toHaveLength(6);
    expect(article?.title).toBe('Bridge stays shut');
  });

  it('falls back to JSON-LD articleBody when the page body holds too little', () => {
    const body = Array.from({ length: 5 }, (_, i) => `${SENTENCE} Update ${i + 1}.`).join('\n');
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge stays shut', articleBody: body });
    const article = extractArticle(doc(`<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app">Loading…</div></body></html>`), 'https://x.example/a');
    expect(article?.text.split(/\s+/u).length).toBeGreaterThanOrEqual(MIN_ARTICLE_WORDS);
    expect(article?.title).toBe('Bridge stays shut');
  });

  it('titles an article whose only title is the site name with its first sentence', () => {
    const html = `<html><head><title>Courier</title><meta property="og:site_name" content="Courier"></head><body><article>${paragraphs(6)}</article></body></html>`;
    expect(SENTENCE.startsWith(extractArticle(doc(html), 'https://x.example/a')!.title.replace(/…$/u, ''))).toBe(true);
  });

  it('returns null for an empty file, whose document has no root element', () => {
    expect(extractArticle(doc(''), 'https://x.example/a')).toBeNull();
  });

  it('reads a page nested deeper than Readability can score in time, quickly and without recursion', () => {
    const depth = READABILITY_MAX_DEPTH * 20;
    const html = `<html><body>${'<div class="wrap">'.repeat(depth)}${paragraphs(6)}${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const article = extractArticle(doc(html), 'https://x.example/a');
    expect(article?.text.split('\n\n')).toHaveLength(6);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('guesses the language of a page that declares none', () => {
    const es = (i: number): string => `<p>La policía dijo el miércoles que el puente ${i} de la ciudad permanecerá cerrado hasta el final de junio, mientras los ingenieros sustituyen el tablero.</p>`;
    const body = [1, 2, 3, 4, 5, 6].map(es).join('');
    expect(extractArticle(doc(`<html><body><article>${body}</article></body></html>`), 'https://x.example/a')?.lang).toBe('es');
  });
});

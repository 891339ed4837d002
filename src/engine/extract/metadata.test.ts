import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import { readPageMeta } from './page-meta.ts';
import { readPublished } from './published.ts';

const doc = (head: string, body = '', lang = ''): Document =>
  parseHTML(`<html${lang}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const meta = (d: Document, url = 'https://www.news.example/a') => readMetadata(d, readPageMeta(d), url);

describe('readMetadata', () => {
  it('prefers og: and JSON-LD, resolves the canonical, lowercases the primary language', () => {
    const d = doc(
      '<meta property="og:title" content="Bridge closed | News"><meta property="og:site_name" content="News"><link rel="canonical" href="/b?x=1">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ann Lee"},"Bo Chan"]}</script>',
      '',
      ' lang="EN-gb"',
    );
    expect(meta(d)).toEqual({ title: 'Bridge closed', source: 'News', byline: 'Ann Lee, Bo Chan', url: 'https://www.news.example/b?x=1', lang: 'en' });
  });

  it('falls back to h1, the host, meta author, og:locale, and the page URL', () => {
    const d = doc('<meta name="author" content="By Ann Lee"><meta property="og:locale" content="pt_BR"><link rel="canonical" href="javascript:alert(1)">', '<h1>Ponte fechada</h1>');
    expect(meta(d)).toEqual({ title: 'Ponte fechada', source: 'news.example', byline: 'Ann Lee', url: 'https://www.news.example/a', lang: 'pt' });
  });

  it('prefers the page headline when og:title only adds a section prefix to it', () => {
    const d = doc('<meta property="og:title" content="Asia-pacific - Third blogger hacked to death in Bangladesh">', '<article><h1>Third blogger hacked to death in Bangladesh</h1></article>');
    expect(meta(d).title).toBe('Third blogger hacked to death in Bangladesh');
  });

  it('reads the byline printed on the page when metadata names no author, dropping its prefix and date', () => {
    const d = doc('', '<div class="sig-line hasnt-bio"><span class="pb-byline">By <a href="/people/ann-lee">Ann Lee</a></span></div><aside class="related"><span class="byline">By Bo Chan</span></aside>');
    expect(meta(d).byline).toBe('Ann Lee');
    expect(meta(doc('', '<p class="byline"><a rel="author" href="/a">Dan Hale</a> - <time>Apr 16, 2015 8:02 pm UTC</time></p>')).byline).toBe('Dan Hale');
  });

  it('ignores an author meta that is a profile URL', () => {
    const d = doc('<meta property="article:author" content="https://facebook.com/someone">', '<h1>T</h1>');
    expect(meta(d).byline).toBeNull();
  });
});

describe('readPublished', () => {
  const published = (head: string, body = '', lines: string[] = [], urls: string[] = []) => {
    const d = doc(head, body);
    return readPublished(d, readPageMeta(d), lines, urls);
  };

  it('reads article:published_time with its offset', () => {
    expect(published('<meta property="article:published_time" content="2024-05-14T10:32:00+02:00">')).toBe('2024-05-14T08:32:00.000Z');
  });

  it('reads JSON-LD datePublished, then <time datetime> outside teasers, then other metas', () => {
    expect(published('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-14"}</script>')).toBe('2024-05-14T00:00:00.000Z');
    expect(published('', '<ul><li><a href="/other">Other story</a> <time datetime="2024-01-01">x</time></li></ul><div><time datetime="2024-05-14T09:05:00Z">x</time></div>')).toBe('2024-05-14T09:05:00.000Z');
    expect(published('<meta name="parsely-pub-date" content="2024-05-14T09:05:00Z">')).toBe('2024-05-14T09:05:00.000Z');
  });

  it('falls back to a visible dateline, preferring "published" over "updated"', () => {
    expect(published('', '', ['Tuesday 14 May 2024 - 18:20', 'Body.'])).toBe('2024-05-14T18:20:00.000Z');
    expect(published('', '<p class="date">Updated 15 May 2024</p><p class="date">Published 14 May 2024</p>')).toBe('2024-05-14T00:00:00.000Z');
    expect(published('', '<p>Nothing here.</p>')).toBeNull();
    expect(published('', '<aside><span class="date">1 May 2024</span></aside><p class="date">14 May 2024</p>')).toBe('2024-05-14T00:00:00.000Z');
  });

  it('reads a date in an article meta list, preferring its machine-readable title', () => {
    const body = '<ul class="story-info"><li class="byline">by: <cite>Ann Lee</cite></li><li class="date-and-time" title="2015-03-13T21:00:00+11:00">March 13, 2015 9:00PM</li></ul>';
    expect(published('', body)).toBe('2015-03-13T10:00:00.000Z');
    expect(published('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">')).toBe('2015-03-13T21:30:09.000Z');
  });

  it('falls back to a date in the title, then to one in the story URL', () => {
    expect(published('<meta property="og:title" content="Dock strike halts port | NH | 19.01.2020">')).toBe('2020-01-19T00:00:00.000Z');
    expect(published('<title>Dock strike halts port - 07.12.2017 - THE HERALD</title>')).toBe('2017-12-07T00:00:00.000Z');
    expect(published('', '', [], ['https://news.example/world/2015/03/18/dock-strike_story.html'])).toBe('2015-03-18T00:00:00.000Z');
    expect(published('', '', [], ['https://news.example/world/2015/13/45/x'])).toBeNull();
  });
});

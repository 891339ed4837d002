import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeChrome, stripChrome } from './strip-chrome.ts';

const doc = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
const LONG = 'The council said the bridge would stay closed until the end of June while engineers replace the deck. '.repeat(3);

describe('looksLikeChrome', () => {
  it.each(['related-stories', 'c-ad__slot', 'shareBar', 'newsletter-signup', 'cookie-consent', 'most-read', 'you-may-also-like'])('class %s', (cls) => {
    expect(looksLikeChrome(doc(`<div class="${cls}"></div>`).querySelector('div')!)).toBe(true);
  });

  it.each(['article-body', 'header-image', 'download-link', 'shareholders', 'story'])('not class %s', (cls) => {
    expect(looksLikeChrome(doc(`<div class="${cls}"></div>`).querySelector('div')!)).toBe(false);
  });

  it('reads roles, aria-labels, data-* and hidden', () => {
    const d = doc('<div role="complementary"></div><div aria-label="Share this story"></div><div data-component="RelatedLinks"></div><div hidden></div>');
    expect(Array.from(d.querySelectorAll('div'), looksLikeChrome)).toEqual([true, true, true, true]);
  });
});

describe('stripChrome', () => {
  it('removes chrome tags and named chrome, keeps the story', () => {
    const d = doc(`<nav>Menu</nav><article><h1>T</h1><p>${LONG}</p><figure><figcaption>Credit</figcaption></figure><div class="related"><p>Other</p></div></article><footer>F</footer>`);
    stripChrome(d);
    expect(d.body.textContent?.trim()).toBe(`T${LONG}`.trim());
  });

  it('never removes the element that holds the story, whatever its name', () => {
    const d = doc(`<div class="content social-enabled"><p>${LONG}</p><div class="share">Share</div></div><aside><p>Teaser</p></aside>`);
    stripChrome(d);
    expect(d.body.textContent).toContain(LONG.trim());
    expect(d.body.textContent).not.toContain('Share');
    expect(d.body.textContent).not.toContain('Teaser');
  });

  it('keeps the article header but removes the site header', () => {
    const d = doc(`<header>Site</header><article><header><h1>Title</h1></header><p>${LONG}</p></article>`);
    stripChrome(d);
    expect(d.querySelectorAll('header')).toHaveLength(1);
    expect(d.querySelector('h1')?.textContent).toBe('Title');
  });
});

describe('stripChrome around an articleBody', () => {
  it('keeps the header of the <article> that holds the articleBody: headline, byline and date live there', () => {
    const d = doc(`<header>Site</header><article><header><h1>Title</h1><p class="byline">By Ann Lee</p></header><div itemprop="articleBody"><p>${LONG}</p></div></article>`);
    stripChrome(d);
    expect(d.querySelector('.byline')?.textContent).toBe('By Ann Lee');
    expect(d.body.textContent).not.toContain('Site');
  });
});

describe('stripChrome inside sentences', () => {
  it('keeps named inline elements that are part of a paragraph', () => {
    const d = doc(`<article><p>Talks resumed, <a class="tag-link" href="/t/x">Kremlin</a> aides said, <span class="social-handle">@peskov</span> wrote.</p><p>${LONG}</p></article>`);
    stripChrome(d);
    expect(d.querySelector('p')?.textContent).toBe('Talks resumed, Kremlin aides said, @peskov wrote.');
  });
});

import { describe, expect, it } from 'vitest';

import { currentPageUrl } from './page-url.ts';

describe('currentPageUrl', () => {
  it('takes the page’s own address on the same origin (after pushState)', () => {
    expect(currentPageUrl('https://news.example/next', 'https://news.example/first')).toBe('https://news.example/next');
  });
  it('keeps the browser’s address otherwise', () => {
    expect(currentPageUrl('https://evil.example/', 'https://news.example/first')).toBe('https://news.example/first');
    expect(currentPageUrl(undefined, 'https://news.example/first')).toBe('https://news.example/first');
    expect(currentPageUrl('not a url', 'https://news.example/first')).toBe('https://news.example/first');
  });
});

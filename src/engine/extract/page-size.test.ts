import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTooLargeToRead, PAGE_SIZE_LIMITS } from './page-size.ts';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (body: string): Document => doc(`<html><head><title>t</title></head><body>${body}</body></html>`);

describe('isTooLargeToRead', () => {
  it('reads an ordinary article page', () => {
    expect(isTooLargeToRead(page(`<article>${'<p>The council said on Tuesday that talks would resume.</p>'.repeat(60)}</article>`))).toBe(false);
  });

  it('refuses a page with more elements than the bound', () => {
    expect(isTooLargeToRead(page('<span>x</span>'.repeat(PAGE_SIZE_LIMITS.elements + 1)))).toBe(true);
    expect(isTooLargeToRead(page('<li>a</li>'.repeat(10)), { elements: 5, textChars: 1e9 })).toBe(true);
  });

  it('refuses a page with more text than the bound, counting only page text', () => {
    const text = 'w'.repeat(PAGE_SIZE_LIMITS.textChars + 1);
    expect(isTooLargeToRead(page(`<p>${text}</p>`))).toBe(true);
    // Inline app state and styles are not text a reader sees, nor what extraction reads.
    expect(isTooLargeToRead(page(`<script type="application/json">${text}</script><style>${text}</style><p>Short.</p>`))).toBe(false);
  });

  it('copes with documents without a body', () => {
    expect(isTooLargeToRead(doc('<html></html>'))).toBe(false);
  });
});

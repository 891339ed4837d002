// What the stored story should be for a page served from 127.0.0.1 rather than
// from the address it was saved at (expected.json's pageUrl).
import type { E2ePage, Expected } from './pages.ts';
import type { FixtureServer } from './server.ts';

/** Whitespace-insensitive comparison: paragraphs are joined by blank lines, phrases may wrap. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

function canonicalHref(html: string): string | null {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel\s*=\s*["']?canonical\b/i.test(tag)) return /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? null;
  }
  return null;
}

/**
 * The expected story with page-address-dependent fields moved to where the page
 * is served: a relative canonical resolves against the served URL, a page with
 * no canonical is stored under its own URL, and a source that falls back to the
 * host name becomes the server's host.
 */
export function expectedStory(page: E2ePage, server: FixtureServer): Expected {
  const e = page.expected;
  if (!e) throw new Error(`${page.id} has no expectations`);
  const served = server.url(page.path);
  const savedAt = new URL(e.pageUrl);
  const href = canonicalHref(page.html);
  const isAbsolute = href !== null && /^[a-z][a-z0-9+.-]*:/i.test(href);
  const url = e.url === e.pageUrl && href === null ? served
    : href !== null && !isAbsolute ? new URL(href, served).href
    : e.url;
  const source = e.source === savedAt.hostname ? new URL(served).hostname : e.source;
  return { ...e, url, source };
}

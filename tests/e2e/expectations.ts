// What the stored story should be for a page served from 127.0.0.1:PORT rather
// than from the address its expectations were written for (expected.pageUrl).
import type { E2ePage, Expected } from './pages.ts';
import type { FixtureServer } from './server.ts';

/** Whitespace-insensitive comparison: paragraphs are joined by blank lines, phrases may wrap. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The expected story with address-dependent fields moved to where the page is
 * served. A URL the page spells out in full (an absolute canonical) stays as it
 * is; one derived from the page's address (no canonical, or a relative one
 * resolved against pageUrl) moves to the server's origin. A source that falls
 * back to the host name becomes the server's host.
 */
export function expectedStory(page: E2ePage, server: FixtureServer): Expected {
  const e = page.expected;
  if (!e.article) throw new Error(`${page.id} is not an article`);
  const savedAt = new URL(e.pageUrl);
  const served = new URL(server.origin);
  const url = e.url ?? e.pageUrl;
  const spelledOut = page.html.includes(url) || page.html.includes(url.replace(/&/g, '&amp;'));
  const derived = new URL(url);
  return {
    ...e,
    url: !spelledOut && derived.origin === savedAt.origin ? new URL(derived.pathname + derived.search + derived.hash, served).href : url,
    source: e.source === savedAt.hostname ? served.hostname : e.source,
  };
}

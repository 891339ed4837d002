// What the stored story should be for a page served from 127.0.0.1:PORT rather
// than from the address its expectations were written for (expected.pageUrl).
import type { E2ePage, Expected } from './pages.ts';
import type { FixtureServer } from './server.ts';

/** Whitespace-insensitive comparison: paragraphs are joined by blank lines, phrases may wrap. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The expected story with address-dependent fields moved to where the page is
 * served: a URL on the pageUrl's origin (the page's own address, or a relative
 * canonical resolved against it) moves to the server's origin, and a source that
 * falls back to the host name becomes the server's host.
 */
export function expectedStory(page: E2ePage, server: FixtureServer): Expected {
  const e = page.expected;
  if (!e?.article) throw new Error(`${page.id} is not an article`);
  const savedAt = new URL(e.pageUrl);
  const served = new URL(server.origin);
  const rebase = (value: string): string => {
    const url = new URL(value);
    return url.origin === savedAt.origin ? new URL(url.pathname + url.search + url.hash, served).href : value;
  };
  return {
    ...e,
    url: rebase(e.url ?? e.pageUrl),
    source: e.source === savedAt.hostname ? served.hostname : e.source,
  };
}

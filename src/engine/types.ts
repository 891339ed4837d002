/**
 * What extraction hands to the rest of Crosscheck: one article, reduced to the
 * fields the engine and the popup need. Produced by `extractArticle` (content
 * script, CLI over .html) and `parsePlainText` (CLI over .txt).
 *
 * @example
 * { url: 'https://example.com/a', title: 'Kremlin says…', source: 'AFP', byline: null,
 *   published: '2022-03-30T00:00:00.000Z', lang: 'en', text: 'First paragraph.\n\nSecond.' }
 */
export interface ExtractedArticle {
  /** Canonical URL when the page names one, else the page URL (CLI: the path as given). */
  url: string;
  title: string;
  /** Outlet name: og:site_name, JSON-LD publisher, else the host. */
  source: string | null;
  byline: string | null;
  /** ISO 8601, or null when neither metadata nor a visible dateline gives it. */
  published: string | null;
  /** BCP 47 primary tag ("en"), or null when unknown. */
  lang: string | null;
  /** Body paragraphs separated by a blank line; no navigation, teasers or other page chrome. */
  text: string;
}

/** Why a page produced no article; shown to the reader in the popup. */
export type NotCapturedReason = 'not-article' | 'paused' | 'too-large' | 'private' | 'error';

// Bounds on what a content script may hand over. A page is hostile input: these
// keep a single message from filling the store or stalling the background.
export const LIMITS = Object.freeze({
  /** Longest URL accepted (browsers allow ~2 MB; real canonical URLs are far shorter). */
  url: 4096,
  /** Titles, sources and bylines longer than this are page chrome, not metadata. */
  title: 1000,
  source: 200,
  byline: 500,
  lang: 35,
  /** ~200,000 words: a very long report. A larger body is rejected as too large. */
  text: 1_500_000,
  /**
   * A page's serialized document (page/read, tab/extract). Pages within the element and text bounds
   * (engine/extract/page-size.ts) are far smaller; inline script state can make one large. Past this: too large.
   */
  html: 8 * 1024 * 1024,
  /** Canonical URLs a tab's content script lists as already sent for other pages. */
  claimed: 50,
  /** An export file's JSON text (the storage layer checks the same bound, and everything inside). */
  importChars: 32 * 1024 * 1024,
  /** Articles deleted in one message: a whole story, or a selection on the manage page. */
  deleteUrls: 10_000,
  /** A conflict key holds both sentences (see engine/match/conflict-key.ts). */
  conflictKey: 100_000,
  /** Paused sites: a list a person keeps by hand. */
  pausedSites: 1000,
  retentionDays: 36_500,
  maxStories: 1_000_000,
});

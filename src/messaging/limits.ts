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
});

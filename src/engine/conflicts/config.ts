/** Tunables of conflict detection, each with the reason for its value. */
export const CONFLICT_CONFIG = Object.freeze({
  /** Below this a flag is a guess; precision is the product, so it is dropped. */
  minConfidence: 0.5,
  /** Articles this far apart (ms) that report different figures are read as an update, not a contradiction. */
  updateGapMs: 60 * 60 * 1000,
  /** A weekday only names a day within the week around publication; articles further apart may mean different weeks. */
  maxWeekdayPublicationGapDays: 3,
  /** A state ("troops did not enter the city") may change; articles further apart than this are not held to each other. */
  maxStatePublicationGapDays: 3,
  /** Shared context keys (sentence level) that stand in for a shared local key. */
  minSharedContext: 2,
  /** Quote pairs must share this share of the shorter quote's words (LCS) to be "the same quote". */
  minQuoteOverlap: 0.6,
  /** ... and this share of its content words: a shared stock phrase ("consistent with the") is not one quote. */
  minQuoteContentOverlap: 0.5,
  /** Quotes shorter than this (words) are fragments; comparing their wording says nothing. */
  minQuoteWords: 4,
  /** A statement dated twice ("X said on Monday that …") must share this many content keys of what was said ... */
  minStatementKeys: 3,
  /** ... covering this share of the shorter reported clause: officials repeat a topic daily, a misdated statement repeats its words. */
  minStatementOverlap: 0.7,
  /** Predicate pairs must share this many argument keys ... */
  minPredicateKeys: 2,
  /** ... covering this share of the smaller argument set. */
  minPredicateOverlap: 0.6,
});

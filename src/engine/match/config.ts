/**
 * Every threshold the matcher uses, in one frozen place, each with why.
 * Derived from reasoning about shingle statistics and our own labelled
 * fixtures (tests/fixtures/relations), not tuned on any single story.
 */
export const MATCH_CONFIG = Object.freeze({
  copy: Object.freeze({
    /** Share of the smaller text's word-5 shingles found in the other: past a third, a reader sees the same text. */
    minContainment: 0.35,
    /**
     * Fewer shared shingles than this is a shared quote or stock phrase, not reused text (~25 words).
     * Counted without the words both texts quote: two reports of one statement
     * quote it alike, however long it is (see relate).
     */
    minSharedShingles: 20,
    /**
     * A verbatim passage this long (~60 words) is reuse even inside a much longer
     * article: agency versions of one story share 63+; the most that independent
     * reports of one event were seen to share (a long common quote) is ~43.
     */
    passageShingles: 55,
  }),
  sameStory: Object.freeze({
    /** Sampled character-5-gram Jaccard at which rewrites of one event start (unrelated texts sit near 0.05). */
    charFloor: 0.08,
    /** ...and at which it alone is convincing: real same-topic pairs stay below ~0.13, rewrites reach 0.17-0.3. */
    charStrong: 0.2,
    /**
     * Weights of the evidence. Character and entity overlap are shared by any
     * two texts on one subject; quotes, figures and headline words belong to
     * one event, so they weigh as much together. A signal a text cannot give
     * (no quotes, too few figures, a one-word headline) drops out and the rest
     * are renormalised.
     */
    charWeight: 0.35,
    entityWeight: 0.25,
    quoteWeight: 0.2,
    figureWeight: 0.2,
    /** Headlines name the event ("resigns", "7.1 quake"): the strongest single event signal seen on real news. */
    titleWeight: 0.3,
    /**
     * Weighted entity overlap (see entityOverlap) that is full evidence: two
     * reports of one event give about half their mentions to names they share,
     * two stories of one topic that share names about a third.
     */
    entityFull: 0.5,
    /**
     * Publication dates are evidence too, not only a veto past maxDaysApart:
     * reports of one event come out the same day or the next, while stories
     * that share its names are mostly weeks apart. Weak (news on one subject
     * also clusters in time), and no evidence when either text is undated.
     */
    dateWeight: 0.2,
    /**
     * Share of the smaller text's quoted words (word 3-grams) found in the
     * other that is full quotation evidence: reports of one statement each
     * quote some of its sentences (on real news, reports of one event shared
     * 10-100% of them; reports of other events at most a quarter, stock phrases).
     */
    quoteFull: 0.5,
    /**
     * Reports a day or more apart: a speaker's next statement on a developing
     * event says other words, so their quotes count only when they repeat at
     * least this share (then as evidence for), and otherwise not at all.
     */
    quoteRepeatShare: 0.5,
    /** Published within this many days of each other is full date evidence. */
    sameDays: 1,
    /**
     * A headline against the lead of a page that printed none (its first
     * sentence, see isHeadline). The lead of a report of one event repeats
     * some headline word; one that repeats none is weak evidence of another
     * event of the same people (a crash, not the deal before it). A lead that
     * repeats some says little either way, so it gives none.
     */
    leadWeight: 0.15,
    /** A headline with fewer event words than this (a one-word label) is no evidence either way. */
    minTitleWords: 2,
    /** Fewer distinct figures than this in either text is no evidence either way. */
    minFigures: 3,
    /**
     * Score at which two texts report the same event. Headline evidence lifts
     * real rewrites of an event well above their same-topic neighbours, so the
     * bar sits higher than the 0.55 it was with four signals.
     */
    minScore: 0.6,
    /** Same-topic articles share the big names (countries, leaders); a story also shares at least this many salient ones. */
    minSharedEntities: 2,
    /** Reports of one event are published within days; a week apart they are follow-ups or another event. */
    maxDaysApart: 4,
  }),
  stories: Object.freeze({
    /**
     * One same-story match to one article of a story is weak evidence that the
     * whole story is this event: on real news a single such link chained three
     * Fed meetings, and two bank failures, into one story. An article joins or
     * merges a story only when it copies one of its articles or matches this
     * share of them (at least one)...
     */
    bridgeShare: 0.5,
    /** ...but never more than this many: a long-running story keeps taking new reports. */
    bridgeCap: 3,
  }),
  conflicts: Object.freeze({
    /**
     * Besides the articles it matched directly, an article's claims are compared
     * with at most this many of its story's most recent articles: an ongoing story
     * chains into hundreds of reports, and the latest ones are the ones a reader
     * weighs it against.
     */
    recentPeers: 40,
  }),
  keys: Object.freeze({
    /** Salient entities kept per article; pairs of them become lookup keys for same-story candidates. */
    salientEntities: 6,
    /** Entities kept for overlap scoring (more than for keys: overlap needs a fuller picture). */
    scoredEntities: 14,
    /**
     * Most salient names also indexed with the publication day (see
     * datedEntityKeys): real short reports of one quake shared their first
     * name and their day but no pair of names.
     */
    datedEntities: 2,
    /** Dated name keys are looked up this many days either side: reports of one event a day apart meet. */
    daySpread: 1,
  }),
});

export type MatchConfig = typeof MATCH_CONFIG;

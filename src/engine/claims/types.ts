/**
 * Claims: what one article asserts, reduced to the few facts that can be
 * compared with another article of the same story. Plain data: survives
 * structuredClone and JSON, and is stored with the article.
 */

/** Bumped whenever the meaning of a stored field changes; mixed versions are never compared. */
export const CLAIMS_VERSION = 1;

export interface ClaimInput {
  id: string;
  title: string;
  /** Article body: paragraphs separated by blank lines. */
  text: string;
  /** ISO 8601 publication time, or null. */
  published: string | null;
  lang: string | null;
}

/**
 * What a dated claim or a count is about: the words a reader would use to name
 * the event ("talks in Istanbul"), reduced to comparable keys.
 */
export interface EventRef {
  /** Stems of the event's head words: a content verb ("annex") and/or head nouns ("talk"). */
  heads: string[];
  /** Keys of the words around it (stems, "^"-marked names); evidence of sameness. */
  keys: string[];
  /** Short phrase for display: "talks in Istanbul", "Crimea annexed". */
  label: string;
  /** Names inside the phrase that names the event ("talks in Istanbul" -> ["^istanbul"]): places and parties that must not clash. */
  names: string[];
  /**
   * Numbers only: the name nearest before the figure in its clause, who has or did what is counted ("the
   * Liberal Democrats … winning 61 seats" -> ["^liberal", "^democrat"]). Absent when none is in reach.
   */
  agents?: string[];
  /**
   * Times only: keys of the noun run before the event's verb, what did it ("the deadly earthquake that hit"
   * -> ["earthquak"], "when Storm Daniel hit" -> ["^storm", "^daniel"]). Absent when none is in reach.
   */
  subject?: string[];
}

interface ClaimBase {
  /** Index into `ArticleClaims.sentences`: the sentence shown as evidence. */
  s: number;
  /** Speaker key of who asserts it ("^peskov", "authorities"); absent when the article itself does. */
  by?: string;
}

export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  by: string;
  /** The speaker as written at the best-named mention ("Dmitry Peskov"). */
  speaker: string;
  /** The words inside the quotation marks. */
  text: string;
}

/** The verb head of a count set by "rose to", "climbed to", "stood at": a moving figure. */
export const LEVEL_VERB = 'level';

export interface NumberClaim extends ClaimBase {
  kind: 'number';
  /** As written, with its qualifier: "at least 20". */
  raw: string;
  /** The range the words allow: "at least 20" is lo 20, hi null (unbounded: JSON has no Infinity); exact 25 is [25, 25]. */
  lo: number;
  hi: number | null;
  /** Stem of what is counted ("soldier", "%", "$"). */
  unit: string;
  event: EventRef;
  /**
   * For a distance or other length ("76 miles southeast of the capital", "at a
   * depth of 18 km"): what is measured and from what. A length relates two
   * things; two lengths disagree only when both ends are the same.
   */
  span?: MeasureSpan;
}

export interface MeasureSpan {
  /** Keys of the words before the figure: the thing located ("epicentre"). */
  what: string[];
  /** Keys of the reference ("^nurdagi" in "23 km east of Nurdagi") or the dimension ("depth"). */
  ref: string[];
}

/** Calendar fields known for a time expression; absent fields are unknown. */
export interface TimeValue {
  y?: number;
  m?: number;
  d?: number;
  /** 0 = Sunday. */
  wd?: number;
}

export type TimeGranularity = 'year' | 'month' | 'date' | 'weekday';

export interface TimeClaim extends ClaimBase {
  kind: 'time';
  /** As written: "on Monday", "a day earlier", "in 2014". */
  raw: string;
  /** The precision the text states (a resolved "yesterday" is a weekday, not a date). */
  gran: TimeGranularity;
  value: TimeValue;
  /** True when fields come from inference (relative expression, year taken from the publication date). */
  inferred: boolean;
  /** "at" for the time of the event, "since" for the start of a state. */
  rel: 'at' | 'since';
  event: EventRef;
  /**
   * True when the time dates a statement ("X said on Monday that …"): `by`
   * made it, and `event` is what was said. Compared only with statements.
   */
  statement?: true;
}

export interface PredicateClaim extends ClaimBase {
  kind: 'predicate';
  /** Stem of the content verb. */
  verb: string;
  negated: boolean;
  tense: 'past' | 'present' | 'future';
  /** Keys of the words before the verb in its clause (its subject). */
  subject: string[];
  /** Keys of the words after it (object and complements). */
  object: string[];
  /** Display: "Russia negotiate status of Crimea". */
  label: string;
}

/**
 * A sentence of reported speech ("He added that Moscow considered…"): kept so
 * that words another outlet prints as a quotation can be found unquoted here.
 */
export interface ReportClaim extends ClaimBase {
  kind: 'report';
  by: string;
}

export type Claim = QuoteClaim | NumberClaim | TimeClaim | PredicateClaim | ReportClaim;

export interface ArticleClaims {
  version: number;
  id: string;
  published: string | null;
  lang: string | null;
  /** Only the sentences some claim points to, in article order. */
  sentences: string[];
  /** Per sentence (parallel to `sentences`): its content keys, the context evidence for "same event". */
  keys: string[][];
  claims: Claim[];
}

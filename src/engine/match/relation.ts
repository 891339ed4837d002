import { compareFingerprints, intersectionSize } from '../fingerprint/index.ts';
import type { ArticleAnalysis } from '../analysis.ts';
import { MATCH_CONFIG, type MatchConfig } from './config.ts';
import { sameKey } from '../nlp/keys.ts';
import { figureOverlap } from './numbers.ts';
import { daysApart, entityOverlap, sortedContainment } from './overlap.ts';
import { headlineWords, titleOverlap, titleWords } from './title-words.ts';

export type Relation = 'copy' | 'same-story';

/** What relating two articles reads: everything but the claims (those matter only between story peers). */
export type Relatable = Omit<ArticleAnalysis, 'claims'>;

export interface RelationResult {
  relation: Relation;
  /** copy: share of the smaller text reused; same-story: the combined story score. 0..1 */
  similarity: number;
  /** Share of each text's word shingles found in the other (a's and b's "% reused"). */
  reusedA: number;
  reusedB: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * How article `a` relates to article `b`: a copy of the same text (whole or in
 * part), the same story in other words, or nothing (same topic, unrelated).
 *
 * @example relate(wireAtOutletA, wireAtOutletB) // { relation: 'copy', similarity: 0.97, ... }
 */
export function relate(a: Relatable, b: Relatable, config: MatchConfig = MATCH_CONFIG): RelationResult | null {
  const cmp = compareFingerprints(a.fingerprint, b.fingerprint);
  const reused = { reusedA: cmp.containmentA, reusedB: cmp.containmentB };
  const smallerReuse = Math.max(cmp.containmentA, cmp.containmentB);
  const { copy, sameStory } = config;
  // Words both quote (a statement, a press conference) are the speaker's, not
  // reused reporting: shared text that is all quotation is no copy.
  const quoted = intersectionSize(a.quoteGrams, b.quoteGrams);
  const ownShared = cmp.intersection - quoted;
  if (ownShared >= copy.minSharedShingles && (smallerReuse >= copy.minContainment || cmp.intersection >= copy.passageShingles)) {
    return { relation: 'copy', similarity: round(smallerReuse), ...reused };
  }
  const apart = daysApart(a.published, b.published);
  if (apart !== null && apart > sameStory.maxDaysApart) return null;
  const entities = entityOverlap(a.entities, b.entities);
  if (entities.shared < sameStory.minSharedEntities) return null;
  const score = combine(storyEvidence(a, b, config, cmp.charJaccard, entities.weighted));
  if (score < sameStory.minScore) return null;
  return { relation: 'same-story', similarity: round(score), ...reused };
}

/** One signal of a same-story score: its weight and its value 0..1, or null when the texts cannot give it. */
export interface Evidence {
  name: 'char' | 'entities' | 'quotes' | 'figures' | 'title' | 'date';
  weight: number;
  value: number | null;
}

/**
 * The evidence that two texts report one event. Quotes, figures, headlines and
 * dates count only when both texts have them (absence is no evidence either way).
 */
export function storyEvidence(
  a: Relatable,
  b: Relatable,
  config: MatchConfig = MATCH_CONFIG,
  charJaccard: number = compareFingerprints(a.fingerprint, b.fingerprint).charJaccard,
  entityWeighted: number = entityOverlap(a.entities, b.entities).weighted,
): Evidence[] {
  const s = config.sameStory;
  return [
    { name: 'char', weight: s.charWeight, value: clamp01((charJaccard - s.charFloor) / (s.charStrong - s.charFloor)) },
    { name: 'entities', weight: s.entityWeight, value: clamp01(entityWeighted / s.entityFull) },
    { name: 'quotes', weight: s.quoteWeight, value: quoteEvidence(a, b, config) },
    { name: 'figures', weight: s.figureWeight, value: figureOverlap(a.figures, b.figures, s.minFigures) },
    titleEvidence(a, b, config),
    { name: 'date', weight: s.dateWeight, value: dateCloseness(daysApart(a.published, b.published), s) },
  ];
}

/**
 * Quotation shared by both texts. Two reports that quote only different
 * people (a fire chief, a witness) give none either way: outlets interview
 * whom they reach. The same speaker in other words is another statement:
 * another event on the same day, but on another day maybe the next statement
 * on the same event (a toll revised), so across days only a statement
 * repeated counts, and only for.
 */
function quoteEvidence(a: Relatable, b: Relatable, { sameStory }: MatchConfig): number | null {
  if (!a.quoteGrams.length || !b.quoteGrams.length) return null;
  // Reports of one press conference each pick some of its sentences: half of the smaller one's quotes is full evidence.
  const contained = sortedContainment(a.quoteGrams, b.quoteGrams);
  const apart = daysApart(a.published, b.published);
  if (apart !== null && apart >= sameStory.sameDays && contained < sameStory.quoteRepeatShare) return null;
  const shared = Math.min(1, contained / sameStory.quoteFull);
  if (shared > 0 || !a.quoteSpeakers || !b.quoteSpeakers) return shared;
  const speakers = a.quoteSpeakers;
  return b.quoteSpeakers.some((k) => speakers.some((j) => sameKey(j, k))) ? shared : null;
}

/**
 * Headline words: two headlines' shared words; or, when one page printed no
 * headline, 0 when its lead repeats none of the other's headline words; else none.
 */
function titleEvidence(a: Relatable, b: Relatable, { sameStory: s }: MatchConfig): Evidence {
  const [ha, hb] = [isHeadline(a.title), isHeadline(b.title)];
  if (ha && hb) return { name: 'title', weight: s.titleWeight, value: titleOverlap(headlineWords(a.title, a.source), headlineWords(b.title, b.source), s.minTitleWords) };
  if (ha === hb) return { name: 'title', weight: s.titleWeight, value: null };
  const [headline, lead] = ha ? [a, b] : [b, a];
  const words = headlineWords(headline.title, headline.source);
  const inLead = new Set(titleWords(lead.title));
  const repeated = words.filter((w) => inLead.has(w)).length;
  return { name: 'title', weight: s.leadWeight, value: words.length < s.minTitleWords || repeated > 0 ? null : 0 };
}

/**
 * A page that prints no headline gets its first sentence for a title (see
 * titleFromText): cut short with "…", or a whole sentence with its full stop.
 * Its words are the lead's, not a headline's, and say nothing of the event
 * that a headline would.
 */
function isHeadline(title: string): boolean {
  return !/…$/u.test(title) && !(/[.!?]$/u.test(title) && title.split(/\s+/u).length > MAX_HEADLINE_SENTENCE_WORDS);
}
/** A title ending in a full stop may still be a headline when it is this short ("Queen Elizabeth II has died."). */
const MAX_HEADLINE_SENTENCE_WORDS = 12;

/** 1 for reports published within `sameDays` of each other, falling to 0 at `maxDaysApart`; null when either is undated. */
function dateCloseness(apart: number | null, { sameDays, maxDaysApart }: MatchConfig['sameStory']): number | null {
  return apart === null ? null : clamp01((maxDaysApart - apart) / (maxDaysApart - sameDays));
}

/** Weighted mean of the evidence a pair can give (missing signals drop out and the rest are renormalised). */
export function combine(evidence: readonly Evidence[]): number {
  let sum = 0;
  let weight = 0;
  for (const { weight: w, value } of evidence) {
    if (value === null) continue;
    sum += w * value;
    weight += w;
  }
  return weight ? sum / weight : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import { compareFingerprints } from '../fingerprint/index.ts';
import type { ArticleAnalysis } from '../analysis.ts';
import { MATCH_CONFIG, type MatchConfig } from './config.ts';
import { figureOverlap } from './numbers.ts';
import { daysApart, entityOverlap, sortedContainment } from './overlap.ts';

export type Relation = 'copy' | 'same-story';

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
export function relate(a: ArticleAnalysis, b: ArticleAnalysis, config: MatchConfig = MATCH_CONFIG): RelationResult | null {
  const cmp = compareFingerprints(a.fingerprint, b.fingerprint);
  const reused = { reusedA: cmp.containmentA, reusedB: cmp.containmentB };
  const smallerReuse = Math.max(cmp.containmentA, cmp.containmentB);
  const { copy, sameStory } = config;
  if (cmp.intersection >= copy.minSharedShingles && (smallerReuse >= copy.minContainment || cmp.intersection >= copy.passageShingles)) {
    return { relation: 'copy', similarity: round(smallerReuse), ...reused };
  }
  const apart = daysApart(a.published, b.published);
  if (apart !== null && apart > sameStory.maxDaysApart) return null;
  const entities = entityOverlap(a.entities, b.entities);
  if (entities.shared < sameStory.minSharedEntities) return null;
  const charScore = clamp01((cmp.charJaccard - sameStory.charFloor) / (sameStory.charStrong - sameStory.charFloor));
  const score = storyScore(charScore, entities.score, a, b, config);
  if (score < sameStory.minScore) return null;
  return { relation: 'same-story', similarity: round(score), ...reused };
}

/** Weighted evidence; quotes and figures count only when both texts have them (absence is no evidence either way). */
function storyScore(charScore: number, entityScore: number, a: ArticleAnalysis, b: ArticleAnalysis, { sameStory: s }: MatchConfig): number {
  const quotes = a.quoteGrams.length && b.quoteGrams.length ? sortedContainment(a.quoteGrams, b.quoteGrams) : null;
  const figures = figureOverlap(a.figures, b.figures, s.minFigures);
  const evidence: [number, number | null][] = [[s.charWeight, charScore], [s.entityWeight, entityScore], [s.quoteWeight, quotes], [s.figureWeight, figures]];
  let sum = 0;
  let weight = 0;
  for (const [w, value] of evidence) {
    if (value === null) continue;
    sum += w * value;
    weight += w;
  }
  return sum / weight;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

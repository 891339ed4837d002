/**
 * Claim extraction: the public API of src/engine/claims.
 *
 * @example
 * import { extractClaims } from './claims/index.ts';
 * const a = extractClaims({ id: 'a', title: '', text: '“We will not invade Crimea,” Peskov said.', published: null, lang: 'en' });
 * a.claims.find((c) => c.kind === 'quote') // { kind: 'quote', by: '^peskov', speaker: 'Peskov', text: 'We will not invade Crimea', s: 0 }
 */
export { extractClaims } from './extract-claims.ts';
export { CLAIMS_VERSION } from './types.ts';
export type {
  ArticleClaims, Claim, ClaimInput, EventRef, MeasureSpan, NumberClaim, PredicateClaim, QuoteClaim, ReportClaim, TimeClaim, TimeGranularity, TimeValue,
} from './types.ts';

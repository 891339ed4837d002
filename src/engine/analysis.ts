import { extractClaims, type ArticleClaims } from './claims/index.ts';
import { computeFingerprint, type Fingerprint } from './fingerprint/index.ts';
import { MATCH_CONFIG } from './match/config.ts';
import { salientEntities, type SalientEntity } from './match/entities.ts';
import { datedEntityKeys, entityPairKeys } from './match/keys.ts';
import { figures } from './match/numbers.ts';
import { quoteGrams } from './match/quote-grams.ts';
import type { ExtractedArticle } from './types.ts';

/** Everything the engine keeps about one article to match it later. Structured-clone safe. */
export interface ArticleAnalysis {
  /** Canonical URL in the extension, the path as given in the CLI. */
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  lang: string | null;
  words: number;
  fingerprint: Fingerprint;
  /** Most salient names first. */
  entities: SalientEntity[];
  quoteGrams: Uint32Array;
  /** Speaker keys of the quotations, distinct and sorted ("^peskov"); absent in stories stored before they were kept. */
  quoteSpeakers?: string[];
  /** Distinct figures stated in the headline and the text (see match/numbers.ts). */
  figures: string[];
  /** LSH band keys, entity-pair keys and dated name keys: what the store indexes for candidate lookup. */
  matchKeys: string[];
  /** Checkable claims (quotes, figures, dates, negations) with their sentences. */
  claims: ArticleClaims;
}

/**
 * Fingerprints an extracted article for matching and extracts its claims.
 *
 * @example const analysis = analyzeArticle(parsePlainText(raw, 'a.txt'));
 */
export function analyzeArticle(article: ExtractedArticle, id: string = article.url): ArticleAnalysis {
  const fingerprint = computeFingerprint(article.text);
  const entities = salientEntities(article.title, article.text, MATCH_CONFIG.keys.scoredEntities);
  const claims = extractClaims({ id, title: article.title, text: article.text, published: article.published, lang: article.lang });
  return {
    id,
    title: article.title,
    source: article.source,
    published: article.published,
    lang: article.lang,
    words: fingerprint.wordCount,
    fingerprint,
    entities,
    quoteGrams: quoteGrams(article.text),
    figures: figures(`${article.title}\n${article.text}`),
    claims,
    quoteSpeakers: [...new Set(claims.claims.flatMap((c) => (c.kind === 'quote' ? [c.by] : [])))].sort(),
    matchKeys: [
      ...fingerprint.bandKeys.map((k) => `b:${k}`),
      ...entityPairKeys(entities, MATCH_CONFIG.keys.salientEntities),
      ...datedEntityKeys(entities, article.published, MATCH_CONFIG.keys.datedEntities),
    ],
  };
}

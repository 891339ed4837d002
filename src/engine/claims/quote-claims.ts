import type { Sentence } from '../nlp/tokens.ts';
import type { ParagraphAttribution } from './attribution.ts';
import type { EvidenceTable } from './evidence.ts';
import type { QuoteSpan } from './quotes/find-quotes.ts';
import type { QuoteClaim } from './types.ts';

// Shorter quotations are scare quotes ("positive", "meaningful"): a word an
// outlet chose to mark, not a statement to compare wording against.
const MIN_QUOTE_WORDS = 3;

/**
 * One claim per attributed quotation. The evidence is every sentence the
 * quotation touches, so a quote running over two sentences shows whole.
 */
export function quoteClaims(
  text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[],
  attribution: ParagraphAttribution, evidence: EvidenceTable,
): QuoteClaim[] {
  const claims: QuoteClaim[] = [];
  quotes.forEach((q, qi) => {
    const speaker = attribution.quoteSpeakers[qi];
    const words = text.slice(q.start, q.end).trim().replace(/[,;:]$/, '');
    if (!speaker || speaker.relay || words.split(/\s+/).length < MIN_QUOTE_WORDS) return;
    const touched = sentences.filter((s) => s.end >= q.start && s.start <= q.end);
    const first = touched[0];
    const last = touched[touched.length - 1];
    if (!first || !last) return;
    const s = evidence.add(text.slice(first.start, last.end), touched.flatMap((t) => t.tokens));
    claims.push({ kind: 'quote', s, by: speaker.key, speaker: speaker.name, text: words });
  });
  return claims;
}

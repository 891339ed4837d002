import type { ArticleClaims, QuoteClaim } from '../../claims/types.ts';
import { sameKey } from '../../nlp/keys.ts';
import { quoteWords } from '../quote/quote-words.ts';
import { wordDiff } from '../quote/word-diff.ts';
import type { Conflict, Rule } from '../types.ts';

// A quotation this short is a phrase, and a phrase is often repeated in a
// paraphrase quite properly.
const MIN_WORDS = 6;
// Share of the quote's words the other sentence must contain, in order.
const MIN_COVERED = 0.9;
// The matched words must sit close together: at most this much longer a span.
const MAX_SPREAD = 1.3;

/**
 * One outlet puts inside quotation marks words that another outlet reports as
 * the same speaker's paraphrase, unquoted ("He added that Moscow considered it
 * positive that Kyiv had started…" against `Peskov said, "Moscow considered it
 * positive that Kyiv had started…"`). Either the quote was made up from a
 * paraphrase or the marks were dropped; a reader should see both. Reported as
 * a low-severity quote conflict.
 */
export const paraphraseRule: Rule = {
  name: 'paraphrase',
  internal: false,
  find(a, b) {
    return [...paraphrased(a, b, false), ...paraphrased(b, a, true)];
  },
};

function paraphrased(quoting: ArticleClaims, reporting: ArticleClaims, swap: boolean): Conflict[] {
  const out: Conflict[] = [];
  for (const quote of quoting.claims) {
    if (quote.kind !== 'quote') continue;
    const words = quoteWords(quote.text);
    if (words.length < MIN_WORDS || !readsAsReported(quote.text) || quotes(reporting, quote)) continue;
    const s = reportedBy(reporting, quote.by).find((i) => covers(reporting.sentences[i] ?? '', words));
    if (s === undefined) continue;
    const quoted = { id: quoting.id, text: quoting.sentences[quote.s] ?? '', value: quote.text };
    const unquoted = { id: reporting.id, text: reporting.sentences[s] ?? '', value: '(same words, not quoted)' };
    out.push({
      type: 'quote', kind: 'conflict',
      a: swap ? unquoted : quoted,
      b: swap ? quoted : unquoted,
      subject: `${quote.speaker.split(' ').pop() ?? quote.speaker} quote or paraphrase`,
      severity: 'low',
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * A reporter's paraphrase reads as reported speech: back-shifted ("had
 * started", "would") and never in the first person. Words in the speaker's own
 * voice, such as a press statement one outlet quotes and another reprints
 * without marks, are the same statement either way: nothing to flag.
 */
function readsAsReported(text: string): boolean {
  return BACKSHIFT.test(text) && !FIRST_PERSON.test(text);
}
const BACKSHIFT = /\b(had|would)\s+\p{L}/iu;
const FIRST_PERSON = /\b(I|we|us|our|ours|my|me)\b/u;

/** The other article quotes these words itself (then there is nothing to flag). */
function quotes(article: ArticleClaims, quote: QuoteClaim): boolean {
  const words = quoteWords(quote.text);
  return article.claims.some((c) => c.kind === 'quote' && sameKey(c.by, quote.by) && wordDiff(quoteWords(c.text), words).common >= words.length * MIN_COVERED);
}

/** The speaker's reported speech in an article. */
function reportedBy(article: ArticleClaims, speaker: string): number[] {
  return article.claims.filter((c) => c.kind === 'report' && sameKey(c.by, speaker)).map((c) => c.s);
}

function covers(sentence: string, words: ReturnType<typeof quoteWords>): boolean {
  const other = quoteWords(sentence);
  const { ops, common } = wordDiff(words, other);
  if (common < words.length * MIN_COVERED) return false;
  // The span of the sentence between the first and last shared word.
  const first = ops.findIndex((o) => o.op === 'same');
  let last = ops.length - 1;
  while (ops[last]?.op !== 'same') last--;
  const spread = ops.slice(first, last + 1).filter((o) => o.op !== 'removed').reduce((n, o) => n + o.text.split(' ').length, 0);
  return spread <= words.length * MAX_SPREAD;
}

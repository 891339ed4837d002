import { sameKey } from '../../nlp/keys.ts';
import { CONFLICT_CONFIG } from '../config.ts';
import { claimPairs } from '../pairs.ts';
import { meaningChange } from '../quote/meaning.ts';
import { type QuoteWord, quoteWords, quotesRunOf } from '../quote/quote-words.ts';
import { trimPartial, wordDiff } from '../quote/word-diff.ts';
import type { ArticleClaims, QuoteClaim } from '../../claims/types.ts';
import type { Conflict, DiffOp, Rule } from '../types.ts';

// Words too common to show that two quotations are the same statement.
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'that', 'is', 'are', 'was', 'were', 'be', 'it', 'we', 'i',
  'you', 'they', 'this', 'for', 'with', 'as', 'by', 'there', 'have', 'has', 'had', 'will', 'not', 'our', 'us',
]);
const isContent = (w: string): boolean => !FUNCTION_WORDS.has(w.toLowerCase());
// Matched content words needed besides function words.
const MIN_CONTENT_MATCH = 2;

/**
 * The same speaker's words quoted differently by two articles. The quotes must
 * share most of the shorter one (so they are one statement), and differ
 * somewhere inside the shared part: an outlet quoting more or less of the same
 * sentence is partial quoting and is not flagged, nor is an ellipsis that
 * drops words without changing any (unless it drops a "not"). Severity follows
 * `meaningChange`: low for wording, high when a negation or number differs.
 */
export const quoteRule: Rule = {
  name: 'quote',
  internal: false,
  find(a, b, internal) {
    const out: Conflict[] = [];
    const compareQuotes = quoteComparer();
    const agreesWith = (p: string, q: string): boolean => {
      const compared = compareQuotes(p, q);
      return compared !== null && !hasInteriorChange(compared.diff);
    };
    for (const [x, y] of claimPairs(a, b, 'quote', internal)) {
      if (!sameKey(x.by, y.by)) continue;
      const compared = compareQuotes(x.text, y.text);
      if (!compared || !hasInteriorChange(compared.diff)) continue;
      // Wording that both articles print is agreed on: an article that also
      // quotes the other's version just quotes the speaker twice.
      const agrees = (quote: QuoteClaim, others: ArticleClaims): boolean => others.claims.some(
        (c) => c.kind === 'quote' && c !== x && c !== y && sameKey(c.by, quote.by) && agreesWith(c.text, quote.text));
      if (agrees(y, a) || agrees(x, b)) continue;
      out.push({
        type: 'quote', kind: 'conflict',
        a: { id: a.id, text: a.sentences[x.s] ?? '', value: x.text },
        b: { id: b.id, text: b.sentences[y.s] ?? '', value: y.text },
        subject: `${lastName(x.speaker.length >= y.speaker.length ? x.speaker : y.speaker)} quote`,
        severity: compared.severity,
        confidence: Math.round(Math.min(0.95, 0.4 + 0.5 * compared.overlap) * 100) / 100,
        diff: compared.diff,
      });
    }
    return out;
  },
};

type QuoteComparison = { diff: DiffOp[]; overlap: number; severity: Conflict['severity'] };

/**
 * The diff of two quotations that are one statement, or null when they are
 * not. One comparer per article pair: each quotation's words are split once,
 * however many quotations of the same speaker it is compared with.
 */
function quoteComparer(): (p: string, q: string) => QuoteComparison | null {
  const split = new Map<string, QuoteWord[]>();
  const wordsOf = (quote: string): QuoteWord[] => {
    let words = split.get(quote);
    if (!words) split.set(quote, (words = quoteWords(quote)));
    return words;
  };
  return (p, q) => compareWords(wordsOf(p), wordsOf(q));
}

function compareWords(wx: readonly QuoteWord[], wy: readonly QuoteWord[]): QuoteComparison | null {
  const shorter = Math.min(wx.length, wy.length);
  if (shorter < CONFLICT_CONFIG.minQuoteWords) return null;
  // The diff is quadratic; most quotations of one speaker are different
  // statements, and a count of the words that could pair up at all tells so.
  if (pairableWords(wx, wy) / shorter < CONFLICT_CONFIG.minQuoteOverlap) return null;
  const { ops, common } = wordDiff(wx, wy);
  const overlap = common / shorter;
  const content = ops.filter((o) => o.op === 'same').flatMap((o) => o.text.toLowerCase().split(' ')).filter(isContent);
  const shorterContent = (wx.length <= wy.length ? wx : wy).filter((w) => isContent(w.key)).length;
  if (overlap < CONFLICT_CONFIG.minQuoteOverlap || content.length < MIN_CONTENT_MATCH) return null;
  if (content.length / Math.max(1, shorterContent) < CONFLICT_CONFIG.minQuoteContentOverlap) return null;
  // A fragment quoted word for word inside the other quotation is partial quoting, whatever the rest says.
  if (wx.length <= wy.length ? quotesRunOf(wy, wx) : quotesRunOf(wx, wy)) return { diff: ops.filter((o) => o.op === 'same'), overlap, severity: 'low' };
  const diff = trimPartial(ops);
  const keys = (words: readonly QuoteWord[]): string[] => words.map((w) => w.text.toLowerCase());
  const severity = meaningChange(diff, { removedFrom: keys(wx), addedTo: keys(wy) });
  // Every word of the shorter quote is in the longer one: words were left
  // out, none changed. Only leaving out a negation or a number matters.
  if (common === shorter && severity !== 'high') return { diff: diff.filter((o) => o.op === 'same'), overlap, severity };
  return { diff, overlap, severity };
}

/**
 * Words of the shorter quotation that equal some word of the other (a
 * capitalised word may be a spelling variant of any capitalised one): an
 * upper bound of the common subsequence `wordDiff` finds.
 */
export function pairableWords(wx: readonly QuoteWord[], wy: readonly QuoteWord[]): number {
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  const keys = new Set(long.map((w) => w.key));
  const capitalised = long.some((w) => w.capitalised);
  return short.filter((w) => keys.has(w.key) || (w.capitalised && capitalised)).length;
}

const lastName = (name: string): string => name.split(' ').pop() ?? name;

/**
 * A change with shared words on both sides of it. Quotes that only part ways
 * at the end ("We will support Ukraine" / "We will support our allies") are
 * more likely two statements with a common opening than one statement
 * reworded; a rewording re-converges.
 */
function hasInteriorChange(ops: readonly { op: string }[]): boolean {
  const first = ops.findIndex((o) => o.op === 'same');
  let last = ops.length - 1;
  while (last >= 0 && ops[last]?.op !== 'same') last--;
  return ops.slice(first + 1, last).some((o) => o.op !== 'same');
}

import { sameKey } from '../../nlp/keys.ts';
import { CONFLICT_CONFIG } from '../config.ts';
import { claimPairs } from '../pairs.ts';
import { meaningChange } from '../quote/meaning.ts';
import { quoteWords } from '../quote/quote-words.ts';
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

/** The diff of two quotations that are one statement, or null when they are not. */
function compareQuotes(p: string, q: string): { diff: DiffOp[]; overlap: number; severity: Conflict['severity'] } | null {
  const wx = quoteWords(p);
  const wy = quoteWords(q);
  const shorter = Math.min(wx.length, wy.length);
  if (shorter < CONFLICT_CONFIG.minQuoteWords) return null;
  const { ops, common } = wordDiff(wx, wy);
  const overlap = common / shorter;
  const content = ops.filter((o) => o.op === 'same').flatMap((o) => o.text.toLowerCase().split(' ')).filter(isContent);
  const shorterContent = (wx.length <= wy.length ? wx : wy).filter((w) => isContent(w.key)).length;
  if (overlap < CONFLICT_CONFIG.minQuoteOverlap || content.length < MIN_CONTENT_MATCH) return null;
  if (content.length / Math.max(1, shorterContent) < CONFLICT_CONFIG.minQuoteContentOverlap) return null;
  const diff = trimPartial(ops);
  const severity = meaningChange(diff);
  // Every word of the shorter quote is in the longer one: words were left
  // out, none changed. Only leaving out a negation or a number matters.
  if (common === shorter && severity !== 'high') return { diff: diff.filter((o) => o.op === 'same'), overlap, severity };
  return { diff, overlap, severity };
}

/** Same statement, no wording changed inside it (identical or partial). */
function agreesWith(p: string, q: string): boolean {
  const compared = compareQuotes(p, q);
  return compared !== null && !hasInteriorChange(compared.diff);
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

import { murmur3 } from '../fingerprint/index.ts';
import { wordTokens } from '../text/normalize.ts';

/**
 * Quoted spans: double quotes of any style, guillemets, and single quotes of
 * 3+ words, curly or straight. A straight one opens before a letter and
 * closes after one, so apostrophes ("Queen's", "players' union") stay inside;
 * a statement may run over paragraphs.
 */
const QUOTED = /[“"«„]([^“”"«»„]{8,}?)[”"»“]|‘([^‘’]*?\s[^‘’]*?\s[^‘’]*?)’(?![\p{L}])|(?<![\p{L}\p{N}])'(\p{L}(?:[^']|(?<=\p{L})'(?=\p{L}))*?\s(?:[^']|(?<=\p{L})'(?=\p{L}))*?\s(?:[^']|(?<=\p{L})'(?=\p{L}))*?[\p{L}.,!?])'(?![\p{L}\p{N}])/gu;
const SEED = 0x71c0;
/** Enough for a quote-heavy article; more adds storage, not evidence. */
const MAX_GRAMS = 400;

/**
 * Hashes of the word 3-grams inside quotation marks. Reports of one event
 * quote the same people, often word for word even when everything around the
 * quote is rewritten: strong same-story evidence that same-topic texts lack.
 */
export function quoteGrams(text: string): Uint32Array {
  const hashes = new Set<number>();
  for (const match of text.matchAll(QUOTED)) {
    const words = wordTokens(match[1] ?? match[2] ?? match[3] ?? '');
    for (let i = 0; i + 3 <= words.length && hashes.size < MAX_GRAMS; i++) {
      hashes.add(murmur3(`${words[i]} ${words[i + 1]} ${words[i + 2]}`, SEED));
    }
  }
  return Uint32Array.from(hashes).sort();
}

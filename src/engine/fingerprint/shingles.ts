import { murmur3, type StringHash } from './murmur3.ts';
import { sortedUnique } from './sorted-sets.ts';

/**
 * Hashes of the word k-shingles (runs of k consecutive tokens, joined by one
 * space) as a sorted, duplicate-free set. A text shorter than k words is one
 * shingle of all its words, so a short text still matches its own copies; no
 * words, no shingles. With sampleModulus m > 1 only hashes h with h % m === 0
 * are kept: a consistent sample, so two texts keep the same shingles they share.
 *
 * @example wordShingles(['the', 'kremlin', 'said', 'on', 'wednesday', 'that'], 5, 1, 0).length // 2
 */
export function wordShingles(tokens: readonly string[], k: number, sampleModulus: number, seed: number, hash: StringHash = murmur3): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const width = Math.min(k, tokens.length);
  const count = tokens.length - width + 1;
  // Shingle i is joined.slice(starts[i], end of token i + width - 1): hashed in place, never built.
  const joined = tokens.join(' ');
  const starts = new Uint32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) starts[i] = (starts[i - 1] as number) + (tokens[i - 1] as string).length + 1;
  const hashes = new Uint32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const last = i + width - 1;
    const h = hash(joined, seed, starts[i], (starts[last] as number) + (tokens[last] as string).length) >>> 0;
    if (h % sampleModulus === 0) hashes[kept++] = h;
  }
  return sortedUnique(hashes, kept);
}

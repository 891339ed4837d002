// Varies a real analysis into another story of the same shape: names swapped
// for other (Zipf-popular) names in the text and in the entity keys, every
// hash that belongs to this story alone (its word shingles, character grams,
// quote grams) moved by a bijection, while hashes that several base stories
// share (stock phrases, common character runs) stay, so LSH collisions and
// entity-pair postings behave as in a real history. Signature and band keys
// are recomputed from the moved shingles with the engine's own functions.
import type { ArticleAnalysis } from '../../src/engine/analysis.ts';
import { bandKeys } from '../../src/engine/fingerprint/lsh.ts';
import { minhashSignature } from '../../src/engine/fingerprint/minhash.ts';
import { fmix32 } from '../../src/engine/fingerprint/murmur3.ts';
import { SEED_SALT, deriveSeed } from '../../src/engine/fingerprint/params.ts';
import { MATCH_CONFIG } from '../../src/engine/match/config.ts';
import { entityKey } from '../../src/engine/match/entity-key.ts';
import { entityPairKeys } from '../../src/engine/match/keys.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import type { World } from '../fixtures/world.ts';

export interface BaseStory {
  article: ExtractedArticle;
  analysis: ArticleAnalysis;
  /** Capitalised names in the text (see NewsArticle.names). */
  names: string[];
  event: number;
}

/** Hashes found in stories of two or more events: shared phrasing, not this story's own. */
export interface Stock {
  shingles: Set<number>;
  charGrams: Set<number>;
}

const DAY_MS = 86_400_000;
/** Stored history spans this many days, variants spread over it (a heavy reader: 50 a day). */
export const HISTORY_DAYS = 2000;

export const variantUrl = (url: string, v: number): string => (v === 0 ? url : `${url}-v${v}`);

export function findStock(stories: readonly BaseStory[]): Stock {
  const count = (pick: (s: BaseStory) => ArrayLike<number>): Set<number> => {
    const firstEvent = new Map<number, number>();
    const shared = new Set<number>();
    for (const s of stories) {
      for (const h of Array.from(pick(s))) {
        const seen = firstEvent.get(h);
        if (seen === undefined) firstEvent.set(h, s.event);
        else if (seen !== s.event) shared.add(h);
      }
    }
    return shared;
  };
  return { shingles: count((s) => s.analysis.fingerprint.shingles), charGrams: count((s) => s.analysis.fingerprint.charGrams) };
}

function move(hashes: Uint32Array, keep: Set<number> | null, salt: number): Uint32Array {
  const out = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    out[i] = keep?.has(h) ? h : fmix32((h ^ salt) >>> 0) >>> 0;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** Variant v of a base story (v = 0 is the story itself). */
export function variantOf(base: BaseStory, v: number, stock: Stock, world: World): { article: ExtractedArticle; analysis: ArticleAnalysis } {
  if (v === 0) return base;
  const url = variantUrl(base.article.url, v);
  const subs = new Map(base.names.map((n) => [n, world.substitute(n, v)]));
  const pattern = base.names.length ? new RegExp(`\\b(?:${base.names.join('|')})\\b`, 'gu') : null;
  const swap = (s: string): string => (pattern ? s.replace(pattern, (m) => subs.get(m) ?? m) : s);
  const keys = new Map(base.names.map((n) => [entityKey(n.toLowerCase()), entityKey(subs.get(n)!.toLowerCase())]));
  const salt = fmix32(Math.imul(v, 0x9e3779b9) >>> 0);
  const fp = base.analysis.fingerprint;
  const { params, version } = fp;
  const shingles = move(fp.shingles, stock.shingles, salt);
  const signature = minhashSignature(shingles, params.minhash.permutations, deriveSeed(params.seed, SEED_SALT.minhash, version));
  const bands = bandKeys(signature, params.lsh.bands, params.lsh.rows, deriveSeed(params.seed, SEED_SALT.bands, version));
  const seen = new Set<string>();
  const entities = base.analysis.entities
    .map((e) => ({ key: keys.get(e.key) ?? e.key, weight: e.weight }))
    .filter((e) => !seen.has(e.key) && seen.add(e.key));
  const shift = ((v * 37) % HISTORY_DAYS) * DAY_MS;
  const published = base.article.published && new Date(Date.parse(base.article.published) - shift).toISOString();
  const title = swap(base.article.title);
  return {
    article: { ...base.article, url, title, published, text: swap(base.article.text) },
    analysis: {
      ...base.analysis,
      id: url,
      title,
      published,
      fingerprint: { ...fp, signature, bandKeys: bands, shingles, charGrams: move(fp.charGrams, stock.charGrams, salt) },
      entities,
      quoteGrams: move(base.analysis.quoteGrams, null, salt),
      matchKeys: [...bands.map((k) => `b:${k}`), ...entityPairKeys(entities, MATCH_CONFIG.keys.salientEntities)],
      claims: { ...base.analysis.claims, id: url, published },
    },
  };
}

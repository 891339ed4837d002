import type { SalientEntity } from './entities.ts';

/**
 * Lookup keys for same-story candidates: every pair of the article's most
 * salient names. Two reports of one event share at least one such pair
 * (speaker + place, agency + country), while a single common name such as a
 * country would pull in every story of the topic. Pairs keep postings short.
 */
export function entityPairKeys(entities: readonly SalientEntity[], limit: number): string[] {
  const top = entities.slice(0, limit).map((e) => e.key).sort();
  const keys: string[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) keys.push(`e:${top[i]}|${top[j]}`);
  }
  return keys;
}

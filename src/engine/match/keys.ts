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

const DAY_MS = 86_400_000;
const DATED = /\|@(-?\d+)$/;

/**
 * Lookup keys for same-story candidates in short or loosely worded reports:
 * each of the article's most salient names with its publication day (UTC).
 * Reports of one event come out within a day or so and lead with the same
 * name (the country of a quake, the company of a recall) even when they share
 * no second name to make a pair. A name alone would pull in every story of
 * its topic; the day keeps its postings to that day's news. Undated articles
 * get none. Looked up with the days either side (see `lookupKeys`).
 *
 * @example datedEntityKeys([{ key: 'moroco', weight: 5 }], '2023-09-09T08:00:00Z', 2) // ['e:moroco|@19609']
 */
export function datedEntityKeys(entities: readonly SalientEntity[], published: string | null, limit: number): string[] {
  const ms = published ? Date.parse(published) : Number.NaN;
  if (Number.isNaN(ms)) return [];
  const day = Math.floor(ms / DAY_MS);
  return entities.slice(0, limit).map((e) => `e:${e.key}|@${day}`);
}

/**
 * The keys to look an article's candidates up by: its own index keys, and
 * each dated name key also on the `spread` days either side, so two reports a
 * day apart (or either side of midnight UTC) meet while each story is indexed
 * under one day only.
 *
 * @example lookupKeys(['b:1f', 'e:moroco|@19609'], 1) // ['b:1f', 'e:moroco|@19609', 'e:moroco|@19608', 'e:moroco|@19610']
 */
export function lookupKeys(matchKeys: readonly string[], spread: number): string[] {
  const out = [...matchKeys];
  for (const key of matchKeys) {
    const dated = DATED.exec(key);
    if (!dated) continue;
    const day = Number(dated[1]);
    const name = key.slice(0, dated.index);
    for (let d = 1; d <= spread; d++) out.push(`${name}|@${day - d}`, `${name}|@${day + d}`);
  }
  return out;
}

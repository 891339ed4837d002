import { calendarOfIso, daysBetween } from '../claims/times/calendar.ts';
import type { ArticleClaims, Claim } from '../claims/types.ts';

type Of<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

/**
 * Claim pairs of one kind to compare: every a-claim with every b-claim, or,
 * inside one article, every two claims of different sentences (a sentence
 * never contradicts itself in a way a reader needs shown).
 */
export function claimPairs<K extends Claim['kind']>(a: ArticleClaims, b: ArticleClaims, kind: K, internal: boolean): [Of<K>, Of<K>][] {
  const xs = a.claims.filter((c): c is Of<K> => c.kind === kind);
  const ys = internal ? xs : b.claims.filter((c): c is Of<K> => c.kind === kind);
  const pairs: [Of<K>, Of<K>][] = [];
  xs.forEach((x, i) => {
    ys.forEach((y, j) => {
      if (internal && (j <= i || x.s === y.s)) return;
      pairs.push([x, y]);
    });
  });
  return pairs;
}

/** Two claims may disagree only if they come from the same speaker or one is the article's own voice. */
export function holdersCompatible(x: string | undefined, y: string | undefined, same: (p: string, q: string) => boolean): boolean {
  return x === undefined || y === undefined || same(x, y);
}

/** True when both articles are dated and more than `days` apart. */
export function publishedApart(a: ArticleClaims, b: ArticleClaims, days: number): boolean {
  const pa = calendarOfIso(a.published);
  const pb = calendarOfIso(b.published);
  return pa !== null && pb !== null && Math.abs(daysBetween(pa, pb)) > days;
}

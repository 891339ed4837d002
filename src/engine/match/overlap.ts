import type { SalientEntity } from './entities.ts';

/**
 * Names both texts give. `score`: share of the smaller list that both name.
 * `weighted`: how much of each text's attention (mentions, see salientEntities)
 * goes to names the other shares, the smaller of the two per name, summed:
 * two reports of one event dwell on the same few names, while two stories of
 * a topic share its big names in passing but each dwells on its own.
 */
export function entityOverlap(a: readonly SalientEntity[], b: readonly SalientEntity[]): { shared: number; score: number; weighted: number } {
  if (!a.length || !b.length) return { shared: 0, score: 0, weighted: 0 };
  const inB = new Map(b.map((e) => [e.key, e.weight]));
  const totalA = a.reduce((sum, e) => sum + e.weight, 0);
  const totalB = b.reduce((sum, e) => sum + e.weight, 0);
  let shared = 0;
  let weighted = 0;
  for (const e of a) {
    const other = inB.get(e.key);
    if (other === undefined) continue;
    shared++;
    weighted += Math.min(e.weight / totalA, other / totalB);
  }
  return { shared, score: shared / Math.min(a.length, b.length), weighted };
}

/** Share of the smaller sorted-unique hash set found in the other. */
export function sortedContainment(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / small;
}

/** Days between two ISO dates, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ms = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isNaN(ms) ? null : ms / 86_400_000;
}

import type { SalientEntity } from './entities.ts';

/** Share of the smaller set's weight that both texts name (0 when either names nothing). */
export function entityOverlap(a: readonly SalientEntity[], b: readonly SalientEntity[]): { shared: number; score: number } {
  if (!a.length || !b.length) return { shared: 0, score: 0 };
  const inB = new Set(b.map((e) => e.key));
  const shared = a.filter((e) => inB.has(e.key)).length;
  return { shared, score: shared / Math.min(a.length, b.length) };
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

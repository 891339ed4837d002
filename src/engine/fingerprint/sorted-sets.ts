/**
 * Sets of 32-bit hashes as sorted, duplicate-free Uint32Arrays: 4 bytes per
 * element in IndexedDB (structured clone keeps typed arrays binary) and
 * linear-time intersection by merging.
 */

/**
 * Sorts and de-duplicates the first `length` values into a new array that owns
 * its buffer (a subarray would drag the whole scratch buffer into storage).
 *
 * @example sortedUnique(Uint32Array.of(3, 1, 3), 3) // Uint32Array [1, 3]
 */
export function sortedUnique(values: Uint32Array, length = values.length): Uint32Array {
  const sorted = values.subarray(0, length).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    if (kept === 0 || v !== sorted[kept - 1]) sorted[kept++] = v;
  }
  return sorted.slice(0, kept);
}

/**
 * |A ∩ B| of two sorted, duplicate-free arrays.
 *
 * @example intersectionSize(Uint32Array.of(1, 2, 5), Uint32Array.of(2, 5, 9)) // 2
 */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) i++;
    if (y <= x) j++;
    if (x === y) shared++;
  }
  return shared;
}

/**
 * Exact Jaccard |A ∩ B| / |A ∪ B| of two sorted, duplicate-free arrays; 0 when
 * both are empty (two empty texts share nothing worth reporting).
 *
 * @example jaccard(Uint32Array.of(1, 2), Uint32Array.of(2, 3)) // 1 / 3
 */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** A repeated measurement: its median and 95th percentile (nearest rank), and how many runs made it. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (!values.length) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), p95: round(rank(0.95)), n: sorted.length, min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

/** A single, deterministic figure (a size) in the same shape, so every result key reads alike. */
export function single(value: number): Summary {
  return summarize([value]);
}

export function round(x: number): number {
  return Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000;
}

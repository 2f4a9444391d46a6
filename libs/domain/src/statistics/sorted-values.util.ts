// Order statistics on values that are already sorted ascending. The public helpers sort once and
// call these, so a summary of a million durations costs one sort, not one per statistic.

/** Copies and sorts numerically; a typed array sorts numbers without a comparator callback. */
export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Mean of the two middle values for an even count (METRICS.md: "the usual median"). */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Nearest rank: the value at 1-based position ceil(percent/100 · n). Integer arithmetic, because
 * 0.9 · 70 is 63.00000000000001 in floating point and Math.ceil would pick the 64th value.
 */
export function nearestRankOfSorted(sorted: ArrayLike<number>, percent: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((percent * n) / 100));
  return sorted[Math.min(rank, n) - 1];
}

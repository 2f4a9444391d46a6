import { nearestRankOfSorted, sortedCopy } from './sorted-values.util.js';

/** METRICS.md p90: the value at 1-based position ceil(0.9·n) of the sorted values; null for no values. */
export function p90NearestRank(values: readonly number[]): number | null {
  return nearestRankOfSorted(sortedCopy(values), 90);
}

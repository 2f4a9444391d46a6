import type { DurationSummary } from '../metrics/metrics.types.js';
import { mean } from './mean.util.js';
import { medianOfSorted, nearestRankOfSorted, sortedCopy } from './sorted-values.util.js';

/** Count, median, mean, p90 (nearest rank), fastest and slowest of durations in seconds. Input is not mutated. */
export function summarizeDurations(values: readonly number[]): DurationSummary {
  if (values.length === 0) {
    return { count: 0, median: null, mean: null, p90: null, fastest: null, slowest: null };
  }
  const sorted = sortedCopy(values);
  return {
    count: sorted.length,
    median: medianOfSorted(sorted),
    mean: mean(values),
    p90: nearestRankOfSorted(sorted, 90),
    fastest: sorted[0],
    slowest: sorted[sorted.length - 1],
  };
}

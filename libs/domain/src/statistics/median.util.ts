import { medianOfSorted, sortedCopy } from './sorted-values.util.js';

/** The usual median: mean of the two middle values for an even count; null for no values. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted(sortedCopy(values));
}

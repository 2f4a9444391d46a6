// Response times span seconds to days, so the histogram uses roughly logarithmic buckets: equal-width buckets
// would put nearly everything into the first bar.

export interface FrtBucket {
  /** Locale key under frtBuckets. */
  key: string;
  /** Exclusive upper bound in seconds; Infinity for the last bucket. */
  upperSeconds: number;
}

export const FRT_BUCKETS: readonly FrtBucket[] = [
  { key: 'under5m', upperSeconds: 5 * 60 },
  { key: 'from5mTo15m', upperSeconds: 15 * 60 },
  { key: 'from15mTo60m', upperSeconds: 60 * 60 },
  { key: 'from1hTo4h', upperSeconds: 4 * 3600 },
  { key: 'from4hTo24h', upperSeconds: 24 * 3600 },
  { key: 'over24h', upperSeconds: Infinity },
];

/**
 * Counts per bucket. Negative or non-finite values are data errors (METRICS.md keeps them out of the
 * statistics) and are not counted here either.
 */
export function countFrtBuckets(values: readonly number[]): number[] {
  const counts = FRT_BUCKETS.map(() => 0);
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) continue;
    const index = FRT_BUCKETS.findIndex((bucket) => value < bucket.upperSeconds);
    counts[index] += 1;
  }
  return counts;
}

import { median } from '../statistics/median.util.js';
import type { EngagementRate, PostEngagement } from './engagement.types.js';

/** Which figure of a measured post is the denominator of a rate. */
export type RateDenominator = (post: PostEngagement) => number | null;

/**
 * METRICS.md engagement rate over one denominator: Σ engagements / Σ denominator (ratio of sums) and the
 * median of the per-post rates beside it. A post whose denominator is missing or zero enters neither:
 * dividing by it is undefined for the median, and keeping its engagements in the ratio's numerator
 * without a denominator would inflate the ratio.
 */
export function engagementRate(
  posts: readonly PostEngagement[],
  denominatorOf: RateDenominator,
): EngagementRate {
  let engagements = 0;
  let denominator = 0;
  const perPost: number[] = [];
  for (const post of posts) {
    if (post.snapshotAge === 'no-snapshot') continue;
    const d = denominatorOf(post);
    if (d === null || !(d > 0)) continue;
    engagements += post.counts.engagements;
    denominator += d;
    perPost.push(post.counts.engagements / d);
  }
  return {
    posts: perPost.length,
    engagements,
    denominator,
    ratioOfSums: denominator > 0 ? engagements / denominator : null,
    perPostMedian: median(perPost),
  };
}

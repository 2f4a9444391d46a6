// The engagement evidence of the scorecard: the difference in engagement rate (ratio of sums, METRICS.md)
// between the challenger's and the baseline's posts, with a percentile-bootstrap interval that resamples
// posts within each side. Pure; the same posts and seed give the same interval.
import {
  createRandomVariates,
  insufficientData,
  intervalEstimate,
  percentileInterval,
  type Estimated,
  type MetricEvidence,
  type PostEngagement,
} from '#domain';

export interface ResamplingSettings {
  level: number;
  minObservations: number;
  resamples: number;
  seed: number;
}

/** One post's engagements over its denominator (impressions, reach or followers at posting). */
export interface RatePair {
  engagements: number;
  denominator: number;
}

type Denominator = 'impressions' | 'reach' | 'followers';

const DENOMINATORS: readonly [Denominator, (post: PostEngagement) => number | null][] = [
  ['impressions', (post) => post.impressions],
  ['reach', (post) => post.reach],
  ['followers', (post) => post.followersAtPosting],
];

/**
 * Challenger − baseline engagement rate, by the first denominator that both sides report for enough posts
 * (impressions, else reach, else followers: the rate by impressions is the one that does not reward a big
 * audience). Posts without a snapshot, or whose denominator is unreported or zero, do not count, as in the
 * domain's rates. Not stratified by account: a rate already divides by the audience it reached.
 */
export function engagementEvidence(
  measured: readonly PostEngagement[],
  baseline: string,
  challenger: string,
  settings: ResamplingSettings,
): MetricEvidence[] {
  const posts = measured.filter((post) => post.snapshotAge !== 'no-snapshot');
  const samples = DENOMINATORS.map(([name, pick]) => ({
    name,
    baseline: ratePairs(posts, baseline, pick),
    challenger: ratePairs(posts, challenger, pick),
  }));
  const smaller = (s: (typeof samples)[number]) => Math.min(s.baseline.length, s.challenger.length);
  const chosen =
    samples.find((s) => smaller(s) >= settings.minObservations) ??
    samples.reduce((best, s) => (smaller(s) > smaller(best) ? s : best));
  return [
    {
      metric: `engagement_rate_by_${chosen.name}`,
      difference: ratioOfSumsDifference(chosen.baseline, chosen.challenger, settings),
      higherIsBetter: true,
    },
  ];
}

function ratePairs(
  posts: readonly PostEngagement[],
  group: string,
  denominatorOf: (post: PostEngagement) => number | null,
): RatePair[] {
  const pairs: RatePair[] = [];
  for (const post of posts) {
    if (post.post.group !== group) continue;
    const denominator = denominatorOf(post);
    if (denominator === null || !(denominator > 0)) continue;
    pairs.push({ engagements: post.counts.engagements, denominator });
  }
  return pairs;
}

/**
 * Σ engagements / Σ denominator of the challenger minus that of the baseline; interval: percentile
 * bootstrap with the posts of each side resampled with replacement (streams 0 and 1 of the seed, as the
 * median difference uses), insufficient data below the minimum number of posts on either side.
 */
export function ratioOfSumsDifference(
  baseline: readonly RatePair[],
  challenger: readonly RatePair[],
  settings: ResamplingSettings,
): Estimated {
  const smaller = Math.min(baseline.length, challenger.length);
  if (smaller < settings.minObservations || smaller === 0)
    return insufficientData(smaller, settings.minObservations);
  // A canonical order: the resampling draws by position, and the order posts were loaded in must not matter.
  const canonical = (pairs: readonly RatePair[]) =>
    [...pairs].sort((a, b) => a.engagements - b.engagements || a.denominator - b.denominator);
  baseline = canonical(baseline);
  challenger = canonical(challenger);
  const a = columns(baseline);
  const b = columns(challenger);
  const variatesA = createRandomVariates(settings.seed, 0);
  const variatesB = createRandomVariates(settings.seed, 1);
  const replicates = new Float64Array(settings.resamples);
  for (let r = 0; r < settings.resamples; r += 1) {
    replicates[r] = resampledRatio(b, variatesB.uniform) - resampledRatio(a, variatesA.uniform);
  }
  return intervalEstimate(
    ratioOfSums(challenger) - ratioOfSums(baseline),
    percentileInterval(replicates, settings.level),
    smaller,
  );
}

/** The pairs as two typed columns: the resampling loop below runs posts × 2,000 times per comparison. */
function columns(pairs: readonly RatePair[]): { engagements: Float64Array; denominators: Float64Array } {
  return {
    engagements: Float64Array.from(pairs, (pair) => pair.engagements),
    denominators: Float64Array.from(pairs, (pair) => pair.denominator),
  };
}

function ratioOfSums(pairs: readonly RatePair[]): number {
  let engagements = 0;
  let denominator = 0;
  for (const pair of pairs) {
    engagements += pair.engagements;
    denominator += pair.denominator;
  }
  return engagements / denominator;
}

function resampledRatio(
  pairs: { engagements: Float64Array; denominators: Float64Array },
  uniform: () => number,
): number {
  const { engagements: e, denominators: d } = pairs;
  const n = e.length;
  let engagements = 0;
  let denominator = 0;
  for (let i = 0; i < n; i += 1) {
    // uniform() is in (0, 1]: clamp the index so that 1 draws the last post.
    const k = Math.min(n - 1, Math.floor(n * uniform()));
    engagements += e[k];
    denominator += d[k];
  }
  return engagements / denominator;
}

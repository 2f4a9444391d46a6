import type { MetricEvidence, MetricVerdict } from './recommendation.types.js';

/**
 * A metric counts for a side only when its whole interval says so, beyond the materiality margin: a
 * difference the data cannot tell from zero (or from a negligible amount) counts as no difference. Being
 * ternary, a metric cannot sway the scorecard by the size of a noisy point estimate.
 */
export function metricVerdict(evidence: MetricEvidence): MetricVerdict {
  const { difference, higherIsBetter, metric } = evidence;
  if (difference.status !== 'estimate') {
    return { metric, verdict: 'insufficient_data', score: null, difference };
  }
  const margin = evidence.materiality ?? 0;
  const { lower, upper } = difference.interval;
  const above = lower > margin;
  const below = upper < -margin;
  if ((above && higherIsBetter) || (below && !higherIsBetter)) {
    return { metric, verdict: 'challenger_better', score: 1, difference };
  }
  if ((below && higherIsBetter) || (above && !higherIsBetter)) {
    return { metric, verdict: 'baseline_better', score: -1, difference };
  }
  return { metric, verdict: 'no_clear_difference', score: 0, difference };
}

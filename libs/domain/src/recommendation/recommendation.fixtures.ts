// Builders for recommendation scenarios (test-only; not exported from the folder's index).
import type { Estimated } from '../statistics/estimate.types.js';
import type { MetricEvidence, ScorecardInput } from './recommendation.types.js';

/** A difference with a 95 % interval, as a calculator would hand it over. */
export function diff(value: number, lower: number, upper: number): Estimated {
  return {
    status: 'estimate',
    value,
    interval: { lower, upper, level: 0.95, method: 'stratified_percentile_bootstrap' },
    observations: 200,
  };
}

export const insufficient = (observations: number): Estimated => ({
  status: 'insufficient',
  observations,
  required: 20,
});

export function evidence(metric: string, difference: Estimated, higherIsBetter: boolean): MetricEvidence {
  return { metric, difference, higherIsBetter };
}

export function scorecard(extra: Partial<ScorecardInput>): ScorecardInput {
  return {
    scope: 'overall',
    baseline: 'in_house',
    challenger: 'agency:Acme',
    responsiveness: [],
    engagement: [],
    risk: [],
    cost: null,
    ...extra,
  };
}

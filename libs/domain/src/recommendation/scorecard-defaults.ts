import type { RecommendationThresholds, ScorecardWeights } from './recommendation.types.js';

/**
 * Default weights. Responsiveness weighs most because it is what customers feel and what this product
 * measures best; cost next, because it is the lever of the decision; engagement and risk share the rest.
 * A workspace sets its own (they are normalised to sum to 1).
 */
export const DEFAULT_SCORECARD_WEIGHTS: ScorecardWeights = {
  responsiveness: 0.35,
  engagement: 0.2,
  risk: 0.2,
  cost: 0.25,
};

export const DEFAULT_RECOMMENDATION_THRESHOLDS: RecommendationThresholds = {
  decision: 0.15,
  evidenceShare: 0.5,
};

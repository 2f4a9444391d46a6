export * from './recommendation.types.js';
export { DEFAULT_RECOMMENDATION_THRESHOLDS, DEFAULT_SCORECARD_WEIGHTS } from './scorecard-defaults.js';
export { metricVerdict } from './metric-verdict.util.js';
export { breakEvenCostDifference, costSavingScore } from './break-even.util.js';
export { RESPONSIVENESS_MATERIALITY, responsivenessEvidence } from './responsiveness-evidence.util.js';
export { recommend } from './recommendation.util.js';

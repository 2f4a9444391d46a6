export type {
  EngagementAverages,
  EngagementCounts,
  EngagementInput,
  EngagementOptions,
  EngagementPost,
  EngagementRate,
  EngagementResult,
  EngagementSnapshot,
  EngagementSummary,
  PostEngagement,
  SnapshotAge,
} from './engagement.types.js';
export {
  FIXED_AGE_SECONDS,
  selectFixedAgeSnapshot,
  type SelectedSnapshot,
} from './fixed-age-snapshot.util.js';
export { indexSnapshots, measurePost, snapshotCounts } from './post-engagement.util.js';
export { engagementRate, type RateDenominator } from './engagement-rate.util.js';
export { summarizeEngagement } from './engagement-summary.util.js';
export { DEFAULT_ENGAGEMENT_KINDS, computeEngagement } from './engagement.util.js';

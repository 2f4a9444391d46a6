export type {
  CostComponent,
  CostInput,
  CostModel,
  CostResult,
  CostSummary,
  CostVolume,
} from './cost.types.js';
export { daysBetween, eachDay, monthShare, overlapDays } from './month-share.util.js';
export { costRatios, modelCost, type ModelCost } from './model-cost.util.js';
export { computeCost } from './cost.util.js';

export * from './comparison.types.js';
export { responsibleGroupResolver, toComparisonItems } from './comparison-items.util.js';
export { compareGroups, compareTwoGroups, type GroupComparisonOptions } from './group-comparison.util.js';
export { poolCells, type CellInput, type PooledResult, type SideSample } from './pooled-estimate.util.js';
export { findHandovers, type Handover } from './handover.util.js';
export {
  HANDOVER_AFTER,
  HANDOVER_BEFORE,
  compareAroundHandover,
  type BeforeAfterOptions,
  type HandoverComparison,
} from './before-after.util.js';

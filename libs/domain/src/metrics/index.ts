export type { ResponsivenessInput } from './responsiveness-input.types.js';
export {
  TOTAL_ROW_KEY,
  computeResponsiveness,
  computeResponsivenessOf,
} from './responsiveness-metrics.util.js';
export { buildResponsivenessRow } from './responsiveness-row.util.js';
export { rowIdentities, type RowIdentities, type RowIdentity } from './row-identity.util.js';
export { compareRows } from './row-order.util.js';

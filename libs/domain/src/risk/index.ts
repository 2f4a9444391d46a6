export type {
  IncidentRecord,
  OutboundVolume,
  RiskInput,
  RiskResult,
  RiskSummary,
  SeverityWeights,
} from './risk.types.js';
export { resolveSeverityWeights } from './severity-weights.util.js';
export { computeRisk, summarizeRisk } from './risk.util.js';

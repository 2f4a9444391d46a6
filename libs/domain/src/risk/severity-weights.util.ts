import { INCIDENT_SEVERITIES } from '../incidents/incident.types.js';
import { SEVERITY_WEIGHTS } from '../incidents/severity.util.js';
import type { SeverityWeights } from './risk.types.js';

/**
 * METRICS.md weights (1, 3, 10, 30 for low … critical, SEVERITY_WEIGHTS), with the workspace's
 * overrides. A weight must be a non-negative number: a negative one would let incidents lower a rate.
 */
export function resolveSeverityWeights(overrides: Partial<SeverityWeights> = {}): SeverityWeights {
  const weights = { ...SEVERITY_WEIGHTS, ...overrides };
  for (const severity of INCIDENT_SEVERITIES) {
    const weight = weights[severity];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`Severity weight for ${severity} must be a non-negative number, got ${weight}`);
    }
  }
  return weights;
}

import { INCIDENT_SEVERITIES, type IncidentSeverity } from './incident.types.js';

/** METRICS.md default weights for the severity-weighted incident rate. */
export const SEVERITY_WEIGHTS: Readonly<Record<IncidentSeverity, number>> = {
  low: 1,
  medium: 3,
  high: 10,
  critical: 30,
};

export function severityRank(severity: IncidentSeverity): number {
  return INCIDENT_SEVERITIES.indexOf(severity);
}

export function maxSeverity(severities: readonly IncidentSeverity[]): IncidentSeverity {
  if (severities.length === 0) throw new Error('maxSeverity: no severities');
  return severities.reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a));
}

/** The severity `levels` steps up, never above critical. */
export function raiseSeverity(severity: IncidentSeverity, levels: number): IncidentSeverity {
  const rank = Math.min(INCIDENT_SEVERITIES.length - 1, severityRank(severity) + Math.max(0, levels));
  return INCIDENT_SEVERITIES[rank];
}

export function isSeverity(value: unknown): value is IncidentSeverity {
  return typeof value === 'string' && (INCIDENT_SEVERITIES as readonly string[]).includes(value);
}

import { buildBreakdown } from '../model/breakdown.util.js';
import { summarizeDurations } from '../statistics/duration-summary.util.js';
import { estimatePoissonRate } from '../statistics/poisson-interval.util.js';
import type {
  IncidentRecord,
  OutboundVolume,
  RiskInput,
  RiskResult,
  RiskSummary,
  SeverityWeights,
} from './risk.types.js';
import { isSeverity } from '../incidents/severity.util.js';
import type { IncidentSeverity } from '../incidents/incident.types.js';
import { resolveSeverityWeights } from './severity-weights.util.js';

/** Rows hold incidents and exposures alike, so a group with outbound items and no incident gets a row. */
type Entry = { type: 'incident'; incident: IncidentRecord } | { type: 'volume'; volume: OutboundVolume };

const WORKSPACE_WIDE = '(workspace)';

export function summarizeRisk(
  incidents: readonly IncidentRecord[],
  outbound: number,
  weights: SeverityWeights,
): RiskSummary {
  const counted = incidents.filter((incident) => incident.status !== 'dismissed');
  const bySeverity: Record<IncidentSeverity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  let weighted = 0;
  const containSeconds: number[] = [];
  let notContained = 0;
  let negative = 0;
  const byKind: Record<string, number> = {};
  for (const incident of counted) {
    bySeverity[incident.severity] += 1;
    byKind[incident.kind] = (byKind[incident.kind] ?? 0) + 1;
    weighted += weights[incident.severity];
    if (incident.containedAt === null) {
      notContained += 1;
      continue;
    }
    const seconds = (incident.containedAt.getTime() - incident.detectedAt.getTime()) / 1000;
    if (seconds < 0) negative += 1;
    else containSeconds.push(seconds);
  }
  return {
    incidents: counted.length,
    bySeverity,
    byKind,
    weightedIncidents: weighted,
    outbound,
    ratePer1000: outbound > 0 ? (counted.length / outbound) * 1000 : null,
    rateEstimate: estimatePoissonRate(counted.length, outbound, { per: 1000 }),
    weightedRatePer1000: outbound > 0 ? (weighted / outbound) * 1000 : null,
    timeToContain: summarizeDurations(containSeconds),
    notContained,
    negativeContainTimes: negative,
    dismissed: incidents.length - counted.length,
  };
}

/**
 * METRICS.md risk per sourcing group (the group frozen on the incident), per account and in total.
 * Incidents count in the period they occurred in. A workspace-wide incident (no account) counts in its
 * group and the total but in no account row.
 */
export function computeRisk(input: RiskInput): RiskResult {
  const weights = resolveSeverityWeights(input.severityWeights);
  const from = input.from.getTime();
  const to = input.to.getTime();
  const entries: Entry[] = [];
  for (const incident of input.incidents) {
    if (!isSeverity(incident.severity)) {
      throw new Error(
        `Incident ${incident.id} has severity "${incident.severity}"; expected low, medium, high or critical`,
      );
    }
    const at = incident.occurredAt.getTime();
    if (at >= from && at < to) entries.push({ type: 'incident', incident });
  }
  for (const volume of input.outbound) entries.push({ type: 'volume', volume });

  const breakdown = buildBreakdown(
    entries,
    (entry) =>
      entry.type === 'incident'
        ? { accountId: entry.incident.accountId ?? WORKSPACE_WIDE, group: entry.incident.group }
        : entry.volume,
    (part) =>
      summarizeRisk(
        part.flatMap((entry) => (entry.type === 'incident' ? [entry.incident] : [])),
        part.reduce((sum, entry) => sum + (entry.type === 'volume' ? entry.volume.outbound : 0), 0),
        weights,
      ),
  );
  return {
    ...breakdown,
    byAccount: breakdown.byAccount.filter((row) => row.key !== WORKSPACE_WIDE),
    severityWeights: weights,
  };
}

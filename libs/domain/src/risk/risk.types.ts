// Risk as METRICS.md defines it: incidents per 1,000 outbound items per sourcing group, plain and
// severity-weighted, and the time it took to contain them.
import type { Breakdown, GroupKey } from '../model/breakdown.types.js';
import type { DurationSummary } from '../metrics/metrics.types.js';
import type { IncidentSeverity, IncidentStatus } from '../incidents/incident.types.js';
import type { Estimated } from '../statistics/estimate.types.js';

export type SeverityWeights = Readonly<Record<IncidentSeverity, number>>;

/** An incident as the incident table keeps it; `group` is the sourcing group frozen when it happened. */
export interface IncidentRecord {
  id: string;
  /** The account concerned; null for a workspace-wide incident (a data leak, say): counted in the total only. */
  accountId: string | null;
  group: GroupKey;
  /** IncidentKind for detected incidents; any text for kinds a workspace adds. */
  kind: string;
  severity: IncidentSeverity;
  /** Dismissed incidents were judged not to be incidents: counted apart, in no rate. */
  status: IncidentStatus;
  occurredAt: Date;
  detectedAt: Date;
  containedAt: Date | null;
}

/** Outbound items published in the period, by group (and account): the exposure incidents are rated on. */
export interface OutboundVolume {
  group: GroupKey;
  accountId: string;
  outbound: number;
}

export interface RiskInput {
  /** Incidents that occurred in [from, to) are counted. */
  from: Date;
  to: Date;
  incidents: readonly IncidentRecord[];
  outbound: readonly OutboundVolume[];
  /** Default 1, 3, 10, 30 for low … critical. */
  severityWeights?: Partial<SeverityWeights>;
}

export interface RiskSummary {
  /** Incidents that occurred in the period, dismissed ones left out. */
  incidents: number;
  bySeverity: Record<IncidentSeverity, number>;
  /** Incidents by kind, kinds that occurred only. */
  byKind: Record<string, number>;
  /** Σ weight(severity) over the incidents. */
  weightedIncidents: number;
  /** Outbound items in the period: the exposure. */
  outbound: number;
  /** incidents / outbound × 1,000; null with no outbound items. */
  ratePer1000: number | null;
  /**
   * The same rate with its exact Poisson (Garwood) 95 % interval, or "insufficient data" below 20 outbound
   * items. The weighted rate has no interval: a sum of weights is not a Poisson count.
   */
  rateEstimate: Estimated;
  weightedRatePer1000: number | null;
  /** Detected → contained, seconds, over incidents with both times in order. */
  timeToContain: DurationSummary;
  /** Not contained (yet): no containment time. */
  notContained: number;
  /** Contained before detected: a data error, counted here, kept out of timeToContain. */
  negativeContainTimes: number;
  /** Dismissed in the period: counted apart, in no rate. */
  dismissed: number;
}

export interface RiskResult extends Breakdown<RiskSummary> {
  /** The weights used, defaults filled in: the report prints them. */
  severityWeights: SeverityWeights;
}

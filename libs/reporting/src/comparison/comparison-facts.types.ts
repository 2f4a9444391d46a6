// Everything the engine computes on for one period, loaded by ComparisonService through the repositories.
// Plain data: the builders that turn it into a ComparisonReport are pure and tested without a database.
import type { CadencePlan, CostModel, EngagementSnapshot, HouseStyle, IncidentRecord } from '#domain';
import type { EngineOutboundRow, ScorecardSettings } from '#persistence';
import type { ResponsivenessFacts } from '../metrics/metrics-query.service.js';

export interface ComparisonFacts {
  workspace: { id: string; timeZone: string };
  /** Accounts (with hours, holidays, SLA), operators, assignments, inbound and outbound reply facts. */
  responsiveness: ResponsivenessFacts;
  /** Outbound items published in the period, with kind, text and followers at posting. */
  outbound: readonly EngineOutboundRow[];
  /** Snapshots of the period's posts, whenever taken. */
  snapshots: readonly EngagementSnapshot[];
  /** Incidents that occurred in the period (dismissed ones included: the risk calculator counts them apart). */
  incidents: readonly IncidentRecord[];
  costModels: readonly CostModel[];
  plans: readonly CadencePlan[];
  houseStyles: readonly HouseStyle[];
  settings: ScorecardSettings;
}

export interface ComparisonRequest {
  /** Default in_house. */
  baseline?: string;
  /** Default: every `agency:<name>` group seen in the period (items, outbound, cost models). */
  challengers?: readonly string[];
  /** Outbound kinds measured as posts for engagement. Default DEFAULT_ENGAGEMENT_KINDS (posts). */
  engagementKinds?: readonly string[];
  /** Bootstrap resamples; default BOOTSTRAP_RESAMPLES (2,000). Tests may use fewer. */
  resamples?: number;
}

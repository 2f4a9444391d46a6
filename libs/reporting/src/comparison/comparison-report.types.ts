// What ComparisonService returns: one plain, JSON-serialisable object per period that the monthly report, the
// API and `ledger metrics --compare` print as it is. Every number is the domain's (docs/metrics.md); this
// layer only loads facts, resolves whose each item was, and puts the calculators' results side by side.
import type {
  Breakdown,
  CostResult,
  EngagementSummary,
  GroupComparison,
  HandoverComparison,
  MetricEvidence,
  Recommendation,
  RecommendationThresholds,
  ResponsivenessDepth,
  RiskResult,
  ScorecardWeights,
  SentimentSummary,
  SeverityWeights,
  StyleRule,
  StyleSummary,
  TimeStratum,
  VolumeResult,
} from '#domain';

/** The statistical settings every interval of the report was computed with. */
export interface ComparisonSettings {
  weights: ScorecardWeights;
  thresholds: RecommendationThresholds;
  severityWeights: SeverityWeights;
  level: number;
  minObservations: number;
  resamples: number;
  seed: number;
}

/** An account as the engine saw it: its clocks, so a reader knows what "business hours" meant. */
export interface ComparisonAccount {
  id: string;
  handle: string;
  platform: string;
  timeZone: string;
  /** False: no weekly hours, open around the clock (business FRT = calendar FRT). */
  hasBusinessHours: boolean;
  /** `AT-9`, `DE-BY` … or null without a holiday calendar. */
  holidayCalendar: string | null;
  slaTargetSeconds: number;
  /** Whether the account has a house style (tone is checked only then). */
  hasHouseStyle: boolean;
}

/**
 * What the cost dimension of one scope rests on. The scorecard compares what each group would cost for the
 * same work: each group's cost per outbound item over the period (all its accounts), times the outbound
 * items both groups published in the scope.
 */
export interface CostComparison {
  status: 'priced' | 'no_cost_model' | 'no_outbound_items' | 'currency_mismatch';
  currency: string | null;
  /** Cost per outbound item of each group in the period; null when unknown. */
  baselineUnitCost: number | null;
  challengerUnitCost: number | null;
  /** Outbound items of both groups in the scope: the work priced. */
  outboundItems: number;
  /** Unit cost × outbound items: what the scorecard's cost dimension compares (null unless priced). */
  baseline: number | null;
  challenger: number | null;
}

/** One scope (the whole workspace or one account): the comparison, the evidence and the recommendation. */
export interface ScopeComparison {
  /** `overall` or the account id. */
  scope: string;
  /** `overall` or the account handle. */
  label: string;
  /** FRT (calendar and business), response rate and SLA: stratified with raw beside it, with intervals. */
  responsiveness: GroupComparison;
  evidence: {
    responsiveness: MetricEvidence[];
    engagement: MetricEvidence[];
    risk: MetricEvidence[];
  };
  cost: CostComparison;
  recommendation: Recommendation;
}

/** In-house (the baseline) against one agency (the challenger). */
export interface ChallengerComparison {
  baseline: string;
  challenger: string;
  overall: ScopeComparison;
  /** Accounts on which either side had an item in the period, by handle. */
  byAccount: ScopeComparison[];
}

/** The responsiveness numbers of one row, in all and per time stratum. */
export interface DepthRow {
  all: ResponsivenessDepth;
  byStratum: Record<TimeStratum, ResponsivenessDepth>;
}

/** A few items that broke the house style, per group and rule: what the reader can check by hand. */
export interface StyleBreakExample {
  group: string;
  accountId: string;
  externalId: string;
  rule: StyleRule;
  detail: string;
}

/** Every metric of docs/metrics.md for one period, by sourcing group and account. */
export interface EngineBreakdowns {
  /** Rows by the group responsible for each inbound item (as in the comparison), by account, and total. */
  responsiveness: Breakdown<DepthRow>;
  engagement: Breakdown<EngagementSummary>;
  volume: VolumeResult;
  risk: RiskResult;
  cost: CostResult;
  tone: {
    style: Breakdown<StyleSummary>;
    sentiment: Breakdown<SentimentSummary>;
    examples: StyleBreakExample[];
  };
}

export interface ComparisonReport extends EngineBreakdowns {
  workspaceId: string;
  /** [from, to): local midnights in the workspace's zone. */
  period: { from: Date; to: Date; timeZone: string };
  /** The latest item of the workspace: what is "undecided" (72 h) and "pending" (SLA) is judged at it. */
  dataEnd: Date;
  baseline: string;
  challengers: string[];
  settings: ComparisonSettings;
  accounts: ComparisonAccount[];
  /** One per challenger, in name order. */
  comparisons: ChallengerComparison[];
  /** Accounts that changed hands around the period: before against after, by time stratum. */
  handovers: HandoverComparison[];
}

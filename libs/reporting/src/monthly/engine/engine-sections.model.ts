// The sections of the monthly report that rest on the comparison engine (ComparisonService): page one with
// the recommendation, responsiveness in depth, engagement, risk, cost, per-account scorecards, handovers,
// and the completeness of the data. Plain, JSON-serialisable data: numbers stay unformatted (the templates
// format them for the reader's locale), texts from platforms stay as they came (the templates escape them).
import type {
  EngagementSummary,
  EvidenceVerdict,
  RecommendationDecision,
  RiskSummary,
  ScorecardDimension,
  CostSummary,
} from '#domain';
import type { HeadlineSource } from '../../incidents/incident-headline.js';
import type { Figure, FigureUnit } from './figure.util.js';

/** One of the three to five numbers behind a recommendation, this month and against last month. */
export interface KeyNumber {
  /** frt_calendar_median, response_rate, sla_attainment, incident_rate, cost_per_outbound_item. */
  metric: string;
  unit: FigureUnit;
  /** In-house (the baseline) and the agency (the challenger), each with its interval where it has one. */
  baseline: Figure;
  challenger: Figure;
  /** Challenger − baseline. */
  difference: Figure;
  /** The same difference last month. */
  previousDifference: Figure;
  /** This month's difference − last month's; null unless both are numbers. */
  change: number | null;
  /** How the scorecard read the difference; null for numbers the scorecard does not vote with (cost). */
  verdict: EvidenceVerdict | null;
  /** Share of the inbound volume in like-for-like cells (stratified metrics); null otherwise. */
  coverage: number | null;
}

export interface MetricVerdictLine {
  metric: string;
  dimension: ScorecardDimension;
  verdict: EvidenceVerdict;
  unit: FigureUnit;
  difference: Figure;
}

/** A recommendation for one scope (overall, or one account). */
export interface ScopeDecision {
  /** `overall` or the account id. */
  scope: string;
  /** `overall` or the account handle. */
  label: string;
  decision: RecommendationDecision;
  score: number | null;
  evidenceShare: number;
  /** Last month's decision for the same scope and agency; null when there was none. */
  previousDecision: RecommendationDecision | null;
  dimensions: { dimension: ScorecardDimension; weight: number; score: number | null }[];
  verdicts: MetricVerdictLine[];
}

export interface BreakEvenView {
  currency: string;
  currentDifference: number;
  outsourceUpTo: number | null;
  keepInHouseFrom: number | null;
}

/** Page one for in-house against one agency. */
export interface PageOneComparison {
  baseline: string;
  challenger: string;
  overall: ScopeDecision;
  keyNumbers: KeyNumber[];
  breakEven: BreakEvenView | null;
  cost: {
    status: 'priced' | 'no_cost_model' | 'no_outbound_items' | 'currency_mismatch';
    currency: string | null;
    baseline: number | null;
    challenger: number | null;
  };
  accounts: ScopeDecision[];
}

/** A box-like summary of a group's first response times (nearest-rank percentiles, calendar seconds). */
export interface FrtBox {
  group: string;
  count: number;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface DepthRowView {
  key: string;
  inbound: number;
  answered: number;
  frtCalendarMedian: number | null;
  frtBusinessMedian: number | null;
  frtCount: number;
  responseRate: number | null;
  responseDecided: number;
  undecided: number;
  slaMet: number;
  slaBreached: number;
  slaPending: number;
  slaRate: number | null;
  backlogOpen: number;
  /** Open items per age bucket: < 1 h, 1–4 h, 4–24 h, 1–3 d, > 3 d. */
  backlogBuckets: number[];
  backlogOldestSeconds: number | null;
}

export type CoverageKind = 'staff' | 'agency' | 'both' | 'nobody';

export interface HeatmapCell {
  /** Inbound items that arrived in this weekday-hour of the month. */
  inbound: number;
  /** Who the roster had on shift in this weekday-hour, most often over the month and the accounts. */
  coverage: CoverageKind;
  /** Of the inbound items, those that arrived while nobody was on shift on their account. */
  uncovered: number;
}

export interface CoverageHeatmap {
  timeZone: string;
  /** Rows Monday first (0 = Monday … 6 = Sunday), 24 hour columns each. */
  rows: { weekday: number; cells: HeatmapCell[] }[];
  maxInbound: number;
  totalInbound: number;
  uncoveredInbound: number;
}

export interface RankedPost {
  accountHandle: string;
  externalId: string;
  publishedAt: Date;
  text: string;
  engagements: number;
  /** Engagements / impressions, where impressions are reported. */
  rateByImpressions: number | null;
  /** Measured at the fixed age (48 h), or younger (the latest snapshot). */
  atFixedAge: boolean;
}

export interface GroupPosts {
  group: string;
  top: RankedPost[];
  bottom: RankedPost[];
}

export interface IncidentLine {
  id: string;
  /** The title as stored (evidence); the table prints `headline` in the reader's language. */
  title: string;
  headline: HeadlineSource;
  kind: string;
  severity: string;
  status: string;
  accountHandle: string | null;
  operatorName: string | null;
  sourcingGroup: string | null;
  occurredAt: Date;
  detectedAt: Date;
  containedAt: Date | null;
  timeToContainSeconds: number | null;
}

export interface AccountScorecard {
  accountId: string;
  handle: string;
  platform: string;
  /** One per agency compared on this account. */
  decisions: { challenger: string; decision: ScopeDecision }[];
  responsiveness: DepthRowView | null;
  engagementRateByImpressions: number | null;
  engagementPosts: number;
  incidents: number;
  outbound: number;
}

export interface HandoverView {
  accountHandle: string;
  fromGroup: string;
  toGroup: string;
  at: Date;
  transitionFrom: Date;
  metrics: { metric: string; unit: FigureUnit; before: Figure; after: Figure; difference: Figure }[];
}

export interface CollectionGapLine {
  accountHandle: string;
  stream: string;
  windowFrom: Date | null;
  windowTo: Date;
  status: string;
  error: string | null;
}

/** Where an account's facts of the month came from and which part of the month they cover. */
export interface AccountCoverageLine {
  accountHandle: string;
  platform: string;
  /**
   * collector: collected from the platform API (its collection windows are the gap list); import: fed by file
   * imports, which record no windows; demo: generated; unknown: neither connected nor imported.
   */
  feed: 'collector' | 'import' | 'demo' | 'unknown';
  /** `collector:x`, `import:twcs`, `demo` … The API version is not stored with the facts (not printed). */
  sources: string[];
  /** Inbound and outbound items created in the month. */
  items: number;
  firstItem: Date | null;
  lastItem: Date | null;
  /** True when a whole day at the start or end of the month (or the whole month) has no item. */
  leavesGap: boolean;
}

/** A file import that may have fed the month (imports record no period, only when they ran). */
export interface ImportRunLine {
  source: string;
  file: string | null;
  /** Null: the import fed several accounts (twcs). */
  accountHandle: string | null;
  status: string;
  finishedAt: Date;
  rowsImported: number;
}

export interface MonthlyEngineSections {
  baseline: string;
  challengers: string[];
  /** The latest item of the workspace: undecided (72 h) and pending (SLA) are judged at it. */
  dataEnd: Date;
  settings: {
    level: number;
    minObservations: number;
    resamples: number;
    weights: Record<ScorecardDimension, number>;
    decisionThreshold: number;
    evidenceShare: number;
    severityWeights: Record<string, number>;
  };
  pageOne: PageOneComparison[];
  responsiveness: {
    frtBoxes: FrtBox[];
    byGroup: DepthRowView[];
    total: DepthRowView;
    heatmap: CoverageHeatmap;
  };
  engagement: {
    byGroup: { key: string; summary: EngagementSummary }[];
    total: EngagementSummary;
    posts: GroupPosts[];
  };
  risk: {
    byGroup: { key: string; summary: RiskSummary }[];
    total: RiskSummary;
    incidents: IncidentLine[];
  };
  cost: { byGroup: { key: string; summary: CostSummary }[]; total: CostSummary };
  scorecards: AccountScorecard[];
  handovers: HandoverView[];
  completeness: {
    gaps: CollectionGapLine[];
    /** Platforms of the accounts in the report: the report prints each one's known limits. */
    platforms: string[];
    accounts: { handle: string; platform: string; timeZone: string; hasBusinessHours: boolean }[];
    /** Per account: the span its data covers and its source (collection windows exist for collectors only). */
    coverage: AccountCoverageLine[];
    /** True when any account is collected from an API: only then does an empty gap list mean "complete". */
    anyCollected: boolean;
    /** The latest file imports of the workspace (roster imports left out), newest first. */
    importRuns: ImportRunLine[];
  };
}

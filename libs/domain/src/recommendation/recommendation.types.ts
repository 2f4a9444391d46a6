// The scorecard behind the recommendation (METRICS.md: "a weighted scorecard (responsiveness, engagement,
// risk, cost; weights set per workspace) per account and overall: keep in-house, outsource, or
// inconclusive, with the reasons and the break-even cost").
import type { Estimated } from '../statistics/estimate.types.js';

export const SCORECARD_DIMENSIONS = ['responsiveness', 'engagement', 'risk', 'cost'] as const;
export type ScorecardDimension = (typeof SCORECARD_DIMENSIONS)[number];

export type ScorecardWeights = Record<ScorecardDimension, number>;

/** One measured difference between the challenger (an agency) and the baseline (in-house staff). */
export interface MetricEvidence {
  /** What was measured: `frt_calendar_median`, `engagement_rate_by_impressions`, `incident_rate` … */
  metric: string;
  /** Challenger − baseline with its interval, or insufficient data (from the calculators, not computed here). */
  difference: Estimated;
  /** True when more is better (response rate, engagement); false when less is (FRT, incidents). */
  higherIsBetter: boolean;
  /** A difference smaller than this, in the metric's unit, does not count even when it is certain. Default 0. */
  materiality?: number;
}

/** What each option costs for the same work in the same period (one currency). */
export interface CostEvidence {
  baseline: number;
  challenger: number;
  currency: string;
}

export interface RecommendationThresholds {
  /** The weighted score decides at or beyond ±this. Default 0.15. */
  decision: number;
  /** Share of the total weight that must rest on evidence (not "insufficient data") to decide. Default 0.5. */
  evidenceShare: number;
}

export interface ScorecardInput {
  /** `overall` or an account id: the caller scores each account and the whole workspace separately. */
  scope: string;
  baseline: string;
  challenger: string;
  responsiveness: readonly MetricEvidence[];
  engagement: readonly MetricEvidence[];
  risk: readonly MetricEvidence[];
  /** Null: no cost model for one of the two sides. */
  cost: CostEvidence | null;
  /** The workspace's weights; missing ones take DEFAULT_SCORECARD_WEIGHTS. */
  weights?: Partial<ScorecardWeights>;
  thresholds?: Partial<RecommendationThresholds>;
}

export type EvidenceVerdict =
  'challenger_better' | 'baseline_better' | 'no_clear_difference' | 'insufficient_data';

export interface MetricVerdict {
  metric: string;
  verdict: EvidenceVerdict;
  /** +1 challenger better, −1 baseline better, 0 no clear difference, null insufficient data. */
  score: number | null;
  difference: Estimated;
}

export interface DimensionScore {
  dimension: ScorecardDimension;
  /** Normalised weight (the weights sum to 1). */
  weight: number;
  /** In favour of the challenger (+) or the baseline (−); null when the dimension has no evidence. */
  score: number | null;
  verdicts: MetricVerdict[];
}

export type RecommendationDecision = 'keep_in_house' | 'outsource' | 'inconclusive';

export type RecommendationReasonCode =
  | EvidenceVerdict
  | 'cost_difference'
  | 'no_cost_model'
  | 'thin_evidence'
  | 'score_for_challenger'
  | 'score_for_baseline'
  | 'score_too_close';

export interface RecommendationReason {
  code: RecommendationReasonCode;
  dimension?: ScorecardDimension;
  metric?: string;
  /** One English sentence; the codes and numbers let a report say it in another language. */
  text: string;
}

/** The cost differences (challenger − baseline, per period) at which the recommendation changes. */
export interface RecommendationBreakEven {
  currency: string;
  /** Challenger cost − baseline cost now. */
  currentDifference: number;
  /** The scorecard says outsource while the challenger costs at most this much more (negative: less). Null: no price would. */
  outsourceUpTo: number | null;
  /** It says keep in-house once the challenger costs this much more or above. Null: no price would. */
  keepInHouseFrom: number | null;
}

export interface Recommendation {
  scope: string;
  baseline: string;
  challenger: string;
  decision: RecommendationDecision;
  /** Weighted mean of the dimension scores that have evidence; null when none has. */
  score: number | null;
  /** Share of the weight resting on evidence. */
  evidenceShare: number;
  dimensions: DimensionScore[];
  reasons: RecommendationReason[];
  /** Null without a cost model. */
  breakEven: RecommendationBreakEven | null;
  weights: ScorecardWeights;
  thresholds: RecommendationThresholds;
}

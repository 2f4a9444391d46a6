// The comparison engine's inputs and outputs (METRICS.md, Comparison and uncertainty). Plain data: the
// report, the API and `ledger metrics --compare` print these shapes as they are.
import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import type { Estimated, InsufficientData } from '../statistics/estimate.types.js';
import type { MannWhitneyResult } from '../statistics/mann-whitney.util.js';

export const COMPARISON_METRICS = [
  'frt_calendar_median',
  'frt_business_median',
  'response_rate',
  'sla_attainment',
] as const;
export type ComparisonMetric = (typeof COMPARISON_METRICS)[number];

/** One actionable inbound item, reduced to what the comparison needs. */
export interface ComparisonItem {
  accountId: string;
  /** The side the item counts for: a sourcing group (`in_house`, `agency:<name>`), or `before`/`after`. */
  group: string;
  stratum: TimeStratum;
  receivedAt: Date;
  /** Its FRT observation in calendar seconds; null when it gives none (unanswered, data error, DM follow-up). */
  frtCalendarSeconds: number | null;
  frtBusinessSeconds: number | null;
  /** Answered within 72 hours; null while undecided, and for data errors. */
  respondedWithin72h: boolean | null;
  /** SLA met; null while pending, and for data errors. */
  slaMet: boolean | null;
}

export interface ComparisonOptions {
  /** Default CONFIDENCE_LEVEL (0.95). */
  level?: number;
  /** Default MIN_OBSERVATIONS (20), per side, per stratum and metric. */
  minObservations?: number;
  /** Default BOOTSTRAP_RESAMPLES (2,000). */
  resamples?: number;
  /** Default BOOTSTRAP_SEED. */
  seed?: number;
}

/** One account × time stratum of a stratified comparison. */
export interface StratumCell {
  accountId: string;
  stratum: TimeStratum;
  /** Inbound items of both sides in the stratum: its weight in the pooled estimate when comparable. */
  volume: number;
  baselineObservations: number;
  challengerObservations: number;
  /** The side's median or proportion in this stratum; null without observations. */
  baseline: number | null;
  challenger: number | null;
  /** Challenger − baseline; insufficient when either side has fewer than the minimum observations. */
  difference: Estimated;
  /** Share of the pooled weight: volume / comparable volume; 0 when the stratum is not comparable. */
  weight: number;
}

/** Challenger, baseline and their difference (challenger − baseline), each with an interval. */
export interface SideBySide {
  baseline: Estimated;
  challenger: Estimated;
  difference: Estimated;
}

export interface StratifiedCoverage {
  /** Inbound items of both sides in strata where both have enough observations for this metric. */
  comparableVolume: number;
  /** Inbound items of both sides in all strata. */
  totalVolume: number;
  /** comparableVolume / totalVolume; null without items. */
  share: number | null;
}

export interface MetricComparison {
  metric: ComparisonMetric;
  unit: 'seconds' | 'proportion';
  /** The headline: like against like within account × time stratum, pooled by inbound volume. */
  stratified: SideBySide & { strata: StratumCell[]; coverage: StratifiedCoverage };
  /** Unstratified numbers, shown beside the headline and labelled as raw. */
  raw: SideBySide & {
    /** For the FRT metrics: Mann–Whitney U of the two raw distributions; null for proportions. */
    mannWhitney: MannWhitneyResult | InsufficientData | null;
  };
}

export interface GroupComparison {
  baseline: string;
  challenger: string;
  /** Actionable inbound items of each side. */
  volume: { baseline: number; challenger: number };
  /** One entry per metric, in COMPARISON_METRICS order. */
  metrics: MetricComparison[];
}

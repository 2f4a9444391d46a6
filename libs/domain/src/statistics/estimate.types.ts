// What the comparison statistics return: a number with its interval, or an explicit "insufficient data".
// METRICS.md: a group or stratum with fewer than 20 observations is shown as "insufficient data", never as a
// number that invites a decision, so the type system keeps the two apart.

/** METRICS.md: below this many observations a metric is "insufficient data". */
export const MIN_OBSERVATIONS = 20;

/** METRICS.md: intervals are 95 %. */
export const CONFIDENCE_LEVEL = 0.95;

/** `mover_garwood`: a difference of two Poisson rates from their Garwood limits (the comparison's risk evidence). */
export type IntervalMethod =
  | 'percentile_bootstrap'
  | 'stratified_percentile_bootstrap'
  | 'wilson'
  | 'newcombe_hybrid_score'
  | 'garwood'
  | 'mover_garwood';

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  /** Coverage the interval was built for, e.g. 0.95. */
  level: number;
  method: IntervalMethod;
}

export interface IntervalEstimate {
  status: 'estimate';
  value: number;
  interval: ConfidenceInterval;
  /**
   * The observations the estimate rests on. For a two-sample estimate (a difference), the smaller of the
   * two samples: the one that decides whether there is enough data.
   */
  observations: number;
}

export interface InsufficientData {
  status: 'insufficient';
  /** As in IntervalEstimate: for two samples, the smaller one. */
  observations: number;
  /** The minimum that was not reached. */
  required: number;
}

/** An estimate with its interval, or "insufficient data". */
export type Estimated = IntervalEstimate | InsufficientData;

/** Options shared by the estimators. */
export interface EstimateOptions {
  /** Default CONFIDENCE_LEVEL. */
  level?: number;
  /** Default MIN_OBSERVATIONS. */
  minObservations?: number;
}

// The numbers the product prints, as METRICS.md defines them. Durations are seconds.

export type MetricsDimension = 'account' | 'operator' | 'group';

export interface DurationSummary {
  count: number;
  median: number | null;
  mean: number | null;
  /** Nearest rank: the value at 1-based position ceil(0.9·n) of the sorted values. */
  p90: number | null;
  fastest: number | null;
  slowest: number | null;
}

export interface ResponseRate {
  /** Actionable inbound answered within 72 hours. */
  answeredWithin72h: number;
  /** Actionable inbound received in the period whose 72-hour window has closed by the end of the data. */
  decided: number;
  /** Younger than 72 hours at the end of the data: neither answered-late nor unanswered yet. */
  undecided: number;
  /** answeredWithin72h / decided, null when nothing is decided. */
  rate: number | null;
}

export interface ResponsivenessRow {
  /** Stable key of the row: account id, operator id, group name, or `unknown`. */
  key: string;
  label: string;
  /** Sourcing group of the row (for operator rows the operator's group; null where it does not apply). */
  sourcingGroup: string | null;
  /** Actionable inbound items received in the period (by operator rows: those this operator answered first). */
  inbound: number;
  /** Inbound items with a first response (FRT computed). */
  answered: number;
  /** Outbound items published in the period. */
  outbound: number;
  frt: DurationSummary;
  responseRate: ResponseRate;
  /** Reply pairs whose reply is older than the inbound item: data errors, counted here, kept out of frt. */
  negativeIntervals: number;
}

export interface MetricsResult {
  from: Date;
  to: Date;
  dimension: MetricsDimension;
  rows: ResponsivenessRow[];
  total: ResponsivenessRow;
}

// The headline figures each computation (the engine, hand-written SQL, DuckDB) reports, keyed by row: a
// sourcing group (`in_house`, `agency:<name>`, `unknown`, `unassigned`) or an account id.

export interface ResponsivenessFigures {
  /** Actionable inbound items received in the month. */
  inbound: number;
  /** With a valid first response (data errors excluded). */
  answered: number;
  frtMedian: number | null;
  frtP90: number | null;
  /** Decided (72 h window closed) and answered within 72 h. */
  decided: number;
  within72h: number;
  responseRate: number | null;
  /** Deadline passed; met within the account's target. */
  slaDue: number;
  slaMet: number;
  slaRate: number | null;
}

export interface EngagementFigures {
  /** Measured posts (with a snapshot). */
  posts: number;
  engagements: number;
  perPost: number | null;
  impressions: number;
  rateByImpressions: number | null;
}

export interface VolumeFigures {
  outbound: number;
  perDay: number | null;
}

export interface RiskFigures {
  incidents: number;
  outbound: number;
  ratePer1000: number | null;
}

export type Rows<T> = Record<string, T>;

export interface Headline {
  responsiveness: { byGroup: Rows<ResponsivenessFigures>; byAccount: Rows<ResponsivenessFigures> };
  engagement: { byGroup: Rows<EngagementFigures>; byAccount: Rows<EngagementFigures> };
  volume: { byGroup: Rows<VolumeFigures>; byAccount: Rows<VolumeFigures> };
  risk: { byGroup: Rows<RiskFigures>; byAccount: Rows<RiskFigures> };
}

/** Counts must be equal; medians and percentiles to the second; rates to 1e-9. */
const TOLERANCE: Record<string, number> = { frtMedian: 0.5, frtP90: 0.5, perDay: 1e-9, perPost: 1e-9 };
const RATE_TOLERANCE = 1e-9;

function tolerance(field: string): number {
  if (field in TOLERANCE) return TOLERANCE[field];
  return /rate/i.test(field) ? RATE_TOLERANCE : 0;
}

/** Rows with nothing in them: the engine lists every account, a GROUP BY only those with data. */
function isEmpty(row: object): boolean {
  return Object.values(row).every((v) => v === 0 || v === null);
}

/** Every difference between two headlines, as readable lines; empty when they agree. */
export function compareHeadlines(expected: Headline, actual: Headline, label: string): string[] {
  const differences: string[] = [];
  for (const metric of Object.keys(expected) as (keyof Headline)[]) {
    for (const by of ['byGroup', 'byAccount'] as const) {
      const a = expected[metric][by] as Rows<object>;
      const b = actual[metric][by] as Rows<object>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const x = a[key] as Record<string, number | null> | undefined;
        const y = b[key] as Record<string, number | null> | undefined;
        if (!x || !y) {
          if (!isEmpty(x ?? y ?? {}))
            differences.push(`${label}: ${metric} ${by} ${key} missing on one side`);
          continue;
        }
        for (const field of Object.keys(x)) {
          const u = x[field];
          const v = y[field];
          const same = u === v || (u !== null && v !== null && Math.abs(u - v) <= tolerance(field));
          if (!same) differences.push(`${label}: ${metric} ${by} ${key} ${field}: ${u} vs ${v}`);
        }
      }
    }
  }
  return differences;
}

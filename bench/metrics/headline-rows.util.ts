// Turns the rows of the reference queries (PostgreSQL or DuckDB: the same column names) into a Headline.
import type { Headline, Rows } from './headline.types.js';

type Row = Record<string, unknown>;

const num = (value: unknown): number => Number(value ?? 0);
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function split<T>(rows: readonly Row[], map: (row: Row) => T): { byGroup: Rows<T>; byAccount: Rows<T> } {
  const byGroup: Rows<T> = {};
  const byAccount: Rows<T> = {};
  for (const row of rows) (row.by === 'group' ? byGroup : byAccount)[String(row.key)] = map(row);
  return { byGroup, byAccount };
}

export function headlineFromRows(
  responsiveness: readonly Row[],
  engagement: readonly Row[],
  volumeAndRisk: readonly Row[],
): Headline {
  return {
    responsiveness: split(responsiveness, (r) => ({
      inbound: num(r.inbound),
      answered: num(r.answered),
      frtMedian: numOrNull(r.frt_median),
      frtP90: numOrNull(r.frt_p90),
      decided: num(r.decided),
      within72h: num(r.within_72h),
      responseRate: ratio(num(r.within_72h), num(r.decided)),
      slaDue: num(r.sla_due),
      slaMet: num(r.sla_met),
      slaRate: ratio(num(r.sla_met), num(r.sla_due)),
    })),
    engagement: split(engagement, (r) => ({
      posts: num(r.posts),
      engagements: num(r.engagements),
      perPost: ratio(num(r.engagements), num(r.posts)),
      impressions: num(r.impressions),
      rateByImpressions: ratio(num(r.impression_engagements), num(r.impressions)),
    })),
    volume: split(volumeAndRisk, (r) => ({
      outbound: num(r.outbound),
      perDay: ratio(num(r.outbound), num(r.days)),
    })),
    risk: split(volumeAndRisk, (r) => ({
      incidents: num(r.incidents),
      outbound: num(r.outbound),
      ratePer1000: num(r.outbound) > 0 ? (num(r.incidents) / num(r.outbound)) * 1000 : null,
    })),
  };
}

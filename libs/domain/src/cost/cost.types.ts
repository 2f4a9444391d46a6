// Cost models per sourcing group and the cost of a period, per response, per outbound item and per
// 1,000 engagements (METRICS.md, Cost). Amounts are plain numbers in the model's currency, unrounded:
// rounding is the report's business.
import type { BreakdownRow, GroupKey } from '../model/breakdown.types.js';

export type CostComponent =
  /** An agency's monthly retainer. */
  | { kind: 'retainer'; perMonth: number }
  /** A fee per outbound item or per response (answered inbound item credited to the group). */
  | { kind: 'per-item'; fee: number; per: 'outbound' | 'response' }
  /** Staff paid by the hour: hourly cost × the hours a month they spend on the channels. */
  | { kind: 'hourly'; perHour: number; hoursPerMonth: number }
  /** Staff as a share of full-time positions: monthly cost of one FTE × the share (0.5 = half a person). */
  | { kind: 'fte'; perFtePerMonth: number; fteShare: number };

/**
 * What one sourcing group costs over a validity period. Models of the same group add up where they
 * overlap (a retainer and a separate per-item contract); a changed contract is a model that ends where
 * the next begins.
 */
export interface CostModel {
  group: GroupKey;
  /** ISO 4217 code; one currency per group. */
  currency: string;
  /** First day the model applies to, YYYY-MM-DD. */
  from: string;
  /** First day it no longer applies to (exclusive); null while it runs. */
  to: string | null;
  components: readonly CostComponent[];
}

/** What a group did on one day (the workspace's local day): the counts per-item fees and ratios use. */
export interface CostVolume {
  group: GroupKey;
  day: string;
  outbound: number;
  /** Answered inbound items whose first response the group is credited with. */
  responses: number;
  /** Engagements of the group's posts (METRICS.md engagements, measured at the fixed age). */
  engagements: number;
}

export interface CostInput {
  /** First day of the period, YYYY-MM-DD. */
  from: string;
  /** First day after the period (exclusive). */
  to: string;
  models: readonly CostModel[];
  volumes: readonly CostVolume[];
}

export interface CostSummary {
  /** Null for a total over groups that pay in different currencies. */
  currency: string | null;
  /** Null when no model covers any day of the period: unknown, not free. */
  total: number | null;
  /** Retainers, prorated. */
  retainer: number;
  /** Per-item fees on the days a model with such a fee covers. */
  perItem: number;
  /** Hourly and FTE staff cost, prorated. */
  staff: number;
  outbound: number;
  responses: number;
  engagements: number;
  costPerResponse: number | null;
  costPerOutboundItem: number | null;
  costPer1000Engagements: number | null;
  /** Days of the period no model of the group covers: the total leaves them out, and says so here. In the
   * total row: group-days, summed over the groups. */
  daysWithoutModel: number;
}

export interface CostResult {
  byGroup: BreakdownRow<CostSummary>[];
  total: BreakdownRow<CostSummary>;
}

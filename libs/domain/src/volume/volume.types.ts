// Volume against plan: outbound items per local day against the cadence an account was planned to keep.
import type { Breakdown, BreakdownRow, GroupKey, ItemOwner } from '../model/breakdown.types.js';

/** An outbound item, counted on its local calendar day in the account's time zone. */
export interface PublishedItem extends ItemOwner {
  kind: string;
  createdAt: Date;
}

/**
 * A planned cadence for one account over a validity period: how many items per weekday. With `group`
 * set it is that group's commitment (an agency contract: "2 posts every weekday") and only that group's
 * items fulfil it; with `group` null, any item of the account does.
 */
export interface CadencePlan {
  accountId: string;
  group: GroupKey | null;
  /** First local day the plan applies to, YYYY-MM-DD. */
  from: string;
  /** First local day it no longer applies to (exclusive); null while it runs. */
  to: string | null;
  /** Planned items per weekday, seven numbers, Sunday first (as ShiftWindow.day). */
  perWeekday: readonly number[];
  /** Outbound kinds that count against the plan. Default ['post']: a cadence is about publishing. */
  kinds?: readonly string[];
}

export interface VolumeAccount {
  id: string;
  timeZone: string;
}

export interface VolumeInput {
  /** Period start, inclusive; local days that start in [from, to) are in the period. */
  from: Date;
  /** Period end, exclusive. */
  to: Date;
  accounts: readonly VolumeAccount[];
  plans: readonly CadencePlan[];
  items: readonly PublishedItem[];
}

/** One planned local day of one account. */
export interface PlannedDay {
  accountId: string;
  group: GroupKey | null;
  day: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  planned: number;
  /** Items that count against the plan on that day (the plan's kinds, and its group when it names one). */
  published: number;
  /** published < planned. */
  belowPlan: boolean;
}

export interface VolumeSummary {
  /** Local days in the period (for a group: the distinct local days across accounts). */
  days: number;
  /** All outbound items of the row in the period, any kind. */
  published: number;
  /** published / days; null for no days. */
  publishedPerDay: number | null;
  /** Days with a plan that asked for at least one item. */
  daysPlanned: number;
  /** Items planned over those days. */
  planned: number;
  /** Items on those days that count against the plan. */
  deliveredAgainstPlan: number;
  /** deliveredAgainstPlan / planned; null when nothing was planned. Above 1: more than planned. */
  attainment: number | null;
  /** Planned days that fell short; VolumeResult.plannedDays says which. */
  daysBelowPlan: number;
}

export type VolumeRow = BreakdownRow<VolumeSummary>;

/**
 * byGroup: groups that published, or that a plan names; a group row counts only the days of plans that
 * name it. byAccount: every account of the input.
 */
export interface VolumeResult extends Breakdown<VolumeSummary> {
  /** Every planned day, by account, day and group. */
  plannedDays: PlannedDay[];
}

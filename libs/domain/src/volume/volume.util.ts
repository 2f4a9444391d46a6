import { TOTAL_KEY } from '../model/breakdown.util.js';
import { dayLocator, periodDays } from './period-days.util.js';
import { plannedDays } from './planned-days.util.js';
import type {
  CadencePlan,
  PlannedDay,
  PublishedItem,
  VolumeInput,
  VolumeResult,
  VolumeRow,
  VolumeSummary,
} from './volume.types.js';

interface Part {
  days: Set<string>;
  published: number;
  planned: PlannedDay[];
}

const newPart = (): Part => ({ days: new Set(), published: 0, planned: [] });

function summarize(part: Part): VolumeSummary {
  const planned = part.planned.reduce((sum, day) => sum + day.planned, 0);
  const delivered = part.planned.reduce((sum, day) => sum + day.published, 0);
  return {
    days: part.days.size,
    published: part.published,
    publishedPerDay: part.days.size > 0 ? part.published / part.days.size : null,
    daysPlanned: part.planned.length,
    planned,
    deliveredAgainstPlan: delivered,
    attainment: planned > 0 ? delivered / planned : null,
    daysBelowPlan: part.planned.filter((day) => day.belowPlan).length,
  };
}

function rows(parts: Map<string, Part>): VolumeRow[] {
  return [...parts.keys()].sort().map((key) => ({ key, summary: summarize(parts.get(key)!) }));
}

function partOf(parts: Map<string, Part>, key: string): Part {
  let part = parts.get(key);
  if (!part) parts.set(key, (part = newPart()));
  return part;
}

function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/**
 * Outbound items per local day against the planned cadence, per account, per sourcing group and in
 * total. A day is "below plan" when fewer items counted against a plan than it asked for. A group row
 * counts the items the group published and the days of the plans that name it; account-wide plans
 * (group null) count in the account and total rows only.
 */
export function computeVolume(input: VolumeInput): VolumeResult {
  const plansByAccount = groupBy<CadencePlan>(input.plans, (plan) => plan.accountId);
  const itemsByAccount = groupBy<PublishedItem>(input.items, (item) => item.accountId);
  const byAccount = new Map<string, Part>();
  const byGroup = new Map<string, Part>();
  const total = newPart();
  const allPlannedDays: PlannedDay[] = [];

  const accounts = [...input.accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const account of accounts) {
    const days = periodDays(input.from, input.to, account.timeZone);
    const dayOf = dayLocator(days, account.timeZone);
    const itemsByDay = new Map<string, PublishedItem[]>();
    const accountPart = partOf(byAccount, account.id);
    for (const day of days) {
      accountPart.days.add(day);
      total.days.add(day);
    }
    for (const item of itemsByAccount.get(account.id) ?? []) {
      const day = dayOf(item.createdAt);
      if (day === null) continue;
      const list = itemsByDay.get(day);
      if (list) list.push(item);
      else itemsByDay.set(day, [item]);
      accountPart.published += 1;
      total.published += 1;
      partOf(byGroup, item.group).published += 1;
    }
    const planned = plannedDays(account.id, days, plansByAccount.get(account.id) ?? [], itemsByDay);
    accountPart.planned.push(...planned);
    total.planned.push(...planned);
    for (const day of planned) if (day.group !== null) partOf(byGroup, day.group).planned.push(day);
    allPlannedDays.push(...planned);
  }
  // Group rows share the period's days: a group's rate per day is over the whole period, not over the
  // days it happened to publish on.
  for (const part of byGroup.values()) part.days = total.days;

  return {
    plannedDays: allPlannedDays,
    byAccount: rows(byAccount),
    byGroup: rows(byGroup),
    total: { key: TOTAL_KEY, summary: summarize(total) },
  };
}

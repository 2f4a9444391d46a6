import type { CadencePlan, PlannedDay, PublishedItem } from './volume.types.js';
import { weekdayOf } from './period-days.util.js';

export const DEFAULT_PLAN_KINDS: readonly string[] = ['post'];

function validatePlan(plan: CadencePlan): void {
  if (plan.perWeekday.length !== 7 || plan.perWeekday.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new Error(
      `Cadence plan of account ${plan.accountId} from ${plan.from}: perWeekday needs 7 non-negative numbers, Sunday first`,
    );
  }
}

/**
 * The plan in force for one account and one group (or the account-wide plan, group null) on a day: of the
 * plans that cover the day, the one that started last, so a new plan supersedes the old without the
 * old one having to be closed. Two plans for the same account and group starting on the same day are
 * a contradiction the caller must resolve.
 */
export function plansInForce(plans: readonly CadencePlan[], day: string): CadencePlan[] {
  const byGroup = new Map<string | null, CadencePlan>();
  for (const plan of plans) {
    if (plan.from > day || (plan.to !== null && plan.to <= day)) continue;
    const current = byGroup.get(plan.group);
    if (current && current.from === plan.from) {
      throw new Error(
        `Two cadence plans for account ${plan.accountId}, group ${plan.group ?? '(any)'} start on ${plan.from}`,
      );
    }
    if (!current || plan.from > current.from) byGroup.set(plan.group, plan);
  }
  return [...byGroup.values()];
}

/**
 * Planned days of one account over its local days: one row per day and plan in force that asks for at
 * least one item. `itemsByDay` holds the account's items by local day.
 */
export function plannedDays(
  accountId: string,
  days: readonly string[],
  plans: readonly CadencePlan[],
  itemsByDay: ReadonlyMap<string, readonly PublishedItem[]>,
): PlannedDay[] {
  plans.forEach(validatePlan);
  const rows: PlannedDay[] = [];
  for (const day of days) {
    const weekday = weekdayOf(day);
    for (const plan of plansInForce(plans, day)) {
      const planned = plan.perWeekday[weekday];
      if (planned <= 0) continue;
      const kinds = plan.kinds ?? DEFAULT_PLAN_KINDS;
      const published = (itemsByDay.get(day) ?? []).filter(
        (item) => kinds.includes(item.kind) && (plan.group === null || item.group === plan.group),
      ).length;
      rows.push({
        accountId,
        group: plan.group,
        day,
        weekday,
        planned,
        published,
        belowPlan: published < planned,
      });
    }
  }
  // Days are already in order; within a day, plans in group order (the account-wide plan first).
  return rows.sort((a, b) => (a.day === b.day ? compareGroups(a.group, b.group) : a.day < b.day ? -1 : 1));
}

function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

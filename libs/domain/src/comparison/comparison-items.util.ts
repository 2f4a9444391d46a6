import { windowContains, isAssignedAt } from '../attribution/shift.util.js';
import { cachedLocalWeekMinute, zoneOffsets } from '../business-hours/local-day.util.js';
import type { AccountFact, AssignmentFact, OperatorFact } from '../model/facts.js';
import { UNASSIGNED_GROUP_LABEL, UNKNOWN_OPERATOR_LABEL } from '../model/facts.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import { isDecided, RESPONSE_WINDOW_SECONDS } from '../responsiveness/response-rate.util.js';
import { slaOutcome } from '../responsiveness/sla-attainment.util.js';
import type { TimedResponse } from '../responsiveness/timed-response.types.js';
import { groupAtResolver } from '../roster/group-at.util.js';
import type { ComparisonItem } from './comparison.types.js';

/** Reduces timed first responses to comparison items; `groupOf` names the side each item counts for. */
export function toComparisonItems(
  responses: readonly TimedResponse[],
  groupOf: (response: TimedResponse) => string,
  dataEnd: Date,
): ComparisonItem[] {
  return responses.map((response): ComparisonItem => {
    const dataError = response.negativeIntervals > 0;
    const observed = response.countsInFrt && response.responseSeconds !== null;
    const sla = slaOutcome(response, dataEnd);
    return {
      accountId: response.inbound.accountId,
      group: groupOf(response),
      stratum: response.stratum,
      receivedAt: response.inbound.createdAt,
      frtCalendarSeconds: observed ? response.responseSeconds : null,
      frtBusinessSeconds: observed ? response.businessSeconds : null,
      respondedWithin72h:
        dataError || !isDecided(response, dataEnd)
          ? null
          : response.responseSeconds !== null && response.responseSeconds <= RESPONSE_WINDOW_SECONDS,
      slaMet: sla === 'met' ? true : sla === 'breached' ? false : null,
    };
  });
}

/**
 * Whose item it was, for the comparison: the sourcing group the roster made responsible when it arrived
 * (every operator assigned and on shift belongs to that one group), else the group of the operator who
 * answered it first, else, for an item nobody answered, the one group assigned to the account at the time
 * (shifts aside), else `unknown`. Responsibility, not authorship, decides: a weekend question the agency
 * left for staff to answer on Monday counts against the agency's weekend, not against the staff. And a team
 * that works office hours does not shed the night questions it never answered: answered ones already count
 * for it through the answerer, so unanswered ones must too, or its response rate would look better than the
 * service its customers got. Only when groups share an account and none was on shift does an unanswered
 * item stay `unknown`: a gap in coverage that belongs to nobody (the report's coverage heat map shows it).
 * Operators in no group count as `unassigned`. Every group is the one the operator was in at the time: an
 * assigned operator's when the item arrived, the responder's when the reply was published (a person who
 * later moved from the agency to staff leaves her agency months with the agency).
 */
export function responsibleGroupResolver(facts: {
  accounts: readonly AccountFact[];
  operators: readonly OperatorFact[];
  assignments: readonly AssignmentFact[];
}): (response: FirstResponse) => string {
  const zones = new Map(facts.accounts.map((account) => [account.id, zoneOffsets(account.timeZone)]));
  const utc = zoneOffsets('UTC');
  const groupAt = groupAtResolver(facts.operators);
  const groupOfOperator = (operatorId: string, at: Date) => groupAt(operatorId, at) ?? UNASSIGNED_GROUP_LABEL;
  const byAccount = new Map<string, AssignmentFact[]>();
  for (const assignment of facts.assignments) {
    const list = byAccount.get(assignment.accountId);
    if (list) list.push(assignment);
    else byAccount.set(assignment.accountId, [assignment]);
  }

  return (response) => {
    const { accountId, createdAt } = response.inbound;
    const zone = zones.get(accountId) ?? utc;
    let onShift: string | null = null;
    let several = false;
    let assigned: string | null = null;
    let severalAssigned = false;
    for (const assignment of byAccount.get(accountId) ?? []) {
      if (!isAssignedAt(assignment, createdAt)) continue;
      const group = groupOfOperator(assignment.operatorId, createdAt);
      if (assigned !== null && assigned !== group) severalAssigned = true;
      assigned = group;
      // As isOnShift, but from a cached offset: no Intl call per item.
      if (assignment.shifts !== null) {
        const local = cachedLocalWeekMinute(createdAt.getTime(), zone);
        if (!assignment.shifts.some((window) => windowContains(window, local))) continue;
      }
      if (onShift !== null && onShift !== group) several = true;
      onShift = group;
    }
    if (onShift !== null && !several) return onShift;
    const reply = response.reply;
    if (reply !== null && reply.operatorId !== null)
      return groupOfOperator(reply.operatorId, reply.createdAt);
    return assigned !== null && !severalAssigned && !several ? assigned : UNKNOWN_OPERATOR_LABEL;
  };
}

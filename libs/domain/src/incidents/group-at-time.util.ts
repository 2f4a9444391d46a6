import { isOnShift } from '../attribution/shift.util.js';
import type { OperatorFact, SourcingGroup } from '../model/facts.js';
import { groupAtResolver } from '../roster/group-at.util.js';
import type { DetectionFacts } from './incident.types.js';

// Resolvers are built once per operator list (detection passes the same array for every draft).
const resolvers = new WeakMap<readonly OperatorFact[], (operatorId: string, at: Date) => SourcingGroup>();

/**
 * The group `operatorId` was in at `at` (dated memberships; the undated group when the facts carry none):
 * an incident keeps the group of its time even after the person moved.
 */
export function operatorGroupAt(
  operators: readonly OperatorFact[],
  operatorId: string,
  at: Date,
): SourcingGroup {
  let resolve = resolvers.get(operators);
  if (resolve === undefined) {
    resolve = groupAtResolver(operators);
    resolvers.set(operators, resolve);
  }
  return resolve(operatorId, at);
}

/**
 * The sourcing group running an account at an instant, for incidents that no single operator caused
 * (streaks, surges): the group of everyone assigned and on shift then (each in the group they were in then),
 * when they all share one group;
 * null when nobody was on shift or groups shared the shift (the incident is nobody's alone).
 */
export function findRosterGroup(
  facts: Pick<DetectionFacts, 'assignments' | 'operators'>,
  accountId: string,
  at: Date,
  timeZone: string,
): string | null {
  const groups = new Set<string | null>();
  for (const assignment of facts.assignments) {
    if (assignment.accountId !== accountId || !isOnShift(assignment, at, timeZone)) continue;
    groups.add(operatorGroupAt(facts.operators, assignment.operatorId, at));
  }
  if (groups.size !== 1) return null;
  return [...groups][0];
}

import { isOnShift } from '../attribution/shift.util.js';
import type { DetectionFacts } from './incident.types.js';

/**
 * The sourcing group running an account at an instant, for incidents that no single operator caused
 * (streaks, surges): the group of everyone assigned and on shift then, when they all share one group;
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
    groups.add(facts.operators.find((o) => o.id === assignment.operatorId)?.sourcingGroup ?? null);
  }
  if (groups.size !== 1) return null;
  return [...groups][0];
}

import type { AssignmentFact } from '../model/facts.js';
import { isOnShift } from './shift.util.js';

/**
 * METRICS.md attribution step 4: the operator when exactly one operator is assigned to the account and on
 * shift at the instant; null when nobody or several are (the roster cannot tell who it was). Two overlapping
 * assignments of the same operator still count as one operator.
 */
export function findRosterOperator(
  assignments: readonly AssignmentFact[],
  accountId: string,
  instant: Date,
  timeZone: string,
): string | null {
  let found: string | null = null;
  for (const assignment of assignments) {
    if (assignment.accountId !== accountId || !isOnShift(assignment, instant, timeZone)) continue;
    if (found !== null && found !== assignment.operatorId) return null;
    found = assignment.operatorId;
  }
  return found;
}

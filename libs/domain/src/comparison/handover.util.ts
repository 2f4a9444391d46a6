import type { AssignmentFact, OperatorFact } from '../model/facts.js';
import { groupPeriodsWithin } from '../roster/group-at.util.js';

/** An account that changed hands: run by one sourcing group alone, then by another alone. */
export interface Handover {
  accountId: string;
  fromGroup: string;
  toGroup: string;
  /** When the new group began to run the account alone. */
  at: Date;
  /**
   * When the old group stopped running it alone. Equal to `at` for a clean cut; earlier when both groups
   * were assigned for a while (onboarding) or nobody was: that transition belongs to neither side.
   */
  transitionFrom: Date;
}

interface Segment {
  from: number;
  to: number;
  groups: ReadonlySet<string>;
}

/**
 * Handovers derived from the assignment history (METRICS.md: before/after for accounts that changed hands).
 * Per account, time is cut at every assignment start and end; each piece has the set of sourcing groups
 * assigned during it (shifts aside). A handover is a piece run by group G alone followed, after any pieces
 * with both or neither, by a piece run by another group H alone. An account where the agency always covers
 * the weekends and staff the weekdays never changed hands: both groups are assigned throughout. Operators
 * in no group are left out (their side is unknown). An assignment counts for the group its operator was in
 * during each part of it: an account whose one operator moved from the agency to staff changed hands at the
 * move, though its assignment did not change.
 */
export function findHandovers(
  assignments: readonly AssignmentFact[],
  operators: readonly OperatorFact[],
): Handover[] {
  const operatorById = new Map(operators.map((operator) => [operator.id, operator]));
  const byAccount = new Map<string, { from: number; to: number; group: string }[]>();
  for (const assignment of assignments) {
    const pieces = groupPeriodsWithin(
      operatorById.get(assignment.operatorId),
      assignment.from.getTime(),
      assignment.to === null ? Infinity : assignment.to.getTime(),
    );
    const list = byAccount.get(assignment.accountId) ?? [];
    for (const { from, to, group } of pieces) if (group !== null) list.push({ from, to, group });
    if (list.length > 0) byAccount.set(assignment.accountId, list);
  }

  const handovers: Handover[] = [];
  for (const accountId of [...byAccount.keys()].sort()) {
    const periods = byAccount.get(accountId)!;
    const cuts = [...new Set(periods.flatMap((p) => [p.from, p.to]))].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const groupsHere = new Set(periods.filter((p) => p.from <= from && p.to >= to).map((p) => p.group));
      const last = segments[segments.length - 1];
      if (last && sameGroups(last.groups, groupsHere)) last.to = to;
      else segments.push({ from, to, groups: groupsHere });
    }
    let sole: { group: string; until: number } | null = null;
    for (const segment of segments) {
      if (segment.groups.size !== 1) continue;
      const [group] = segment.groups;
      if (sole !== null && sole.group !== group) {
        handovers.push({
          accountId,
          fromGroup: sole.group,
          toGroup: group,
          at: new Date(segment.from),
          transitionFrom: new Date(sole.until),
        });
      }
      sole = { group, until: segment.to };
    }
  }
  return handovers;
}

function sameGroups(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((group) => b.has(group));
}

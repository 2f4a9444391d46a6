// Sourcing group membership over time (METRICS.md: "group membership has a validity period: people move,
// contracts end"). Every place that attributes a group to an item asks for the group valid at the item's
// instant, never the operator's group today: a person who moved from the agency to staff keeps her agency
// months in the agency's figures.
import type { OperatorFact, SourcingGroup } from '../model/facts.js';

/** One period of one operator in one sourcing group: [from, to), null ends open. */
export interface GroupMembershipFact {
  operatorId: string;
  group: string;
  /** Inclusive start; null: since the beginning of the data (the first group a person was given). */
  from: Date | null;
  /** Exclusive end; null: still in the group. */
  to: Date | null;
}

/** A period of a timeline without the operator: what one operator's memberships are made of. */
export type GroupPeriod = Omit<GroupMembershipFact, 'operatorId'>;

const startOf = (p: { from: Date | null }) => (p.from === null ? -Infinity : p.from.getTime());
const endOf = (p: { to: Date | null }) => (p.to === null ? Infinity : p.to.getTime());

/**
 * The sourcing group `operatorId` was in at `instant`: the membership with from ≤ instant < to (from
 * inclusive, to exclusive, null ends open). Null when no membership of the operator covers the instant (a
 * gap: no group was valid then, reported as `unassigned`; deliberately not the current group, which would
 * relabel history). Memberships of other operators in the list are ignored.
 */
export function groupAt(
  memberships: readonly GroupMembershipFact[],
  operatorId: string,
  instant: Date,
): SourcingGroup {
  const at = instant.getTime();
  for (const m of memberships) {
    if (m.operatorId === operatorId && startOf(m) <= at && at < endOf(m)) return m.group;
  }
  return null;
}

/**
 * groupAt for many lookups: memberships indexed by operator once. An operator without any dated membership
 * (facts built without history, or an operator never placed in a group) has the undated group of its
 * OperatorFact for all time; one with memberships is read from them alone (a gap is null, as in groupAt).
 * Unknown operator ids give null.
 */
export function groupAtResolver(
  operators: readonly OperatorFact[],
): (operatorId: string, instant: Date) => SourcingGroup {
  const byOperator = new Map<string, { undated: SourcingGroup; periods: readonly GroupPeriod[] | null }>();
  for (const operator of operators) {
    const periods = operator.memberships?.length ? operator.memberships : null;
    byOperator.set(operator.id, { undated: operator.sourcingGroup, periods });
  }
  return (operatorId, instant) => {
    const entry = byOperator.get(operatorId);
    if (entry === undefined) return null;
    if (entry.periods === null) return entry.undated;
    const at = instant.getTime();
    for (const p of entry.periods) if (startOf(p) <= at && at < endOf(p)) return p.group;
    return null;
  };
}

/**
 * The pieces of [from, to) with the group the operator was in during each (null in gaps), in time order:
 * an assignment that spans a move belongs to one group before it and to the other after.
 */
export function groupPeriodsWithin(
  operator: OperatorFact | undefined,
  from: number,
  to: number,
): { from: number; to: number; group: SourcingGroup }[] {
  if (operator === undefined) return [{ from, to, group: null }];
  if (!operator.memberships?.length) return [{ from, to, group: operator.sourcingGroup }];
  const pieces: { from: number; to: number; group: SourcingGroup }[] = [];
  let cursor = from;
  for (const p of [...operator.memberships].sort((a, b) => startOf(a) - startOf(b))) {
    const start = Math.max(startOf(p), from);
    const end = Math.min(endOf(p), to);
    if (end <= start) continue;
    if (start > cursor) pieces.push({ from: cursor, to: start, group: null });
    pieces.push({ from: start, to: end, group: p.group });
    cursor = end;
  }
  if (cursor < to) pieces.push({ from: cursor, to, group: null });
  return pieces;
}

/**
 * One operator's timeline after "in `group` from `from` on" (a roster line, a change through the API).
 * The first group a person is given covers their whole past (from null): before it they were in no group,
 * and the roster's first line is the best knowledge of who they worked for. A later change applies from its
 * instant until the next change already recorded after it (that one stays), so importing an older roster
 * again, or the same one twice, changes nothing. Adjacent periods of one group are merged. The result has
 * no gaps when the input has none.
 */
export function placeInGroup(
  timeline: readonly GroupPeriod[],
  group: string,
  from: Date | null,
): GroupPeriod[] {
  if (timeline.length === 0) return [{ group, from: null, to: null }];
  const at = from === null ? -Infinity : from.getTime();
  const sorted = [...timeline].sort((a, b) => startOf(a) - startOf(b));
  const next: GroupPeriod[] = [];
  let placed = false;
  for (const p of sorted) {
    if (placed || !(startOf(p) <= at && at < endOf(p))) {
      next.push(p);
      continue;
    }
    placed = true;
    if (startOf(p) < at) next.push({ group: p.group, from: p.from, to: from });
    next.push({ group, from, to: p.to });
  }
  // An instant in a gap (or before a timeline that does not reach back): the change fills it up to the
  // next recorded period.
  if (!placed) {
    const following = sorted.find((p) => startOf(p) > at);
    next.push({ group, from, to: following?.from ?? null });
  }
  return mergeAdjacent(next.sort((a, b) => startOf(a) - startOf(b)));
}

/** The group a timeline ends in: the operator's current group as lists show it. */
export function latestGroup(timeline: readonly GroupPeriod[]): SourcingGroup {
  let latest: GroupPeriod | null = null;
  for (const p of timeline) if (latest === null || endOf(p) > endOf(latest)) latest = p;
  return latest?.group ?? null;
}

function mergeAdjacent(periods: GroupPeriod[]): GroupPeriod[] {
  const merged: GroupPeriod[] = [];
  for (const p of periods) {
    const last = merged[merged.length - 1];
    if (last && last.group === p.group && endOf(last) === startOf(p)) last.to = p.to;
    else merged.push({ ...p });
  }
  return merged;
}

// The 24×7 coverage heat map: inbound volume by weekday and hour (the workspace's zone) against who the roster
// had on shift then — staff, agency, both, or nobody. Shifts are read in each account's own zone, as
// attribution reads them (isOnShift); a cell's coverage is what the roster said most often in that
// weekday-hour over the month's days and the accounts.
import {
  IN_HOUSE,
  groupAtResolver,
  isAssignedAt,
  localWeekMinute,
  windowContains,
  type AccountFact,
  type AssignmentFact,
  type InboundItemFact,
  type OperatorFact,
} from '#domain';
import type { CoverageHeatmap, CoverageKind, HeatmapCell } from './engine-sections.model.js';

export interface HeatmapInput {
  from: Date;
  to: Date;
  timeZone: string;
  accounts: readonly AccountFact[];
  operators: readonly OperatorFact[];
  assignments: readonly AssignmentFact[];
  inbound: readonly InboundItemFact[];
}

const HOUR_MS = 3_600_000;
const KINDS: readonly CoverageKind[] = ['staff', 'agency', 'both', 'nobody'];

/** Monday-first row of a weekday numbered from Sunday (ShiftWindow.day, localWeekMinute). */
const rowOf = (sundayFirst: number) => (sundayFirst + 6) % 7;

export function buildCoverageHeatmap(input: HeatmapInput): CoverageHeatmap {
  const groupOf = groupAtResolver(input.operators);
  const zones = new Map(input.accounts.map((a) => [a.id, a.timeZone]));
  const byAccount = new Map<string, AssignmentFact[]>();
  for (const assignment of input.assignments) {
    const list = byAccount.get(assignment.accountId) ?? [];
    list.push(assignment);
    byAccount.set(assignment.accountId, list);
  }
  // isOnShift, from the zone's memoised offsets (localWeekMinute makes no Intl call per instant).
  const localAt = (instant: Date, zone: string) => localWeekMinute(instant, zone);
  const coverageAt = (accountId: string, instant: Date): CoverageKind => {
    let staff = false;
    let agency = false;
    const zone = zones.get(accountId) ?? input.timeZone;
    for (const assignment of byAccount.get(accountId) ?? []) {
      if (!isAssignedAt(assignment, instant)) continue;
      if (assignment.shifts !== null) {
        const local = localAt(instant, zone);
        if (!assignment.shifts.some((window) => windowContains(window, local))) continue;
      }
      const group = groupOf(assignment.operatorId, instant);
      if (group === IN_HOUSE) staff = true;
      else if (group?.startsWith('agency:')) agency = true;
    }
    return staff && agency ? 'both' : staff ? 'staff' : agency ? 'agency' : 'nobody';
  };

  const cells = Array.from({ length: 7 }, () =>
    Array.from({ length: 24 }, () => ({ inbound: 0, uncovered: 0, votes: [0, 0, 0, 0] })),
  );
  const cellOf = (instant: Date) => {
    const local = localAt(instant, input.timeZone);
    return cells[rowOf(local.day)][Math.floor(local.minute / 60)];
  };

  // The roster's answer at the middle of every hour of the month, on every account.
  const first = Math.ceil(input.from.getTime() / HOUR_MS) * HOUR_MS;
  for (let t = first; t < input.to.getTime(); t += HOUR_MS) {
    const instant = new Date(t + HOUR_MS / 2);
    const cell = cellOf(instant);
    for (const account of input.accounts) cell.votes[KINDS.indexOf(coverageAt(account.id, instant))] += 1;
  }

  let totalInbound = 0;
  let uncoveredInbound = 0;
  const from = input.from.getTime();
  const to = input.to.getTime();
  for (const item of input.inbound) {
    const at = item.createdAt.getTime();
    if (!item.actionable || at < from || at >= to) continue;
    const cell = cellOf(item.createdAt);
    cell.inbound += 1;
    totalInbound += 1;
    if (coverageAt(item.accountId, item.createdAt) === 'nobody') {
      cell.uncovered += 1;
      uncoveredInbound += 1;
    }
  }

  const rows = cells.map((hours, weekday) => ({
    weekday,
    cells: hours.map((cell): HeatmapCell => ({
      inbound: cell.inbound,
      uncovered: cell.uncovered,
      coverage: mostFrequent(cell.votes),
    })),
  }));
  return {
    timeZone: input.timeZone,
    rows,
    maxInbound: Math.max(0, ...rows.flatMap((row) => row.cells.map((cell) => cell.inbound))),
    totalInbound,
    uncoveredInbound,
  };
}

// Ties go to the kind listed first; a cell the month never reached (no votes) counts as uncovered.
function mostFrequent(votes: number[]): CoverageKind {
  let best = -1;
  for (let i = 0; i < votes.length; i += 1)
    if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) best = i;
  return best < 0 ? 'nobody' : KINDS[best];
}

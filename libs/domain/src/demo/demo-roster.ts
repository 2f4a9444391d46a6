// Who is on shift for an account, now or next: the generator hands every message to whoever would really see it.
import type { DemoAssignment } from './demo.types.js';
import { isWithinWindows, nextWindowStart } from './zoned-time.js';

export interface Coverage {
  assignment: DemoAssignment;
  /** Epoch milliseconds at which the assignment's operator can first pick the message up. */
  atMs: number;
}

function activeAt(assignment: DemoAssignment, instantMs: number): boolean {
  return (
    assignment.from.getTime() <= instantMs && (assignment.to === null || instantMs < assignment.to.getTime())
  );
}

/** Assignments of one account whose operator is on shift at the instant. */
export function onShiftAt(
  assignments: readonly DemoAssignment[],
  instantMs: number,
  timeZone: string,
): DemoAssignment[] {
  return assignments.filter(
    (a) => activeAt(a, instantMs) && (a.shifts === null || isWithinWindows(a.shifts, instantMs, timeZone)),
  );
}

/** The earliest moment at or after the instant when someone is on shift; list order breaks ties. */
export function nextCoverage(
  assignments: readonly DemoAssignment[],
  instantMs: number,
  timeZone: string,
): Coverage | null {
  let best: Coverage | null = null;
  for (const assignment of assignments) {
    const earliest = Math.max(instantMs, assignment.from.getTime());
    const atMs =
      assignment.shifts === null ? earliest : nextWindowStart(assignment.shifts, earliest, timeZone);
    if (atMs === null || (assignment.to !== null && atMs >= assignment.to.getTime())) continue;
    if (best === null || atMs < best.atMs) best = { assignment, atMs };
  }
  return best;
}

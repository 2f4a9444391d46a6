import type { AssignmentFact, ShiftWindow } from '../model/facts.js';
import { localWeekMinute, type LocalWeekMinute } from './local-time.util.js';

/**
 * Whether a local weekday/minute falls in a weekly window. Start inclusive, end exclusive. A window whose
 * end is before its start runs past midnight into the next day (a night shift 22:00–06:00); start equal
 * to end is empty. Windows are wall-clock time, so a night shift over a DST change is an hour shorter or
 * longer, as the people working it experience it.
 */
export function windowContains(window: ShiftWindow, local: LocalWeekMinute): boolean {
  const { day, startMinute, endMinute } = window;
  if (startMinute < endMinute) {
    return local.day === day && local.minute >= startMinute && local.minute < endMinute;
  }
  if (endMinute < startMinute) {
    return (
      (local.day === day && local.minute >= startMinute) ||
      (local.day === (day + 1) % 7 && local.minute < endMinute)
    );
  }
  return false;
}

/** Whether the instant lies in the assignment's period [from, to), shifts aside. */
export function isAssignedAt(assignment: AssignmentFact, instant: Date): boolean {
  const t = instant.getTime();
  return t >= assignment.from.getTime() && (assignment.to === null || t < assignment.to.getTime());
}

/**
 * Whether the operator of an assignment is on shift at the instant. Shift windows are read in the account's
 * time zone (passed in), so a 08:00 start stays 08:00 local across daylight saving changes. Null shifts:
 * on shift at any time within [from, to).
 */
export function isOnShift(assignment: AssignmentFact, instant: Date, timeZone: string): boolean {
  if (!isAssignedAt(assignment, instant)) return false;
  if (assignment.shifts === null) return true;
  const local = localWeekMinute(instant, timeZone);
  return assignment.shifts.some((window) => windowContains(window, local));
}

import { addMonths, monthOf, monthPeriod } from '#domain';

/**
 * The monthly report that is due at `now` in a workspace's time zone: the previous month, whose slot starts at
 * local midnight on the 1st of the current month (Vienna: 23:00 or 22:00 UTC the day before).
 */
export function dueMonthlyReport(now: Date, timeZone: string): { month: string; slot: Date } {
  const current = monthOf(now, timeZone);
  return { month: addMonths(current, -1), slot: monthPeriod(current, timeZone).from };
}

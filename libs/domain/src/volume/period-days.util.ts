import { addDays, dayStart, localDay } from '../time/zoned-date.util.js';

/**
 * The local calendar days of [from, to) in a time zone: every day whose local midnight lies in the
 * period. A period that starts or ends in the middle of a local day leaves that day out rather than
 * comparing a part-day with a whole day's plan.
 */
export function periodDays(from: Date, to: Date, timeZone: string): string[] {
  const days: string[] = [];
  for (let day = localDay(from, timeZone); dayStart(day, timeZone) < to; day = addDays(day, 1)) {
    if (dayStart(day, timeZone) >= from) days.push(day);
  }
  return days;
}

/** 0 = Sunday … 6 = Saturday of a calendar date YYYY-MM-DD (a date has a weekday whatever the zone). */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/**
 * Finds the local day of instants among the given consecutive days by binary search over their starts:
 * one time-zone conversion per day instead of one per item (a month of a million items stays fast).
 * Returns null for an instant outside the days.
 */
export function dayLocator(days: readonly string[], timeZone: string): (instant: Date) => string | null {
  if (days.length === 0) return () => null;
  const starts = days.map((day) => dayStart(day, timeZone).getTime());
  const end = dayStart(addDays(days[days.length - 1], 1), timeZone).getTime();
  return (instant) => {
    const t = instant.getTime();
    if (t < starts[0] || t >= end) return null;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return days[lo];
  };
}

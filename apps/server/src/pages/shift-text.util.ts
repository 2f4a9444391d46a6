import type { BusinessHoursWindow } from '#persistence';

/** "Mon 09:00–17:00, Sat 10:00–14:00" with day names in the reader's language. */
export function shiftText(shifts: BusinessHoursWindow[] | null, intlLocale: string): string | null {
  if (!shifts || shifts.length === 0) return null;
  const weekday = new Intl.DateTimeFormat(intlLocale, { weekday: 'short', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: day 0.
  const dayName = (day: number) => weekday.format(new Date(Date.UTC(2023, 0, 1 + day)));
  const clock = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return [...shifts]
    .sort((a, b) => a.day - b.day || a.startMinute - b.startMinute)
    .map((w) => `${dayName(w.day)} ${clock(w.startMinute)}–${clock(w.endMinute)}`)
    .join(', ');
}

// When a month's report is mailed: on the first working day of the next month, from a set hour in the
// workspace's zone. Working days are Monday to Friday, less the public holidays of the delivery settings'
// calendar (date-holidays codes: `AT`, `DE-BY`, `AT-9`); a holiday from noon leaves the morning a working day.
import { addDays, addMonths, monthOf, publicHolidayClosures, zonedTimeToUtc } from '#domain';

/** `AT`, `DE-BY`, `AT-9` → the calendar publicHolidayClosures reads; null for none. */
export function parseHolidayCalendar(code: string | null): { country: string; state: string | null } | null {
  if (!code) return null;
  const match = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/.exec(code.trim());
  if (!match)
    throw new Error(`A holiday calendar is a country code with an optional state: AT, DE-BY; got "${code}"`);
  return { country: match[1].toUpperCase(), state: match[2]?.toUpperCase() ?? null };
}

/** The first working day of a month, YYYY-MM-DD. */
export function firstWorkingDay(month: string, holidayCalendar: string | null): string {
  const calendar = parseHolidayCalendar(holidayCalendar);
  const year = Number(month.slice(0, 4));
  const closures = calendar ? publicHolidayClosures(calendar, year) : new Map<string, number>();
  let day = `${month}-01`;
  // A month has at least 20 weekdays; 15 days always reach a working day, even after Christmas and Easter.
  for (let i = 0; i < 15; i += 1, day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const closedFrom = closures.get(day);
    if (weekday !== 0 && weekday !== 6 && closedFrom !== 0) return day;
  }
  throw new Error(`No working day in the first two weeks of ${month}: check the holiday calendar`);
}

/**
 * The instant a month's report is due to be mailed: the first working day of the following month at
 * `sendHour` o'clock in the zone.
 */
export function deliveryDueAt(
  reportMonth: string,
  timeZone: string,
  sendHour: number,
  holidayCalendar: string | null,
): Date {
  const day = firstWorkingDay(addMonths(reportMonth, 1), holidayCalendar);
  const [year, month, date] = day.split('-').map(Number);
  return zonedTimeToUtc({ year, month, day: date, hour: sendHour }, timeZone);
}

/**
 * The report delivery that falls into the month of `now` (workspace zone): last month's report, due on this
 * month's first working day at the send hour. The caller enqueues it once `now` has reached `dueAt`.
 */
export function currentReportDelivery(
  now: Date,
  timeZone: string,
  settings: { sendHour: number; holidayCalendar: string | null },
): { month: string; dueAt: Date } {
  const month = addMonths(monthOf(now, timeZone), -1);
  return { month, dueAt: deliveryDueAt(month, timeZone, settings.sendHour, settings.holidayCalendar) };
}

// Time strata (METRICS.md, Comparison): weekday business hours, weekday off-hours, weekend. An agency that
// covers nights and weekends is compared with staff within the same stratum, never across them.
import type { ShiftWindow } from '../model/facts.js';
import type { BusinessHours } from './business-hours.types.js';
import { isOpenAt } from './business-hours.util.js';
import { weekdayOfDayNumber } from './local-day.util.js';

export const TIME_STRATA = ['weekday_business_hours', 'weekday_off_hours', 'weekend'] as const;
export type TimeStratum = (typeof TIME_STRATA)[number];

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * Office hours that define the strata of an account without a weekly schedule: Monday to Friday, 09:00 to
 * 17:00 local. Such an account's business-hours clock runs around the clock, but "weekday business hours"
 * against "weekday off-hours" must still mean something when an agency covers the evenings.
 */
export const DEFAULT_STRATUM_HOURS: readonly ShiftWindow[] = [1, 2, 3, 4, 5].map((day) => ({
  day,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));

/**
 * The stratum of an instant in the account's zone, by the hours given (the account's schedule, or
 * DEFAULT_STRATUM_HOURS when it has none): Saturday, Sunday and whole-day holidays are `weekend`; on other
 * days open hours are `weekday_business_hours` and the rest `weekday_off_hours`.
 */
export function timeStratumOf(instant: Date, hours: BusinessHours): TimeStratum {
  const day = hours.dayNumberOf(instant.getTime());
  const weekday = weekdayOfDayNumber(day);
  if (weekday === SATURDAY || weekday === SUNDAY || hours.isClosedAllDay(day)) return 'weekend';
  return isOpenAt(instant, hours) ? 'weekday_business_hours' : 'weekday_off_hours';
}

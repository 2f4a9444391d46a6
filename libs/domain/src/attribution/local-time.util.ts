// Wall-clock weekday and minute of an instant in a time zone; daylight saving time follows the IANA database
// (through Intl's offsets), not fixed offsets.
import { cachedLocalWeekMinute, zoneOffsets, type ZoneOffsets } from '../business-hours/local-day.util.js';

export interface LocalWeekMinute {
  /** 0 = Sunday … 6 = Saturday, as ShiftWindow.day. */
  day: number;
  /** Minutes since local midnight. */
  minute: number;
}

/**
 * Weekday and minute of the day of the instant in the zone. From the zone's memoised offsets (exact: they
 * change on quarter-hour boundaries) rather than an Intl call per instant: the coverage heat map and the
 * roster ask for every item of a month.
 */
export function localWeekMinute(instant: Date, timeZone: string): LocalWeekMinute {
  let zone: ZoneOffsets;
  try {
    zone = zoneOffsets(timeZone);
  } catch (error) {
    throw new Error(`Unknown time zone ${JSON.stringify(timeZone)}`, { cause: error });
  }
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new Error(`Cannot read the weekday of an invalid date in ${timeZone}`);
  return cachedLocalWeekMinute(t, zone);
}

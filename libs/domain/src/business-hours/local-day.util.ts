// Local calendar days as integers (days since 1970-01-01 in the account's zone), so that the business-hours
// clock can cache one day's open intervals and find an instant's day with one cached offset lookup
// instead of an Intl call per item.
import type { LocalWeekMinute } from '../attribution/local-time.util.js';
import { DAY_MS, MINUTE_MS } from '../time/time-units.js';
import { zoneOffsetMs } from '../time/zoned-date.util.js';

// Offsets change on quarter-hour boundaries in every zone in use (Newfoundland changes at 05:30 UTC), so
// one lookup per quarter hour is exact.
const BUCKET_MS = 15 * MINUTE_MS;
const CACHE_LIMIT = 500_000;

/** A time zone's UTC offsets, memoised per quarter hour under integer keys (a month is ~3,000 entries). */
export interface ZoneOffsets {
  readonly timeZone: string;
  /** Local time minus UTC at the instant, in milliseconds. */
  offsetMs(instantMs: number): number;
}

const zones = new Map<string, ZoneOffsets>();

export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    const cache = new Map<number, number>();
    zone = {
      timeZone,
      offsetMs: (instantMs) => {
        const bucket = Math.floor(instantMs / BUCKET_MS);
        let offset = cache.get(bucket);
        if (offset === undefined) {
          if (cache.size >= CACHE_LIMIT) cache.clear();
          offset = zoneOffsetMs(bucket * BUCKET_MS, timeZone);
          cache.set(bucket, offset);
        }
        return offset;
      },
    };
    zone.offsetMs(0); // an unknown zone fails here, once, with Intl's RangeError
    zones.set(timeZone, zone);
  }
  return zone;
}

/** The local day an instant falls on, as days since 1970-01-01 (local). */
export function localDayNumber(instantMs: number, zone: ZoneOffsets): number {
  return Math.floor((instantMs + zone.offsetMs(instantMs)) / DAY_MS);
}

/** Weekday and minute of the day, as localWeekMinute gives them, from the cached offset (no Intl call). */
export function cachedLocalWeekMinute(instantMs: number, zone: ZoneOffsets): LocalWeekMinute {
  const wall = instantMs + zone.offsetMs(instantMs);
  const day = Math.floor(wall / DAY_MS);
  return { day: weekdayOfDayNumber(day), minute: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/** 0 = Sunday … 6 = Saturday, as ShiftWindow.day; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** YYYY-MM-DD of a local day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant at which the local wall clock shows `minute` (0…1440) on the local day. Two passes, as in
 * zonedTimeToUtc: a wall time in the spring-forward gap maps to the end of the gap (so an hour that does not
 * exist has no length), and one in the repeated autumn hour to its second occurrence.
 */
export function wallClockToInstantMs(day: number, minute: number, zone: ZoneOffsets): number {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const guess = wall - zone.offsetMs(wall);
  return wall - zone.offsetMs(guess);
}

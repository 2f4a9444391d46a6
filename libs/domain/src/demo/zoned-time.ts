// Wall-clock arithmetic in an IANA time zone, just enough for the demo generator: where in the local week an
// instant falls, and when a weekly window next opens. Instants are epoch milliseconds; Dates cross the API.
import type { ShiftWindow } from '../model/facts.js';
import { DAY_MS, MINUTE_MS, WEEK_MS } from '../time/time-units.js';
import { zoneOffsetMs } from '../time/zoned-date.util.js';

// 1970-01-01 was a Thursday: shifting by four days makes 0 mean Sunday 00:00, as ShiftWindow counts days.
const EPOCH_TO_SUNDAY_MS = 4 * DAY_MS;

/** Milliseconds since local Sunday 00:00 of the week the instant falls in. */
export function localWeekMs(instantMs: number, timeZone: string): number {
  const local = instantMs + zoneOffsetMs(instantMs, timeZone) + EPOCH_TO_SUNDAY_MS;
  return ((local % WEEK_MS) + WEEK_MS) % WEEK_MS;
}

export interface LocalWeekTime {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** Whole minutes since local midnight. */
  minute: number;
}

export function localWeekTime(instant: Date | number, timeZone: string): LocalWeekTime {
  const weekMs = localWeekMs(+instant, timeZone);
  return { day: Math.floor(weekMs / DAY_MS), minute: Math.floor((weekMs % DAY_MS) / MINUTE_MS) };
}

function windowBounds(window: ShiftWindow): [number, number] {
  const dayStart = window.day * DAY_MS;
  return [dayStart + window.startMinute * MINUTE_MS, dayStart + window.endMinute * MINUTE_MS];
}

export function isWithinWindows(
  windows: readonly ShiftWindow[],
  instant: Date | number,
  timeZone: string,
): boolean {
  const weekMs = localWeekMs(+instant, timeZone);
  return windows.some((window) => {
    const [start, end] = windowBounds(window);
    return weekMs >= start && weekMs < end;
  });
}

/** The earliest instant at or after `instantMs` inside one of the weekly windows; null when there are none. */
export function nextWindowStart(
  windows: readonly ShiftWindow[],
  instantMs: number,
  timeZone: string,
): number | null {
  const offset = zoneOffsetMs(instantMs, timeZone);
  const weekMs = localWeekMs(instantMs, timeZone);
  let wait = Number.POSITIVE_INFINITY;
  for (const window of windows) {
    const [start, end] = windowBounds(window);
    if (end <= start) continue;
    if (weekMs >= start && weekMs < end) return instantMs;
    wait = Math.min(wait, (((start - weekMs) % WEEK_MS) + WEEK_MS) % WEEK_MS);
  }
  if (!Number.isFinite(wait)) return null;
  const naive = instantMs + wait;
  // Across a DST change the wall clock moves by an hour more or less than elapsed time does.
  return Math.max(instantMs, naive - (zoneOffsetMs(naive, timeZone) - offset));
}

/** Local midnight starting the day the instant falls in, as an instant. */
export function startOfLocalDay(instantMs: number, timeZone: string): number {
  const local = instantMs + zoneOffsetMs(instantMs, timeZone);
  const midnightLocal = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  // Use the offset valid at midnight itself, which may differ from the instant's on a DST day.
  const guess = midnightLocal - zoneOffsetMs(instantMs, timeZone);
  return midnightLocal - zoneOffsetMs(guess, timeZone);
}

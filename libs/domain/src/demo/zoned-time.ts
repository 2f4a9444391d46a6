// Wall-clock arithmetic in an IANA time zone, just enough for the demo generator: where in the local week an
// instant falls, and when a weekly window next opens. Instants are epoch milliseconds; Dates cross the API.
import type { ShiftWindow } from '../model/facts.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday: shifting by four days makes 0 mean Sunday 00:00, as ShiftWindow counts days.
const EPOCH_TO_SUNDAY_MS = 4 * DAY_MS;
// Offsets change on quarter-hour boundaries in every zone in use, so one lookup per quarter hour is exact.
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 100_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
// Memoisation only (deterministic): Intl formatting is the generator's slowest step by far.
const offsets = new Map<string, number>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local time minus UTC, in milliseconds, at the given instant (e.g. +3,600,000 for Vienna in winter). */
export function timeZoneOffsetMs(instantMs: number, timeZone: string): number {
  const bucketStart = Math.floor(instantMs / OFFSET_BUCKET_MS) * OFFSET_BUCKET_MS;
  const key = `${timeZone}|${bucketStart}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(bucketStart))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClockAsUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const offset = wallClockAsUtc - bucketStart;
  if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** Milliseconds since local Sunday 00:00 of the week the instant falls in. */
export function localWeekMs(instantMs: number, timeZone: string): number {
  const local = instantMs + timeZoneOffsetMs(instantMs, timeZone) + EPOCH_TO_SUNDAY_MS;
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
  const offset = timeZoneOffsetMs(instantMs, timeZone);
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
  return Math.max(instantMs, naive - (timeZoneOffsetMs(naive, timeZone) - offset));
}

/** Local midnight starting the day the instant falls in, as an instant. */
export function startOfLocalDay(instantMs: number, timeZone: string): number {
  const local = instantMs + timeZoneOffsetMs(instantMs, timeZone);
  const midnightLocal = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  // Use the offset valid at midnight itself, which may differ from the instant's on a DST day.
  const guess = midnightLocal - timeZoneOffsetMs(instantMs, timeZone);
  return midnightLocal - timeZoneOffsetMs(guess, timeZone);
}

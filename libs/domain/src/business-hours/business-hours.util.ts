// The business-hours clock (METRICS.md, Business-hours FRT): intervals that count only the account's open
// hours in its time zone, weekly schedule and holidays, correct across daylight-saving changes.
import type { ShiftWindow } from '../model/facts.js';
import type { BusinessHours, BusinessHoursSpec } from './business-hours.types.js';
import { holidayOverrides, publicHolidayClosures, type HolidayClosedFrom } from './holiday-calendar.util.js';
import {
  dateOfDayNumber,
  localDayNumber,
  wallClockToInstantMs,
  weekdayOfDayNumber,
  zoneOffsets,
  type ZoneOffsets,
} from './local-day.util.js';

type Minutes = [number, number];

const FULL_DAY = 1440;
// Searching for a deadline gives up after this many days without open hours (a year of closed days).
const MAX_SEARCH_DAYS = 400;

/**
 * Compiles open hours. Rules:
 * - A window belongs to the day it starts on. A holiday or closed day closes the windows that start on it,
 *   including their part after midnight; a night window that started the evening before still runs.
 * - A holiday starting later in the day (a half-day holiday) closes the day from then on.
 * - A bare open day re-opens a holiday with the weekly hours; an open day with hours replaces that day's
 *   weekly windows.
 * - No weekly windows: open around the clock, holidays and closed days still close.
 */
export function createBusinessHours(spec: BusinessHoursSpec): BusinessHours {
  const { timeZone } = spec;
  const zone = zoneOffsets(timeZone);
  const scheduled = (spec.weekly?.length ?? 0) > 0;
  const weekly = scheduled ? compileWeek(spec.weekly!) : aroundTheClock();
  const overrides = holidayOverrides(spec.holidays);
  const holidayYears = new Map<number, ReadonlyMap<string, HolidayClosedFrom>>();

  const closedFrom = (date: string): HolidayClosedFrom | null => {
    if (overrides.reopened.has(date)) return null;
    if (overrides.closed.has(date)) return 0;
    if (!spec.holidays?.country) return null;
    const closuresOf = (year: number) => {
      let closures = holidayYears.get(year);
      if (!closures) holidayYears.set(year, (closures = publicHolidayClosures(spec.holidays!, year)));
      return closures;
    };
    const year = Number(date.slice(0, 4));
    // A holiday of several days that starts on 31 December is listed under the year it starts in.
    return closuresOf(year).get(date) ?? closuresOf(year - 1).get(date) ?? null;
  };

  const cache = new Map<number, Float64Array>();
  const openIntervals = (day: number): Float64Array => {
    let intervals = cache.get(day);
    if (!intervals) cache.set(day, (intervals = buildDay(day)));
    return intervals;
  };
  const closedAllDay = new Map<number, boolean>();

  const buildDay = (day: number): Float64Array => {
    const date = dateOfDayNumber(day);
    const weekday = weekdayOfDayNumber(day);
    const minutes: Minutes[] = [];
    const own = overrides.ownHours.get(date);
    if (own) minutes.push(...own);
    else {
      const closed = closedFrom(date);
      for (const [start, end] of weekly.own[weekday]) {
        if (closed === null) minutes.push([start, end]);
        else if (start < closed) minutes.push([start, Math.min(end, closed)]);
      }
    }
    // The part after midnight of windows that started yesterday, unless yesterday was closed or had its
    // own hours (own hours never run past midnight).
    const yesterday = dateOfDayNumber(day - 1);
    if (!overrides.ownHours.has(yesterday) && closedFrom(yesterday) === null) {
      minutes.push(...weekly.spill[weekday]);
    }
    return toInstants(day, merge(minutes), zone);
  };

  return {
    timeZone,
    scheduled,
    dayNumberOf: (instantMs) => localDayNumber(instantMs, zone),
    openIntervals,
    isClosedAllDay: (day) => {
      let closed = closedAllDay.get(day);
      if (closed === undefined) {
        const date = dateOfDayNumber(day);
        closedAllDay.set(day, (closed = !overrides.ownHours.has(date) && closedFrom(date) === 0));
      }
      return closed;
    },
  };
}

/** Open seconds between two instants (METRICS.md business-hours FRT); negative when end is before start. */
export function businessSecondsBetween(start: Date, end: Date, hours: BusinessHours): number {
  return businessMsBetween(start.getTime(), end.getTime(), hours) / 1000;
}

export function businessMsBetween(startMs: number, endMs: number, hours: BusinessHours): number {
  if (endMs < startMs) return -businessMsBetween(endMs, startMs, hours);
  const first = hours.dayNumberOf(startMs);
  const last = hours.dayNumberOf(endMs);
  let total = 0;
  for (let day = first; day <= last; day += 1) {
    const intervals = hours.openIntervals(day);
    for (let i = 0; i < intervals.length; i += 2) {
      const from = Math.max(intervals[i], startMs);
      const to = Math.min(intervals[i + 1], endMs);
      if (to > from) total += to - from;
    }
  }
  return total;
}

/**
 * The instant at which `seconds` of open time have passed since `start` (an SLA deadline). Null when no
 * such instant comes within a year of closed days. Zero seconds: the start itself.
 */
export function addBusinessSeconds(start: Date, seconds: number, hours: BusinessHours): Date | null {
  if (!(seconds >= 0)) throw new RangeError(`seconds must be >= 0, got ${seconds}`);
  const startMs = start.getTime();
  if (seconds === 0) return new Date(startMs);
  let remaining = seconds * 1000;
  const first = hours.dayNumberOf(startMs);
  for (let day = first; day < first + MAX_SEARCH_DAYS; day += 1) {
    const intervals = hours.openIntervals(day);
    for (let i = 0; i < intervals.length; i += 2) {
      const from = Math.max(intervals[i], startMs);
      const available = intervals[i + 1] - from;
      if (available <= 0) continue;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  return null;
}

/** Whether the account is open at the instant (start of a window inclusive, end exclusive). */
export function isOpenAt(instant: Date, hours: BusinessHours): boolean {
  const t = instant.getTime();
  const intervals = hours.openIntervals(hours.dayNumberOf(t));
  for (let i = 0; i < intervals.length; i += 2) if (t >= intervals[i] && t < intervals[i + 1]) return true;
  return false;
}

interface CompiledWeek {
  /** Per weekday, the windows starting that day, up to midnight. */
  own: Minutes[][];
  /** Per weekday, the parts after midnight of windows that started the day before. */
  spill: Minutes[][];
}

function compileWeek(windows: readonly ShiftWindow[]): CompiledWeek {
  const own: Minutes[][] = Array.from({ length: 7 }, () => []);
  const spill: Minutes[][] = Array.from({ length: 7 }, () => []);
  for (const window of windows) {
    const { day, startMinute: start, endMinute: end } = window;
    const minute = (m: number) => Number.isInteger(m) && m >= 0 && m <= FULL_DAY;
    if (!Number.isInteger(day) || day < 0 || day > 6 || !minute(start) || !minute(end)) {
      throw new Error(`business hours window ${JSON.stringify(window)}: day 0–6, minutes 0–1440`);
    }
    // As windowContains: start equal to end is empty, end before start runs past midnight.
    if (start < end) own[day].push([start, end]);
    else if (end < start) {
      own[day].push([start, FULL_DAY]);
      if (end > 0) spill[(day + 1) % 7].push([0, end]);
    }
  }
  return { own, spill };
}

function aroundTheClock(): CompiledWeek {
  return {
    own: Array.from({ length: 7 }, () => [[0, FULL_DAY] as Minutes]),
    spill: Array.from({ length: 7 }, () => []),
  };
}

function merge(minutes: Minutes[]): Minutes[] {
  const sorted = minutes.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Minutes[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function toInstants(day: number, minutes: Minutes[], zone: ZoneOffsets): Float64Array {
  const instants: number[] = [];
  for (const [start, end] of minutes) {
    const from = wallClockToInstantMs(day, start, zone);
    const to =
      end === FULL_DAY ? wallClockToInstantMs(day + 1, 0, zone) : wallClockToInstantMs(day, end, zone);
    // A window inside the spring-forward gap has no length; one across it is an hour shorter.
    if (to > from) instants.push(from, to);
  }
  return Float64Array.from(instants);
}

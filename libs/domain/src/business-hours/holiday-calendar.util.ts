// Holidays from the maintained calendar of the date-holidays package (METRICS.md: business hours honour
// holidays), merged with the account's explicit closed and open days. Pure: the package computes holidays
// from rules it ships with; nothing is fetched and no clock is read (years are always passed in).
import Holidays from 'date-holidays';
import type { ExtraOpenDay, HolidayCalendar, HolidayType } from '../model/business-hours.types.js';
import { addDays } from '../time/zoned-date.util.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Local minute from which a day is closed: 0 for a whole-day holiday, 720 for a holiday from noon. */
export type HolidayClosedFrom = number;

// date-holidays builds its rule set per country on construction; years are cheap after that. Memoised
// because every account of a country shares the same calendar (deterministic, so safe to cache).
const calendars = new Map<string, Holidays>();
const closuresByYear = new Map<string, ReadonlyMap<string, HolidayClosedFrom>>();

function calendarFor(country: string, state: string | null, region: string | null): Holidays {
  const key = `${country}|${state ?? ''}|${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new Holidays();
    // The package silently falls back to the country for an unknown state: refuse instead, a typo in a
    // state code would otherwise drop the regional holidays without a word.
    if (!Object.hasOwn(calendar.getCountries(), country))
      throw new Error(`Unknown holiday country "${country}"`);
    if (state && !Object.hasOwn(calendar.getStates(country) ?? {}, state)) {
      throw new Error(`Unknown holiday state "${state}" of ${country}`);
    }
    if (state && region && !Object.hasOwn(calendar.getRegions(country, state) ?? {}, region)) {
      throw new Error(`Unknown holiday region "${region}" of ${country}-${state}`);
    }
    if (state && region) calendar.init(country, state, region);
    else if (state) calendar.init(country, state);
    else calendar.init(country);
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * The days one year's holidays close, as local date → minute the closure starts. A holiday that starts
 * at midnight closes the whole day; one that starts later (half-day holidays from noon) closes the rest
 * of the day; one that lasts several days closes the following days whole.
 */
export function publicHolidayClosures(
  calendar: HolidayCalendar,
  year: number,
): ReadonlyMap<string, HolidayClosedFrom> {
  if (!calendar.country) return new Map();
  const types: readonly HolidayType[] = calendar.types ?? ['public'];
  const key = `${calendar.country}|${calendar.state ?? ''}|${calendar.region ?? ''}|${[...types].sort()}|${year}`;
  const cached = closuresByYear.get(key);
  if (cached) return cached;
  const closures = new Map<string, HolidayClosedFrom>();
  for (const holiday of calendarFor(
    calendar.country,
    calendar.state ?? null,
    calendar.region ?? null,
  ).getHolidays(year)) {
    if (!types.includes(holiday.type)) continue;
    // `date` is the local wall-clock start, "YYYY-MM-DD hh:mm:ss"; start/end give the duration.
    const [day, time = '00:00'] = holiday.date.split(' ');
    const [hour, minute] = time.split(':').map(Number);
    const days = Math.max(1, Math.ceil((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS - 1e-9));
    for (let i = 0; i < days; i += 1) {
      const date = i === 0 ? day : addDays(day, i);
      const from = i === 0 ? hour * 60 + minute : 0;
      closures.set(date, Math.min(from, closures.get(date) ?? 1440));
    }
  }
  closuresByYear.set(key, closures);
  return closures;
}

/** The account's own additions and exceptions, checked once. */
export interface HolidayOverrides {
  closed: ReadonlySet<string>;
  /** Bare dates: holidays the account works through with its weekly hours. */
  reopened: ReadonlySet<string>;
  /** Dates opened with their own hours, local minutes [start, end). */
  ownHours: ReadonlyMap<string, readonly [number, number][]>;
}

export function holidayOverrides(calendar: HolidayCalendar | null | undefined): HolidayOverrides {
  const closed = new Set<string>();
  const reopened = new Set<string>();
  const ownHours = new Map<string, [number, number][]>();
  for (const date of calendar?.closedDays ?? []) closed.add(checkDate(date));
  for (const entry of calendar?.openDays ?? []) {
    if (typeof entry === 'string') {
      reopened.add(checkDate(entry));
      continue;
    }
    const { date, startMinute, endMinute } = checkOpenDay(entry);
    const hours = ownHours.get(date) ?? [];
    if (startMinute < endMinute) hours.push([startMinute, endMinute]);
    ownHours.set(date, hours);
  }
  return { closed, reopened, ownHours };
}

function checkDate(date: string): string {
  if (!DATE_PATTERN.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`holiday dates must be YYYY-MM-DD, got "${date}"`);
  }
  return date;
}

function checkOpenDay(day: ExtraOpenDay): ExtraOpenDay {
  checkDate(day.date);
  const valid = (minute: number) => Number.isInteger(minute) && minute >= 0 && minute <= 1440;
  if (!valid(day.startMinute) || !valid(day.endMinute) || day.endMinute < day.startMinute) {
    throw new Error(`open day ${day.date} needs 0 <= startMinute <= endMinute <= 1440`);
  }
  return day;
}

import type { HolidayCalendar } from '../model/business-hours.types.js';
import type { ShiftWindow } from '../model/facts.js';

/** What an account's open hours are made of. */
export interface BusinessHoursSpec {
  /** IANA time zone the windows and holidays are read in. */
  timeZone: string;
  /**
   * Weekly windows (ShiftWindow: day 0 = Sunday, local minutes, start inclusive, end exclusive; end before
   * start runs past midnight). Null or empty: open around the clock.
   */
  weekly?: readonly ShiftWindow[] | null;
  holidays?: HolidayCalendar | null;
}

/**
 * An account's open hours, compiled: open intervals per local day, computed once per day and cached. Build
 * one with createBusinessHours and pass it to businessSecondsBetween, addBusinessSeconds, isOpenAt and
 * timeStratumOf.
 */
export interface BusinessHours {
  readonly timeZone: string;
  /** False when no weekly windows were given: open around the clock except on closed days. */
  readonly scheduled: boolean;
  /** The local day number (days since 1970-01-01 local) of an instant. */
  dayNumberOf(instantMs: number): number;
  /**
   * Open intervals within the local day, as epoch milliseconds [start₀, end₀, start₁, end₁, …]: ascending,
   * disjoint, inside the day. A window past midnight shows up in both days it touches.
   */
  openIntervals(day: number): Float64Array;
  /** Whether a holiday or closed day closes the whole local day. */
  isClosedAllDay(day: number): boolean;
}

// Open hours of an account, as the business-hours clock and the time strata read them (METRICS.md:
// business-hours FRT counts "only the account's open hours (time zone, weekly schedule, holidays)").

/** A day opened with its own hours, in local minutes since midnight (end exclusive, at most 1440). */
export interface ExtraOpenDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  startMinute: number;
  endMinute: number;
}

/** Holiday types of the date-holidays package; only `public` closes an account unless told otherwise. */
export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

/**
 * Which days an account is closed although its weekly schedule says open. Holidays come from the
 * maintained calendar of the date-holidays package by country (ISO 3166-1, e.g. `AT`), state (its
 * subdivision code, e.g. `9` for Vienna, `BY` for Bavaria) and region; explicit dates override it.
 */
export interface HolidayCalendar {
  /** Null or absent: no public holidays, only the explicit dates below. */
  country?: string | null;
  state?: string | null;
  region?: string | null;
  /** Which holiday types close the account. Default ['public']. */
  types?: readonly HolidayType[];
  /** Extra closed days, local YYYY-MM-DD (company holidays, a closed bridge day). */
  closedDays?: readonly string[];
  /**
   * Days open although the calendar closes them. A bare date re-opens a holiday with the weekly hours
   * (the team works on Whit Monday); an ExtraOpenDay opens the day with its own hours instead (a Saturday
   * sale), whatever the weekly schedule says for that weekday.
   */
  openDays?: readonly (string | ExtraOpenDay)[];
}

// twcs `created_at` values. The dataset uses Twitter's classic format (`Wed Oct 11 06:55:44 +0000 2017`);
// a copy re-saved by pandas with parsed dates has ISO 8601 (`2017-10-11 06:55:44+00:00`). Both carry an
// explicit offset, so the instant is never guessed. The Twitter format is read at fixed positions, without
// a regular expression or Date.parse (slow, and lenient about nonsense such as 31 November).

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** The instant, or null when the value is not a complete, valid date and time with an offset. */
export function parseTwcsDate(value: string): Date | null {
  if (value.length === 30 && value.charCodeAt(3) === 0x20) return parseTwitterDate(value);
  return parseIsoDateTime(value.trim());
}

// Rows of one export cluster on a few days, so the last day seen is remembered: a value with the same
// `Www Mmm dd ` and ` ±hhmm yyyy` as the previous one only needs its time of day read. Caching the day
// (already validated, weekday included) keeps the function pure: the result depends on the value alone.
let cachedDay = '\0';
let cachedZone = '\0';
let cachedDayStart = 0;

function parseTwitterDate(v: string): Date | null {
  // `Www Mmm dd HH:mm:ss ±hhmm yyyy`
  if (v[7] !== ' ' || v[10] !== ' ' || v[13] !== ':' || v[16] !== ':' || v[19] !== ' ' || v[25] !== ' ') {
    return null;
  }
  const hour = digits(v, 11, 2);
  const minute = digits(v, 14, 2);
  const second = digits(v, 17, 2);
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return null;
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000;
  if (v.startsWith(cachedDay) && v.endsWith(cachedZone)) return new Date(cachedDayStart + timeOfDay);

  const sign = v[20] === '+' ? 1 : v[20] === '-' ? -1 : 0;
  const month = MONTHS[v.slice(4, 7)];
  const weekday = WEEKDAYS[v.slice(0, 3)];
  if (sign === 0 || month === undefined || weekday === undefined) return null;
  const day = digits(v, 8, 2);
  const offsetHours = digits(v, 21, 2);
  const offsetMinutes = digits(v, 23, 2);
  const year = digits(v, 26, 4);
  const midnight = localMs(year, month, day, 0, 0, 0);
  if (midnight === null || !(offsetHours <= 14 && offsetMinutes <= 59)) return null;
  // A weekday that disagrees with the date means the value was damaged, not merely reformatted.
  if (weekdayOf(midnight) !== weekday) return null;

  cachedDay = v.slice(0, 11);
  cachedZone = v.slice(19);
  cachedDayStart = midnight - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  return new Date(cachedDayStart + timeOfDay);
}

function parseIsoDateTime(v: string): Date | null {
  const m = ISO_DATE_TIME.exec(v);
  if (m === null) return null;
  const local = localMs(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  if (local === null) return null;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (m[8] === 'Z') return new Date(local + fraction);
  const offsetHours = Number(m[10]);
  const offsetMinutes = Number(m[11]);
  if (!(offsetHours <= 14 && offsetMinutes <= 59)) return null;
  const sign = m[9] === '+' ? 1 : -1;
  return new Date(local + fraction - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE);
}

/** Milliseconds of the wall-clock time read as UTC, or null when a part is out of range. */
function localMs(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (!(year >= 1 && month >= 0 && month <= 11 && day >= 1 && day <= daysInMonth(year, month))) return null;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return null;
  return Date.UTC(year, month, day, hour, minute, second);
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month];
}

/** 1970-01-01 was a Thursday (4). */
function weekdayOf(ms: number): number {
  return (((Math.floor(ms / MS_PER_DAY) + 4) % 7) + 7) % 7;
}

/** Non-negative integer from `count` ASCII digits at `at`; NaN (which fails every range check) otherwise. */
function digits(v: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = v.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

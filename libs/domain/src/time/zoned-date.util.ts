// Calendar arithmetic in an IANA time zone with nothing but Intl: periods are calendar months in the
// workspace's zone, and a month in Vienna does not start at midnight UTC.
import { MINUTE_MS } from './time-units.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Offsets change on quarter-hour boundaries in every zone in use (Newfoundland at 05:30 UTC), so one lookup
// per quarter hour is exact; memoised because Intl formatting is slow and the demo generator and the
// business-hours clock ask for the offset of every item. Deterministic, so a cache is safe.
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 100_000;
const offsets = new Map<string, number>();

/**
 * Offset of the zone from UTC at an instant, in milliseconds (Vienna in summer: +7,200,000). An instant is a
 * Date or epoch milliseconds. An unknown zone throws Intl's RangeError, so callers use this to validate zones.
 */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const bucketStart = Math.floor(+instant / OFFSET_BUCKET_MS) * OFFSET_BUCKET_MS;
  const key = `${timeZone}|${bucketStart}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(bucketStart))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second,
  );
  const offset = asUtc - bucketStart;
  if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The instant at which the wall clock in the zone shows the given local date and time. */
export function zonedTimeToUtc(
  local: { year: number; month: number; day: number; hour?: number; minute?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  // Two passes: the offset at the first guess may differ from the offset at the answer around DST changes.
  let guess = wall - zoneOffsetMs(wall, timeZone);
  guess = wall - zoneOffsetMs(guess, timeZone);
  return new Date(guess);
}

/**
 * The local calendar day of an instant in the zone, as YYYY-MM-DD. From the memoised offset rather than an
 * Intl call per instant: the cost and volume calculators ask for the day of every item (a million a month).
 */
export function localDay(instant: Date, timeZone: string): string {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid time value');
  return new Date(t + zoneOffsetMs(t, timeZone)).toISOString().slice(0, 10);
}

export interface Period {
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
}

/** A calendar month `YYYY-MM` in the zone: from local midnight on the 1st to local midnight on the next 1st. */
export function monthPeriod(month: string, timeZone: string): Period {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || +match[2] < 1 || +match[2] > 12) throw new Error(`month must be YYYY-MM, got "${month}"`);
  const year = +match[1];
  const m = +match[2];
  return {
    from: zonedTimeToUtc({ year, month: m, day: 1 }, timeZone),
    to: zonedTimeToUtc({ year: m === 12 ? year + 1 : year, month: m === 12 ? 1 : m + 1, day: 1 }, timeZone),
  };
}

/** A date `YYYY-MM-DD` as local midnight in the zone (the start of that day). */
export function dayStart(day: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`date must be YYYY-MM-DD, got "${day}"`);
  const date = { year: +match[1], month: +match[2], day: +match[3] };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) {
    throw new Error(`"${day}" is not a calendar date`);
  }
  return zonedTimeToUtc(date, timeZone);
}

/** The month `YYYY-MM` that contains the instant, in the zone. */
export function monthOf(instant: Date, timeZone: string): string {
  return localDay(instant, timeZone).slice(0, 7);
}

/** The calendar date `n` days after `day` (both YYYY-MM-DD; time zones play no part in date arithmetic). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`date must be YYYY-MM-DD, got "${day}"`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The month `n` months after `month` (both YYYY-MM). */
export function addMonths(month: string, n: number): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`month must be YYYY-MM, got "${month}"`);
  const index = +match[1] * 12 + (+match[2] - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// Times as exports write them. Meta Business Suite writes `MM/DD/YYYY HH:MM` without an offset (the
// account's time zone); tools write the same US form, sometimes with AM/PM, or ISO 8601. A value without an
// offset becomes a LocalDateTime that the import reads in the account's zone once the account is known.
import { zonedTimeToUtc } from '#domain';
import type { LocalDateTime } from './export-item.types.js';

const US_DATE_TIME =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `MM/DD/YYYY HH:MM[:SS]`, or with `AM`/`PM` and a 12-hour clock; null when it is not a valid one. */
export function parseUsDateTime(value: string): LocalDateTime | null {
  const m = US_DATE_TIME.exec(value.trim());
  if (m === null) return null;
  let hour = Number(m[4]);
  if (m[7] !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = m[7].toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return validLocal({
    year: Number(m[3]),
    month: Number(m[1]),
    day: Number(m[2]),
    hour,
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: 0,
  });
}

/** ISO 8601 date and time: an instant when it has an offset (`Z`, `+02:00`), else a local time; or null. */
export function parseIsoDateTime(value: string): Date | LocalDateTime | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (m === null) return null;
  const local = validLocal({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000),
  });
  if (local === null) return null;
  if (m[8] === undefined) return local;
  const offsetMinutes = parseOffset(m[8]);
  return offsetMinutes === null ? null : new Date(wallClockMs(local) - offsetMinutes * 60_000);
}

/** `Z`, `+02`, `+0200`, `+02:00` → minutes east of UTC; null when out of range. */
export function parseOffset(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

/** The local time when every part is in range (31 November is not), else null. */
export function validLocal(local: LocalDateTime): LocalDateTime | null {
  const { year, month, day, hour, minute, second, millisecond } = local;
  if (!(year >= 1900 && year <= 9999 && month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return null;
  if (!(hour <= 23 && minute <= 59 && second <= 59 && millisecond <= 999)) return null;
  return local;
}

/**
 * The instant a local time names in the zone, resolved as the domain's zonedTimeToUtc does around DST
 * changes: a repeated wall-clock time gives the later instant, a skipped one is read with the earlier offset.
 */
export function localToUtc(local: LocalDateTime, timeZone: string): Date {
  const minuteStart = zonedTimeToUtc(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
    timeZone,
  );
  return new Date(minuteStart.getTime() + local.second * 1000 + local.millisecond);
}

/** An instant as is, a local time in the zone. */
export function toInstant(value: Date | LocalDateTime, timeZone: string): Date {
  return value instanceof Date ? value : localToUtc(value, timeZone);
}

export function formatLocal(local: LocalDateTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

function wallClockMs(local: LocalDateTime): number {
  const ms = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return ms + local.millisecond;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** An export time as a person types it (--exported-at): ISO 8601, read in the zone when it has no offset. */
export function parseExportTime(text: string, timeZone: string): Date | null {
  const value = parseIsoDateTime(text);
  return value === null ? null : toInstant(value, timeZone);
}

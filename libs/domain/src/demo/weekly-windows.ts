// Readable construction of weekly windows (shifts, opening hours): `onDays(WEEKDAYS, '22:00', '06:00')` rather
// than hand-split minute ranges, which is where off-by-one-day mistakes creep in.
import type { ShiftWindow } from '../model/facts.js';

export const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const WEEKEND: readonly number[] = [6, 0];

/** Minutes since midnight of an `HH:MM` clock time; `24:00` is allowed as the end of a day. */
export function clockMinutes(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60)
    throw new RangeError(`not a clock time: ${clock}`);
  return minutes;
}

/** One window per listed day; a window ending at or before its start runs past midnight into the next day. */
export function onDays(days: readonly number[], start: string, end: string): ShiftWindow[] {
  const startMinute = clockMinutes(start);
  const endMinute = clockMinutes(end);
  return days.flatMap((day) =>
    endMinute > startMinute
      ? [{ day, startMinute, endMinute }]
      : [
          { day, startMinute, endMinute: 24 * 60 },
          ...(endMinute > 0 ? [{ day: (day + 1) % 7, startMinute: 0, endMinute }] : []),
        ],
  );
}

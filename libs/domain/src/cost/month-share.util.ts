import { addDays } from '../time/zoned-date.util.js';

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms))
    throw new Error(`date must be YYYY-MM-DD, got "${day}"`);
  return ms / DAY_MS;
}

/** Days in [from, to), both YYYY-MM-DD; 0 when to is not after from. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from));
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * How many months [from, to) is, prorating by calendar day within each month: 1–14 February 2026 is
 * 14/28 = 0.5, 20 January – 9 March is 12/31 + 1 + 9/31. A monthly amount × this share is its cost.
 * Day-exact rather than 30-day months, so that the shares of the days of a month add up to one.
 */
export function monthShare(from: string, to: string): number {
  let share = 0;
  let day = from;
  while (day < to) {
    const year = Number(day.slice(0, 4));
    const monthIndex = Number(day.slice(5, 7)) - 1;
    const nextMonth = new Date(Date.UTC(year, monthIndex + 1, 1)).toISOString().slice(0, 10);
    const end = nextMonth < to ? nextMonth : to;
    share += daysBetween(day, end) / daysInMonth(year, monthIndex);
    day = end;
  }
  return share;
}

/** The overlap of two day ranges, or null; `to` null means open-ended. */
export function overlapDays(
  a: { from: string; to: string | null },
  b: { from: string; to: string | null },
): { from: string; to: string } | null {
  const from = a.from > b.from ? a.from : b.from;
  const ends = [a.to, b.to].filter((to): to is string => to !== null);
  if (ends.length === 0) throw new Error('an overlap needs at least one end');
  const to = ends.reduce((min, day) => (day < min ? day : min));
  return from < to ? { from, to } : null;
}

/** Every day of [from, to), YYYY-MM-DD. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}

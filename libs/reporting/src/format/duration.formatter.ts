// Durations for readers, not for machines: two units at most, rounded to the smaller one.
// 45 s · 12 min · 2 h 5 min · 1 d 3 h. The unit words come from the locale file (de: Sek., Min., Std., Tg.).
// A no-break space joins each number to its unit, so a narrow table column wraps "2 h | 5 min", never "2 | h".
import { formatNumber } from './number.formatter.js';

export interface DurationUnits {
  second: string;
  minute: string;
  hour: string;
  day: string;
}

const MINUTES_PER_DAY = 24 * 60;
const NO_BREAK_SPACE = '\u00a0';

export function formatDuration(seconds: number, units: DurationUnits, intlLocale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`A duration must be a non-negative number of seconds, got ${seconds}`);
  }
  const n = (value: number): string => formatNumber(value, intlLocale, 0);
  const wholeSeconds = Math.round(seconds);
  if (wholeSeconds < 60) return `${n(wholeSeconds)}${NO_BREAK_SPACE}${units.second}`;

  // Round once, at the precision shown, so 1 h 59 min 50 s reads "2 h", never "1 h 60 min".
  const totalMinutes = Math.round(seconds / 60);
  if (totalMinutes < 60) return `${n(totalMinutes)}${NO_BREAK_SPACE}${units.minute}`;
  if (totalMinutes < MINUTES_PER_DAY) {
    return joinUnits(n, Math.floor(totalMinutes / 60), units.hour, totalMinutes % 60, units.minute);
  }
  const totalHours = Math.round(seconds / 3600);
  return joinUnits(n, Math.floor(totalHours / 24), units.day, totalHours % 24, units.hour);
}

function joinUnits(
  n: (value: number) => string,
  major: number,
  majorUnit: string,
  minor: number,
  minorUnit: string,
): string {
  const head = `${n(major)}${NO_BREAK_SPACE}${majorUnit}`;
  return minor === 0 ? head : `${head} ${n(minor)}${NO_BREAK_SPACE}${minorUnit}`;
}

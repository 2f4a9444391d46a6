import type { ShiftWindow } from '#domain';

// Weekly shifts, written by people: `mon-fri 09:00-17:00; sat 10:00-14:00` (CSV, or a YAML string) or
// YAML rules `{ days: [mon, tue], start: "09:00", end: "17:00" }`. Both become ShiftWindows
// (day 0 = Sunday … 6 = Saturday; minutes since midnight, end exclusive, at most 1440).

export type ShiftParseResult = { ok: true; windows: ShiftWindow[] } | { ok: false; reason: string };

/** One YAML shift rule. `days` is a list of day names or the same text as in CSV (`mon-fri`). */
export interface ShiftRule {
  days: string | string[];
  start: string;
  end: string;
}

const MINUTES_PER_DAY = 1440;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WINDOW_TEXT = /^(.*?)\s+(\S+?)\s*-\s*(\S+)$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** Parses `mon-fri 09:00-17:00; sat 10:00-14:00`. Empty text is an error: "no shifts" is written as no value. */
export function parseShiftText(text: string): ShiftParseResult {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return fail('no shift given');
  const windows: ShiftWindow[] = [];
  for (const part of parts) {
    const match = WINDOW_TEXT.exec(part);
    if (match === null) return fail(`"${part}" is not "<days> <start>-<end>", e.g. "mon-fri 09:00-17:00"`);
    const result = parseShiftRule({ days: match[1], start: match[2], end: match[3] });
    if (!result.ok) return fail(`"${part}": ${result.reason}`);
    windows.push(...result.windows);
  }
  return { ok: true, windows: sortWindows(windows) };
}

/**
 * Turns one rule into windows. A shift that ends at or before its start runs past midnight and is split
 * in two (`fri 22:00-06:00` → Friday 22:00–24:00 and Saturday 00:00–06:00); an end of `00:00` means midnight.
 */
export function parseShiftRule(rule: ShiftRule): ShiftParseResult {
  const days = parseDays(rule.days);
  if (typeof days === 'string') return fail(days);
  const start = parseClock(rule.start);
  const end = parseClock(rule.end);
  if (start === null || start === MINUTES_PER_DAY)
    return fail(`start "${rule.start}" is not a time from 00:00 to 23:59`);
  if (end === null) return fail(`end "${rule.end}" is not a time from 00:00 to 24:00`);
  const until = end === 0 ? MINUTES_PER_DAY : end;
  if (until === start)
    return fail(`the shift ${rule.start}-${rule.end} is empty (write 00:00-24:00 for a whole day)`);

  const windows: ShiftWindow[] = [];
  for (const day of days) {
    if (until > start) {
      windows.push({ day, startMinute: start, endMinute: until });
    } else {
      windows.push({ day, startMinute: start, endMinute: MINUTES_PER_DAY });
      windows.push({ day: (day + 1) % 7, startMinute: 0, endMinute: until });
    }
  }
  return { ok: true, windows: sortWindows(windows) };
}

/** `mon-fri`, `mon,wed,fri`, `fri-mon` (wraps over the weekend), `daily`, or a list of such items. */
function parseDays(days: string | string[]): number[] | string {
  const items = (Array.isArray(days) ? days : [days]).flatMap((item) => String(item).split(','));
  const result = new Set<number>();
  for (const raw of items) {
    const item = raw.trim().toLowerCase();
    if (item === 'daily') {
      for (let day = 0; day < 7; day++) result.add(day);
      continue;
    }
    const [first, last, ...rest] = item.split('-').map((name) => name.trim());
    const from = dayNumber(first);
    const to = last === undefined ? from : dayNumber(last);
    if (rest.length > 0 || from === null || to === null) {
      return `"${raw.trim()}" is not a day (sun, mon, tue, wed, thu, fri, sat), a range such as mon-fri, or daily`;
    }
    for (let day = from; ; day = (day + 1) % 7) {
      result.add(day);
      if (day === to) break;
    }
  }
  if (result.size === 0) return 'no days given';
  return [...result].sort((a, b) => a - b);
}

/** `mon`, `Monday`: the first three letters decide, the rest must spell the day. */
function dayNumber(name: string): number | null {
  const day = DAY_NAMES.indexOf(name.slice(0, 3));
  if (day === -1) return null;
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][day];
  return name.length === 3 || name === full ? day : null;
}

/** `9:00`, `09:00` … `24:00` → minutes since midnight. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(String(text).trim());
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

function sortWindows(windows: ShiftWindow[]): ShiftWindow[] {
  return windows.sort((a, b) => a.day - b.day || a.startMinute - b.startMinute);
}

function fail(reason: string): ShiftParseResult {
  return { ok: false, reason };
}

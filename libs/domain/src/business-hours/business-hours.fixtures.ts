// Schedules for business-hours scenarios (test-only; not exported from the folder's index).
import type { ShiftWindow } from '../model/facts.js';

const hour = (h: number) => h * 60;

/** Monday to Friday, from `from` to `to` o'clock. */
export function weekdays(from: number, to: number): ShiftWindow[] {
  return [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: hour(from), endMinute: hour(to) }));
}

export const at = (iso: string) => new Date(iso);
export const HOUR = 3600;

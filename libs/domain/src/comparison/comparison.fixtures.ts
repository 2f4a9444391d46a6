// Builders for comparison scenarios (test-only; not exported from the folder's index).
import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import type { ComparisonItem } from './comparison.types.js';

/** n values centred exactly on `centre`, `step` apart: their median is `centre`, worked out by hand. */
export function around(centre: number, n: number, step: number): number[] {
  return Array.from({ length: n }, (_, i) => centre + (i - (n - 1) / 2) * step);
}

/** Answered items with the given calendar FRTs (business FRT the same), all decided, all within the SLA. */
export function answered(
  group: string,
  stratum: TimeStratum,
  frts: readonly number[],
  extra: Partial<ComparisonItem> = {},
): ComparisonItem[] {
  return frts.map((frt) => ({
    accountId: 'shop',
    group,
    stratum,
    receivedAt: new Date('2026-03-02T10:00:00Z'),
    frtCalendarSeconds: frt,
    frtBusinessSeconds: frt,
    respondedWithin72h: true,
    slaMet: frt <= 3600,
    ...extra,
  }));
}

export const metricOf = <T extends { metric: string }>(metrics: readonly T[], metric: string): T => {
  const found = metrics.find((m) => m.metric === metric);
  if (!found) throw new Error(`no metric ${metric}`);
  return found;
};

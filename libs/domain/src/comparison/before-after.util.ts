import type { ComparisonItem, ComparisonOptions, GroupComparison } from './comparison.types.js';
import { compareTwoGroups } from './group-comparison.util.js';
import type { Handover } from './handover.util.js';

export const HANDOVER_BEFORE = 'before';
export const HANDOVER_AFTER = 'after';

export interface HandoverComparison {
  handover: Handover;
  /**
   * The items compared were received in [from, handover.transitionFrom) and [handover.at, to); null: no
   * bound on that side (all items given).
   */
  window: { from: Date | null; to: Date | null };
  /** Baseline `before` (the old group's time), challenger `after` (the new group's). */
  comparison: GroupComparison;
}

export interface BeforeAfterOptions extends ComparisonOptions {
  /**
   * Days on each side of the handover to compare; default: all items given. A symmetric window keeps a
   * seasonal trend from passing for the new group's merit.
   */
  windowDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Before/after around a handover (METRICS.md): the account's items before the transition against those
 * after it, whoever answered them, stratified by time stratum within the account as the group comparison
 * is. Items received during a transition (both or neither group assigned) belong to neither side.
 */
export function compareAroundHandover(
  items: readonly ComparisonItem[],
  handover: Handover,
  options: BeforeAfterOptions = {},
): HandoverComparison {
  const start = handover.transitionFrom.getTime();
  const at = handover.at.getTime();
  const windowMs = options.windowDays === undefined ? Infinity : options.windowDays * DAY_MS;
  const relabelled: ComparisonItem[] = [];
  for (const item of items) {
    if (item.accountId !== handover.accountId) continue;
    const t = item.receivedAt.getTime();
    let side: string | null = null;
    if (t < start && t >= start - windowMs) side = HANDOVER_BEFORE;
    else if (t >= at && t < at + windowMs) side = HANDOVER_AFTER;
    if (side === null) continue;
    relabelled.push({ ...item, group: side });
  }
  const bounded = Number.isFinite(windowMs);
  return {
    handover,
    window: {
      from: bounded ? new Date(start - windowMs) : null,
      to: bounded ? new Date(at + windowMs) : null,
    },
    comparison: compareTwoGroups(relabelled, HANDOVER_BEFORE, HANDOVER_AFTER, options),
  };
}

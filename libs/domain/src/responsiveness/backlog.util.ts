import type { FirstResponse } from './first-response.types.js';
import type { Backlog, BacklogBucket } from './timed-response.types.js';

const HOUR = 3600;

/** Age bucket bounds in seconds: under 1 h, 1–4 h, 4–24 h, 1–3 days (the 72-hour window), over 3 days. */
export const BACKLOG_AGE_BOUNDS: readonly number[] = [HOUR, 4 * HOUR, 24 * HOUR, 72 * HOUR];

/**
 * METRICS.md backlog: actionable inbound that arrived before `at` and had no reply before `at` (a reply at
 * `at` itself belongs to the next period). Items with a negative interval were answered at a time we
 * cannot trust, but answered: they are not backlog. Ages are calendar time since arrival.
 */
export function computeBacklog(
  responses: readonly FirstResponse[],
  at: Date,
  bounds: readonly number[] = BACKLOG_AGE_BOUNDS,
): Backlog {
  const limits = [0, ...bounds];
  const buckets: BacklogBucket[] = limits.map((fromSeconds, i) => ({
    fromSeconds,
    toSeconds: i + 1 < limits.length ? limits[i + 1] : null,
    count: 0,
  }));
  const atMs = at.getTime();
  let open = 0;
  let oldest: number | null = null;
  for (const response of responses) {
    const arrived = response.inbound.createdAt.getTime();
    if (arrived >= atMs || response.negativeIntervals > 0) continue;
    if (response.reply !== null && response.reply.createdAt.getTime() < atMs) continue;
    const age = (atMs - arrived) / 1000;
    open += 1;
    oldest = oldest === null ? age : Math.max(oldest, age);
    let index = buckets.length - 1;
    while (index > 0 && age < buckets[index].fromSeconds) index -= 1;
    buckets[index].count += 1;
  }
  return { at, open, buckets, oldestSeconds: oldest };
}

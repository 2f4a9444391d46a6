// Incident detection that follows a collection or an import: one job per workspace and window, whoever asks.
import type { PlannedJob } from '../job-kinds.js';

export type DetectionTrigger = 'collection' | 'import';

/**
 * The detection job that follows a collection or an import of a workspace at `now`. Every request in one
 * window of `windowSeconds` gets the same schedule key and slot (the end of the window), which the job
 * history keeps once, and the job starts only at that slot: so it runs after every collection that finished
 * in its window, and 300 accounts collected in a minute are followed by one detection, not 300. A window of 0
 * gives each instant its own job, started at once.
 *
 * After a collection the rules re-read the recent facts (collectors re-list a week behind); after an import
 * they read all of them, since an import may bring items of any age.
 */
export function followUpDetection(
  trigger: DetectionTrigger,
  workspaceId: string,
  now: Date,
  windowSeconds: number,
): PlannedJob<'detect-incidents'> {
  const windowMs = windowSeconds * 1000;
  const slot = windowMs > 0 ? new Date(Math.ceil(now.getTime() / windowMs) * windowMs) : now;
  return {
    kind: 'detect-incidents',
    workspaceId,
    accountId: null,
    scheduleKey: `detect-incidents:after-${trigger}:${workspaceId}`,
    slot,
    subject: `incidents after ${trigger}`,
    data: { workspaceId, trigger, scope: trigger === 'import' ? 'all' : 'recent' },
    startAfter: slot,
  };
}

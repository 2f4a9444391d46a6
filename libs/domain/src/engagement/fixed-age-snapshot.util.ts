import type { EngagementSnapshot, SnapshotAge } from './engagement.types.js';

export const FIXED_AGE_SECONDS = 48 * 60 * 60;

export interface SelectedSnapshot {
  snapshot: EngagementSnapshot | null;
  snapshotAge: SnapshotAge;
}

/**
 * METRICS.md fixed-age comparison: the snapshot closest to `fixedAgeSeconds` after publication but not
 * before it, i.e. the first one at or after that age. Without one, the latest snapshot, marked. Snapshots
 * may come in any order.
 */
export function selectFixedAgeSnapshot(
  createdAt: Date,
  snapshots: readonly EngagementSnapshot[],
  fixedAgeSeconds = FIXED_AGE_SECONDS,
): SelectedSnapshot {
  const due = createdAt.getTime() + fixedAgeSeconds * 1000;
  let atAge: EngagementSnapshot | null = null;
  let latest: EngagementSnapshot | null = null;
  for (const snapshot of snapshots) {
    const at = snapshot.capturedAt.getTime();
    if (at >= due && (atAge === null || at < atAge.capturedAt.getTime())) atAge = snapshot;
    if (latest === null || at > latest.capturedAt.getTime()) latest = snapshot;
  }
  if (atAge) return { snapshot: atAge, snapshotAge: 'fixed-age' };
  if (latest) return { snapshot: latest, snapshotAge: 'younger-than-fixed-age' };
  return { snapshot: null, snapshotAge: 'no-snapshot' };
}

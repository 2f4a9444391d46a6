import { itemKey } from '../responsiveness/item-key.util.js';
import type {
  EngagementCounts,
  EngagementPost,
  EngagementSnapshot,
  PostEngagement,
} from './engagement.types.js';
import { FIXED_AGE_SECONDS, selectFixedAgeSnapshot } from './fixed-age-snapshot.util.js';

/** Engagements of one snapshot by kind; the four engagement kinds add up, unreported ones add nothing. */
export function snapshotCounts(snapshot: EngagementSnapshot | null): EngagementCounts {
  if (snapshot === null) {
    return {
      reactions: null,
      replies: null,
      reposts: null,
      quotes: null,
      engagements: 0,
      saves: null,
      clicks: null,
    };
  }
  const { reactions, replies, reposts, quotes, saves, clicks } = snapshot;
  return {
    reactions,
    replies,
    reposts,
    quotes,
    engagements: (reactions ?? 0) + (replies ?? 0) + (reposts ?? 0) + (quotes ?? 0),
    saves,
    clicks,
  };
}

/** Snapshots by post (account + external id), so each post looks up its own series once. */
export function indexSnapshots(snapshots: readonly EngagementSnapshot[]): Map<string, EngagementSnapshot[]> {
  const byPost = new Map<string, EngagementSnapshot[]>();
  for (const snapshot of snapshots) {
    const key = itemKey(snapshot.accountId, snapshot.externalId);
    const list = byPost.get(key);
    if (list) list.push(snapshot);
    else byPost.set(key, [snapshot]);
  }
  return byPost;
}

/**
 * Followers at posting time: the caller's figure when given, else the follower count of the post's
 * earliest snapshot that reports one (the closest the snapshots come to the moment of posting).
 */
function followersAtPosting(post: EngagementPost, snapshots: readonly EngagementSnapshot[]): number | null {
  if (post.followersAtPosting !== undefined && post.followersAtPosting !== null)
    return post.followersAtPosting;
  let earliest: EngagementSnapshot | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.followers === null) continue;
    if (earliest === null || snapshot.capturedAt < earliest.capturedAt) earliest = snapshot;
  }
  return earliest?.followers ?? null;
}

/** One post measured at its fixed age (see selectFixedAgeSnapshot). */
export function measurePost(
  post: EngagementPost,
  snapshots: readonly EngagementSnapshot[],
  fixedAgeSeconds = FIXED_AGE_SECONDS,
): PostEngagement {
  const { snapshot, snapshotAge } = selectFixedAgeSnapshot(post.createdAt, snapshots, fixedAgeSeconds);
  return {
    post,
    snapshotAge,
    measuredAtSeconds: snapshot ? (snapshot.capturedAt.getTime() - post.createdAt.getTime()) / 1000 : null,
    counts: snapshotCounts(snapshot),
    impressions: snapshot?.impressions ?? null,
    reach: snapshot?.reach ?? null,
    followersAtPosting: followersAtPosting(post, snapshots),
  };
}

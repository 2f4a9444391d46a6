// Engagement as METRICS.md defines it: counts per kind, rates as ratios of sums with the per-post median
// beside them, every post measured at the same age. Plain inputs: a repository maps outbound items and
// engagement_snapshot rows to these shapes.
import type { Breakdown, ItemOwner } from '../model/breakdown.types.js';

/** An outbound item that may be a post, with what the engagement calculation needs to know about it. */
export interface EngagementPost extends ItemOwner {
  externalId: string;
  /** Outbound item kind: post, reply, comment, dm. Only the kinds in EngagementOptions.kinds are measured. */
  kind: string;
  /** Platform timestamp of publication. */
  createdAt: Date;
  /**
   * A repost or retweet of someone else's post: not the account's post, so it is excluded (an X retweet
   * carries the original's public_metrics). A repost of the account's own post is not "of other".
   */
  isRepostOfOther: boolean;
  operatorId: string | null;
  /** Followers when the post was published, where the caller knows it; else read from the snapshots. */
  followersAtPosting?: number | null;
}

/** One engagement_snapshot row: the post's counts as seen at `capturedAt`. Null: not given by the platform. */
export interface EngagementSnapshot {
  accountId: string;
  /** The post's external id (with accountId, the post's natural key). */
  externalId: string;
  capturedAt: Date;
  reactions: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
  impressions: number | null;
  reach: number | null;
  followers: number | null;
}

/** Engagements by kind. Each kind is null when no post in scope reported it. */
export interface EngagementCounts {
  /** Reactions and likes. */
  reactions: number | null;
  /** Comments and replies. */
  replies: number | null;
  /** Shares, reposts and retweets. */
  reposts: number | null;
  quotes: number | null;
  /** reactions + replies + reposts + quotes (kinds the platform does not report add nothing). */
  engagements: number;
  /** Kept apart from engagements, where the platform gives them. */
  saves: number | null;
  clicks: number | null;
}

/** Per-post averages by kind; null where no measured post reports the kind (engagements: no posts). */
export type EngagementAverages = Omit<EngagementCounts, 'engagements'> & { engagements: number | null };

/** Which snapshot a post was measured at (METRICS.md, fixed-age comparison). */
export type SnapshotAge =
  /** The first snapshot at or after the fixed age (48 h by default). */
  | 'fixed-age'
  /** Marked: no snapshot at the fixed age yet, so the latest one, taken younger. */
  | 'younger-than-fixed-age'
  /** No snapshot at all: the post counts in no engagement figure. */
  | 'no-snapshot';

/** One post measured at its fixed age. */
export interface PostEngagement {
  post: EngagementPost;
  snapshotAge: SnapshotAge;
  /** Seconds from publication to the snapshot used; null without a snapshot. */
  measuredAtSeconds: number | null;
  counts: EngagementCounts;
  impressions: number | null;
  reach: number | null;
  followersAtPosting: number | null;
}

/**
 * Engagements over one denominator. `ratioOfSums` is the headline (Σ engagements / Σ denominator);
 * `perPostMedian` the median of the per-post rates, shown beside it, never instead of it. Only posts whose
 * denominator is reported and positive enter either, so the ratio is a weighted mean of the per-post rates.
 */
export interface EngagementRate {
  /** Posts with a positive denominator. */
  posts: number;
  engagements: number;
  denominator: number;
  ratioOfSums: number | null;
  perPostMedian: number | null;
}

export interface EngagementSummary {
  /** Posts measured (with at least one snapshot). */
  posts: number;
  /** Posts in scope with no snapshot: counted here, in no other figure. */
  postsWithoutSnapshot: number;
  /** Measured posts marked as younger than the fixed age (their latest snapshot was used). */
  postsYoungerThanFixedAge: number;
  /** Reposts and retweets of others' posts left out (their counts belong to the original). */
  repostsOfOthersExcluded: number;
  totals: EngagementCounts;
  /** Totals divided by the measured posts that report each kind. */
  perPost: EngagementAverages;
  medianEngagementsPerPost: number | null;
  byImpressions: EngagementRate;
  byReach: EngagementRate;
  /** Σ engagements / Σ followers at posting time (= followers × posts when the audience did not change). */
  byFollowers: EngagementRate;
}

export interface EngagementOptions {
  /** Outbound item kinds that count as posts. Default: ['post'] (replies and direct messages are not). */
  kinds?: readonly string[];
  /** Age at which posts are compared, in seconds. Default: 48 hours. */
  fixedAgeSeconds?: number;
}

export interface EngagementInput extends EngagementOptions {
  /** Period start, inclusive: posts published in [from, to) are in scope. */
  from: Date;
  /** Period end, exclusive. */
  to: Date;
  posts: readonly EngagementPost[];
  /** Snapshots of the posts, including those taken after `to` (the 48-hour snapshot of a late post). */
  snapshots: readonly EngagementSnapshot[];
}

export interface EngagementResult extends Breakdown<EngagementSummary> {
  /** Every post in scope, measured: the per-post values a comparison layer resamples. */
  measured: PostEngagement[];
}

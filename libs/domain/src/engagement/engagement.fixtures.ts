// Small builders for engagement scenarios (test-only; not exported from the folder's index).
import type { EngagementPost, EngagementSnapshot } from './engagement.types.js';

const HOUR_MS = 3_600_000;

export function post(
  externalId: string,
  createdAt: string,
  extra: Partial<EngagementPost> = {},
): EngagementPost {
  return {
    accountId: 'acc',
    group: 'in_house',
    externalId,
    kind: 'post',
    createdAt: new Date(createdAt),
    isRepostOfOther: false,
    operatorId: null,
    ...extra,
  };
}

/** A snapshot of `of` taken `ageHours` after it was published; unspecified counts are not reported. */
export function snapshot(
  of: EngagementPost,
  ageHours: number,
  counts: Partial<Omit<EngagementSnapshot, 'accountId' | 'externalId' | 'capturedAt'>> = {},
): EngagementSnapshot {
  return {
    accountId: of.accountId,
    externalId: of.externalId,
    capturedAt: new Date(of.createdAt.getTime() + ageHours * HOUR_MS),
    reactions: null,
    replies: null,
    reposts: null,
    quotes: null,
    saves: null,
    clicks: null,
    impressions: null,
    reach: null,
    followers: null,
    ...counts,
  };
}

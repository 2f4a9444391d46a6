import { median } from '../statistics/median.util.js';
import type { EngagementCounts, EngagementSummary, PostEngagement } from './engagement.types.js';
import { engagementRate } from './engagement-rate.util.js';

type Kind = 'reactions' | 'replies' | 'reposts' | 'quotes' | 'saves' | 'clicks';
const KINDS: readonly Kind[] = ['reactions', 'replies', 'reposts', 'quotes', 'saves', 'clicks'];

/**
 * Totals, per-post averages and the three rates over measured posts. A kind's per-post average divides
 * by the posts that report that kind, so a platform that gives no quotes does not dilute the quotes of
 * one that does. `repostsOfOthersExcluded` is passed through: those posts never reach this function.
 */
export function summarizeEngagement(
  measured: readonly PostEngagement[],
  repostsOfOthersExcluded = 0,
): EngagementSummary {
  const posts = measured.filter((post) => post.snapshotAge !== 'no-snapshot');
  const totals: EngagementCounts = {
    reactions: null,
    replies: null,
    reposts: null,
    quotes: null,
    engagements: 0,
    saves: null,
    clicks: null,
  };
  const reporting: Record<Kind, number> = {
    reactions: 0,
    replies: 0,
    reposts: 0,
    quotes: 0,
    saves: 0,
    clicks: 0,
  };
  for (const post of posts) {
    totals.engagements += post.counts.engagements;
    for (const kind of KINDS) {
      const value = post.counts[kind];
      if (value === null) continue;
      totals[kind] = (totals[kind] ?? 0) + value;
      reporting[kind] += 1;
    }
  }
  const average = (kind: Kind) => {
    const total = totals[kind];
    return total === null ? null : total / reporting[kind];
  };
  return {
    posts: posts.length,
    postsWithoutSnapshot: measured.length - posts.length,
    postsYoungerThanFixedAge: posts.filter((post) => post.snapshotAge === 'younger-than-fixed-age').length,
    repostsOfOthersExcluded,
    totals,
    perPost: {
      reactions: average('reactions'),
      replies: average('replies'),
      reposts: average('reposts'),
      quotes: average('quotes'),
      engagements: posts.length > 0 ? totals.engagements / posts.length : null,
      saves: average('saves'),
      clicks: average('clicks'),
    },
    medianEngagementsPerPost: median(posts.map((post) => post.counts.engagements)),
    byImpressions: engagementRate(posts, (post) => post.impressions),
    byReach: engagementRate(posts, (post) => post.reach),
    byFollowers: engagementRate(posts, (post) => post.followersAtPosting),
  };
}

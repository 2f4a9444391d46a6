import { buildBreakdown } from '../model/breakdown.util.js';
import { itemKey } from '../responsiveness/item-key.util.js';
import type {
  EngagementInput,
  EngagementPost,
  EngagementResult,
  PostEngagement,
} from './engagement.types.js';
import { FIXED_AGE_SECONDS } from './fixed-age-snapshot.util.js';
import { indexSnapshots, measurePost } from './post-engagement.util.js';
import { summarizeEngagement } from './engagement-summary.util.js';

export const DEFAULT_ENGAGEMENT_KINDS: readonly string[] = ['post'];

type Scoped = { type: 'measured'; measured: PostEngagement } | { type: 'repost'; post: EngagementPost };

/**
 * METRICS.md engagement per sourcing group, per account and in total, for the posts published in
 * [from, to): each post measured at its fixed age, reposts of others' posts excluded and counted apart.
 */
export function computeEngagement(input: EngagementInput): EngagementResult {
  const kinds = new Set(input.kinds ?? DEFAULT_ENGAGEMENT_KINDS);
  const fixedAgeSeconds = input.fixedAgeSeconds ?? FIXED_AGE_SECONDS;
  const snapshots = indexSnapshots(input.snapshots);
  const from = input.from.getTime();
  const to = input.to.getTime();

  const scoped: Scoped[] = [];
  for (const post of input.posts) {
    const at = post.createdAt.getTime();
    if (at < from || at >= to || !kinds.has(post.kind)) continue;
    if (post.isRepostOfOther) {
      scoped.push({ type: 'repost', post });
      continue;
    }
    const series = snapshots.get(itemKey(post.accountId, post.externalId)) ?? [];
    scoped.push({ type: 'measured', measured: measurePost(post, series, fixedAgeSeconds) });
  }

  const breakdown = buildBreakdown(
    scoped,
    (entry) => (entry.type === 'measured' ? entry.measured.post : entry.post),
    (entries) =>
      summarizeEngagement(
        entries.flatMap((entry) => (entry.type === 'measured' ? [entry.measured] : [])),
        entries.filter((entry) => entry.type === 'repost').length,
      ),
  );
  return {
    ...breakdown,
    measured: scoped.flatMap((entry) => (entry.type === 'measured' ? [entry.measured] : [])),
  };
}

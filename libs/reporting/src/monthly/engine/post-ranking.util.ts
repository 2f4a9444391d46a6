// Top and bottom posts per sourcing group: the posts a reader can open and judge for themselves. Posts are
// ranked by engagements at the fixed age (docs/metrics.md), so a post published on the 30th is not compared
// at two days old with one that had a month; posts without any snapshot are not ranked.
import type { PostEngagement } from '#domain';
import type { GroupPosts, RankedPost } from './engine-sections.model.js';

/** Posts shown at each end of a group's ranking. */
export const POSTS_PER_END = 3;

/** Characters of a post's text printed; the rest is cut with an ellipsis (the full text is on the platform). */
export const POST_TEXT_LIMIT = 180;

export function rankPostsByGroup(
  measured: readonly PostEngagement[],
  texts: ReadonlyMap<string, string>,
  handles: ReadonlyMap<string, string>,
  perEnd = POSTS_PER_END,
): GroupPosts[] {
  const byGroup = new Map<string, PostEngagement[]>();
  for (const post of measured) {
    if (post.snapshotAge === 'no-snapshot') continue;
    const list = byGroup.get(post.post.group) ?? [];
    list.push(post);
    byGroup.set(post.post.group, list);
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, posts]) => {
      // Most engagements first; ties by publication, then id, so the ranking is the same on every run.
      const ranked = [...posts].sort(
        (a, b) =>
          b.counts.engagements - a.counts.engagements ||
          a.post.createdAt.getTime() - b.post.createdAt.getTime() ||
          a.post.externalId.localeCompare(b.post.externalId),
      );
      const top = ranked.slice(0, perEnd);
      // The bottom never repeats a top post: a group with four posts shows three on top and one below.
      const bottom = ranked.slice(Math.max(perEnd, ranked.length - perEnd)).reverse();
      const view = (p: PostEngagement) => rankedPost(p, texts, handles);
      return { group, top: top.map(view), bottom: bottom.map(view) };
    });
}

export function postKey(accountId: string, externalId: string): string {
  return `${accountId}\u0000${externalId}`;
}

function rankedPost(
  measured: PostEngagement,
  texts: ReadonlyMap<string, string>,
  handles: ReadonlyMap<string, string>,
): RankedPost {
  const { post } = measured;
  const text = texts.get(postKey(post.accountId, post.externalId)) ?? '';
  return {
    accountHandle: handles.get(post.accountId) ?? post.accountId,
    externalId: post.externalId,
    publishedAt: post.createdAt,
    text: shorten(text),
    engagements: measured.counts.engagements,
    rateByImpressions:
      measured.impressions && measured.impressions > 0
        ? measured.counts.engagements / measured.impressions
        : null,
    atFixedAge: measured.snapshotAge === 'fixed-age',
  };
}

// Cut between code points, never inside a surrogate pair.
function shorten(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= POST_TEXT_LIMIT
    ? chars.join('')
    : `${chars.slice(0, POST_TEXT_LIMIT - 1).join('')}…`;
}

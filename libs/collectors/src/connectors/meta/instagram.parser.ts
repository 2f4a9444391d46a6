import { emptyPage, type StreamPage } from '../connector.types.js';
import { asArray, asCount, asId, asInstant, asObject, asString, cleanText, path } from '../payload.util.js';
import { listData } from './facebook-post.parser.js';

/**
 * A page of an Instagram professional account's media (GET /{ig-user-id}/media). Likes and comments come
 * with the media; impressions, reach and saves from each media's insights (parseInstagramInsights).
 */
export function parseInstagramMedia(body: unknown): { page: StreamPage; oldest: Date | null } {
  const page = emptyPage();
  let oldest: Date | null = null;
  listData(body, 'media').forEach((entry, index) => {
    page.read += 1;
    const media = asObject(entry);
    const id = asId(media?.id);
    if (!media || !id) {
      page.rejected.push({ record: index + 1, field: 'id', reason: 'media without id' });
      return;
    }
    const createdAt = asInstant(media.timestamp);
    if (!createdAt) {
      page.rejected.push({
        record: index + 1,
        field: 'timestamp',
        reason: `media ${id}: no readable timestamp`,
      });
      return;
    }
    if (!oldest || createdAt < oldest) oldest = createdAt;
    const url = asString(media.media_url) ?? asString(media.thumbnail_url);
    page.outbound.push({
      externalId: id,
      kind: 'post',
      createdAt,
      text: cleanText(asString(media.caption) ?? ''),
      inReplyToExternalId: null,
      conversationId: null,
      platformOperatorName: null,
      mediaUrls: url ? [url] : [],
      permalink: asString(media.permalink) ?? null,
      publishedVia: null,
    });
    page.engagement.push({
      externalId: id,
      reactions: asCount(media.like_count),
      replies: asCount(media.comments_count),
      reposts: null,
      quotes: null,
      saves: null,
      clicks: null,
      impressions: null,
      reach: null,
      reactionsByType: null,
    });
  });
  return { page, oldest };
}

/** Lifetime insights of one media: each metric's value (older answers in `values`, newer in `total_value`). */
export function parseInstagramInsights(body: unknown): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const entry of asArray(path(body, 'data')) ?? []) {
    const name = asString(asObject(entry)?.name);
    const value =
      asCount(path(entry, 'total_value', 'value')) ??
      asCount(path(asArray(path(entry, 'values'))?.[0], 'value'));
    if (name && value !== null) metrics[name] = value;
  }
  return metrics;
}

/** Profile facts of an Instagram professional account. */
export function parseInstagramUser(body: unknown): {
  followers: number | null;
  following: number | null;
  posts: number | null;
} {
  const user = asObject(body);
  if (!user || !asId(user.id)) throw new TypeError('Graph answered without the Instagram account');
  return {
    followers: asCount(user.followers_count),
    following: asCount(user.follows_count),
    posts: asCount(user.media_count),
  };
}

import { emptyPage, type CollectedEngagement, type StreamPage } from '../connector.types.js';
import {
  asArray,
  asCount,
  asId,
  asInstant,
  asObject,
  asString,
  cleanText,
  path,
  type Json,
} from '../payload.util.js';

/** Field aliases the connector asks for, one per reaction type (reactions.type(LOVE).summary(total_count).as(love)). */
export const REACTION_TYPES = ['like', 'love', 'wow', 'haha', 'sad', 'angry', 'care'] as const;

export interface FacebookPostsPage {
  page: StreamPage;
  oldest: Date | null;
}

/**
 * One page of a Page's posts. Engagement per post: reactions (summary total, with the count of each type
 * beside it), comments (summary total) and shares. Graph omits `shares` when a post has none, so a post
 * that carries the reactions summary but no `shares` has 0 shares; without the summary nothing is known.
 * `admin_creator` names the human who published: attribution step 1.
 */
export function parseFacebookPostsPage(body: unknown): FacebookPostsPage {
  const page = emptyPage();
  const data = listData(body, 'posts');
  let oldest: Date | null = null;
  data.forEach((entry, index) => {
    page.read += 1;
    const post = asObject(entry);
    const id = asId(post?.id);
    if (!post || !id) {
      page.rejected.push({ record: index + 1, field: 'id', reason: 'post without id' });
      return;
    }
    const createdAt = asInstant(post.created_time);
    if (!createdAt) {
      page.rejected.push({
        record: index + 1,
        field: 'created_time',
        reason: `post ${id}: no readable created_time`,
      });
      return;
    }
    if (!oldest || createdAt < oldest) oldest = createdAt;
    const operator = asString(path(post, 'admin_creator', 'name'))?.trim();
    page.outbound.push({
      externalId: id,
      kind: 'post',
      createdAt,
      text: cleanText(asString(post.message) ?? ''),
      inReplyToExternalId: null,
      conversationId: null,
      platformOperatorName: operator ? operator : null,
      mediaUrls: postMedia(post),
      permalink: asString(post.permalink_url) ?? null,
      publishedVia: null,
    });
    page.engagement.push(postEngagement(id, post));
  });
  return { page, oldest };
}

export function postEngagement(id: string, post: Json): CollectedEngagement {
  const reactions = asCount(path(post, 'reactions', 'summary', 'total_count'));
  const byType: Record<string, number> = {};
  for (const type of REACTION_TYPES) {
    const count = asCount(path(post, type, 'summary', 'total_count'));
    if (count !== null) byType[type] = count;
  }
  const shares = asCount(path(post, 'shares', 'count'));
  return {
    externalId: id,
    reactions,
    replies: asCount(path(post, 'comments', 'summary', 'total_count')),
    reposts: shares ?? (reactions !== null && post.shares === undefined ? 0 : null),
    quotes: null,
    saves: null,
    clicks: null,
    impressions: null,
    reach: null,
    reactionsByType: Object.keys(byType).length > 0 ? byType : null,
  };
}

function postMedia(post: Json): string[] {
  const urls = new Set<string>();
  const add = (value: unknown) => {
    const url = asString(value);
    if (url) urls.add(url);
  };
  const visit = (attachments: unknown, depth: number) => {
    if (depth > 3) return;
    for (const a of asArray(path(attachments, 'data')) ?? []) {
      add(path(a, 'media', 'image', 'src'));
      visit(path(a, 'subattachments'), depth + 1);
    }
  };
  visit(post.attachments, 0);
  if (urls.size === 0) add(post.full_picture);
  return [...urls];
}

/** The `data` list of a Graph listing; a body without one is not a page at all. */
export function listData(body: unknown, what: string): unknown[] {
  const root = asObject(body);
  if (!root) throw new TypeError(`Graph answered ${what} with something other than a JSON object`);
  const data = asArray(root.data);
  if (!data) throw new TypeError(`Graph answered ${what} without a \`data\` list`);
  return data;
}

/** Profile facts of a Page: followers_count, else fan_count (likes: older Pages and older API versions). */
export function parseFacebookPage(body: unknown): {
  followers: number | null;
  following: number | null;
  posts: number | null;
} {
  const page = asObject(body);
  if (!page || !asId(page.id)) throw new TypeError('Graph answered the Page without an id');
  return {
    followers: asCount(page.followers_count) ?? asCount(page.fan_count),
    following: null,
    posts: null,
  };
}

import { countSkip, emptyPage, type StreamPage } from '../connector.types.js';
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

export interface BlueskyPage {
  page: StreamPage;
  cursor: string | null;
  oldest: Date | null;
}

/**
 * A page of the account's author feed. A repost is someone else's post (its counts are the original's) and a
 * pinned post is listed again in its place: both skipped. Publication time is the record's createdAt (what
 * the author's client wrote), indexedAt only when that is unreadable.
 */
export function parseBlueskyAuthorFeed(body: unknown, accountDid: string): BlueskyPage {
  const root = asObject(body);
  const feed = asArray(root?.feed);
  if (!root || !feed) throw new TypeError('Bluesky answered the author feed without a `feed` list');
  const page = emptyPage();
  let oldest: Date | null = null;
  feed.forEach((entry, index) => {
    page.read += 1;
    const record = index + 1;
    const reason = asString(path(entry, 'reason', '$type'));
    if (reason?.endsWith('#reasonRepost')) return countSkip(page, 'repost');
    if (reason?.endsWith('#reasonPin')) return countSkip(page, 'pinned (listed again in order)');
    const post = asObject(path(entry, 'post'));
    const read = post ? readPost(post, record, page) : null;
    if (!post) page.rejected.push({ record, field: 'post', reason: 'feed item without post' });
    if (!post || !read) return;
    if (!oldest || read.createdAt < oldest) oldest = read.createdAt;
    if (read.author !== accountDid) return countSkip(page, 'not by the account');
    page.outbound.push({
      externalId: read.uri,
      kind: read.parent ? 'reply' : 'post',
      createdAt: read.createdAt,
      text: read.text,
      inReplyToExternalId: read.parent,
      conversationId: null,
      platformOperatorName: null,
      mediaUrls: (asArray(path(post, 'embed', 'images')) ?? [])
        .map((i) => asString(path(i, 'fullsize')))
        .filter((u): u is string => !!u),
      permalink: permalink(read.uri, asString(path(post, 'author', 'handle'))),
      publishedVia: null,
    });
    page.engagement.push({
      externalId: read.uri,
      reactions: asCount(post.likeCount),
      replies: asCount(post.replyCount),
      reposts: asCount(post.repostCount),
      quotes: asCount(post.quoteCount),
      saves: asCount(post.bookmarkCount),
      clicks: null,
      impressions: null,
      reach: null,
      reactionsByType: null,
    });
  });
  return { page, cursor: cursorOf(root), oldest };
}

const ADDRESSED = new Set(['mention', 'reply', 'quote']);

/**
 * A page of the account's notifications: mentions, replies and quotes are inbound items; likes, reposts,
 * follows and the rest are reactions, skipped by reason.
 */
export function parseBlueskyNotifications(body: unknown, accountDid: string): BlueskyPage {
  const root = asObject(body);
  const list = asArray(root?.notifications);
  if (!root || !list) throw new TypeError('Bluesky answered notifications without a `notifications` list');
  const page = emptyPage();
  let oldest: Date | null = null;
  list.forEach((entry, index) => {
    page.read += 1;
    const record = index + 1;
    const notification = asObject(entry);
    if (!notification) {
      page.rejected.push({ record, reason: 'not a notification object' });
      return;
    }
    const indexed = asInstant(notification.indexedAt);
    if (indexed && (!oldest || indexed < oldest)) oldest = indexed;
    const reason = asString(notification.reason) ?? 'unknown reason';
    if (!ADDRESSED.has(reason)) return countSkip(page, reason);
    const read = readPost(notification, record, page);
    if (!read) return;
    if (read.author === accountDid) return countSkip(page, 'own post');
    page.inbound.push({
      externalId: read.uri,
      kind: reason === 'reply' ? 'reply' : reason === 'quote' ? 'quote' : 'mention',
      authorExternalId: read.author,
      createdAt: read.createdAt,
      text: read.text,
      inReplyToExternalId: read.parent,
      conversationId: null,
      actionable: true,
    });
  });
  return { page, cursor: cursorOf(root), oldest };
}

/** Profile facts from app.bsky.actor.getProfile; counts the AppView leaves out stay unknown. */
export function parseBlueskyProfile(body: unknown): {
  followers: number | null;
  following: number | null;
  posts: number | null;
} {
  const profile = asObject(body);
  if (!profile || !asId(profile.did)) throw new TypeError('Bluesky answered without a profile');
  return {
    followers: asCount(profile.followersCount),
    following: asCount(profile.followsCount),
    posts: asCount(profile.postsCount),
  };
}

function readPost(
  view: Json,
  record: number,
  page: StreamPage,
): { uri: string; author: string; createdAt: Date; text: string; parent: string | null } | null {
  const uri = asId(view.uri);
  if (!uri) {
    page.rejected.push({ record, field: 'uri', reason: 'post without uri' });
    return null;
  }
  const author = asId(path(view, 'author', 'did'));
  if (!author) {
    page.rejected.push({ record, field: 'author.did', reason: `${uri}: no author DID` });
    return null;
  }
  const createdAt = asInstant(path(view, 'record', 'createdAt')) ?? asInstant(view.indexedAt);
  if (!createdAt) {
    page.rejected.push({ record, field: 'record.createdAt', reason: `${uri}: no readable createdAt` });
    return null;
  }
  const text = asString(path(view, 'record', 'text'));
  if (text === undefined) {
    page.rejected.push({ record, field: 'record.text', reason: `${uri}: no text` });
    return null;
  }
  return {
    uri,
    author,
    createdAt,
    text: cleanText(text),
    parent: asId(path(view, 'record', 'reply', 'parent', 'uri')) ?? null,
  };
}

function cursorOf(root: Json): string | null {
  const cursor = asString(root.cursor);
  return cursor && cursor !== '' ? cursor : null;
}

/** https://bsky.app/profile/<handle>/post/<rkey> for an at:// post URI. */
function permalink(uri: string, handle: string | undefined): string | null {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri);
  return match ? `https://bsky.app/profile/${handle ?? match[1]}/post/${match[2]}` : null;
}

import { countSkip, emptyPage, type StreamPage } from '../connector.types.js';
import {
  asArray,
  asCount,
  asId,
  asInstant,
  asObject,
  asString,
  cleanText,
  maxNumericId,
  path,
  type Json,
} from '../payload.util.js';
import { mastodonHtmlToText } from './mastodon-html.util.js';

export interface MastodonPage {
  page: StreamPage;
  oldest: Date | null;
  newestId: string | null;
}

/** A status list must be a JSON array; anything else is not a page. */
export function statusList(body: unknown, what: string): unknown[] {
  const list = asArray(body);
  if (!list) throw new TypeError(`Mastodon answered ${what} with something other than a list`);
  return list;
}

/**
 * The account's own statuses. A reblog is someone else's status (its counts are the original's): skipped.
 * Direct messages are left to the conversations stream so that they are not counted twice. The
 * `application` that posted a status is kept as a hint (a scheduling tool), never as the person.
 */
export function parseMastodonStatuses(body: unknown): MastodonPage {
  const page = emptyPage();
  let oldest: Date | null = null;
  let newestId: string | null = null;
  statusList(body, 'statuses').forEach((entry, index) => {
    page.read += 1;
    const status = readStatus(entry, index + 1, page);
    if (!status) return;
    if (!oldest || status.createdAt < oldest) oldest = status.createdAt;
    newestId = maxNumericId(newestId, status.id);
    if (asObject(status.raw.reblog)) return countSkip(page, 'reblog');
    if (status.raw.visibility === 'direct') return countSkip(page, 'direct (collected with conversations)');
    page.outbound.push({
      externalId: status.id,
      kind: status.inReplyTo ? 'reply' : 'post',
      createdAt: status.createdAt,
      text: status.text,
      inReplyToExternalId: status.inReplyTo,
      conversationId: null,
      platformOperatorName: null,
      mediaUrls: mediaUrls(status.raw),
      permalink: asString(status.raw.url) ?? null,
      publishedVia: asString(path(status.raw, 'application', 'name')) ?? null,
    });
    page.engagement.push({
      externalId: status.id,
      reactions: asCount(status.raw.favourites_count),
      replies: asCount(status.raw.replies_count),
      reposts: asCount(status.raw.reblogs_count),
      quotes: asCount(status.raw.quotes_count),
      saves: null,
      clicks: null,
      impressions: null,
      reach: null,
      reactionsByType: null,
    });
  });
  page.newestId = newestId;
  return { page, oldest, newestId };
}

export interface ReadStatus {
  id: string;
  createdAt: Date;
  text: string;
  inReplyTo: string | null;
  authorId: string | null;
  raw: Json;
}

export function readStatus(entry: unknown, record: number, page: StreamPage): ReadStatus | null {
  const raw = asObject(entry);
  const id = asId(raw?.id);
  if (!raw || !id) {
    page.rejected.push({ record, field: 'id', reason: 'status without id' });
    return null;
  }
  const createdAt = asInstant(raw.created_at);
  if (!createdAt) {
    page.rejected.push({ record, field: 'created_at', reason: `status ${id}: no readable created_at` });
    return null;
  }
  const content = asString(raw.content);
  if (content === undefined) {
    page.rejected.push({ record, field: 'content', reason: `status ${id}: no content` });
    return null;
  }
  return {
    id,
    createdAt,
    text: cleanText(mastodonHtmlToText(content)),
    inReplyTo: asId(raw.in_reply_to_id) ?? null,
    authorId: asId(path(raw, 'account', 'id')) ?? null,
    raw,
  };
}

function mediaUrls(status: Json): string[] {
  return (asArray(status.media_attachments) ?? [])
    .map((m) => asString(path(m, 'url')) ?? asString(path(m, 'preview_url')))
    .filter((u): u is string => !!u);
}

/** Profile facts from an Account entity (GET /api/v1/accounts/:id). */
export function parseMastodonAccount(body: unknown): {
  followers: number | null;
  following: number | null;
  posts: number | null;
} {
  const account = asObject(body);
  if (!account || !asId(account.id)) throw new TypeError('Mastodon answered without an account');
  return {
    followers: asCount(account.followers_count),
    following: asCount(account.following_count),
    posts: asCount(account.statuses_count),
  };
}

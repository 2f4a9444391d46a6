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

export interface XParsedPage {
  page: StreamPage;
  nextToken: string | null;
  /** Oldest publication time in the page: paging stops once it is before the window. */
  oldest: Date | null;
  newestId: string | null;
}

/**
 * One page of the account's own timeline. A retweet is not the account's post, and the public_metrics it
 * carries are the original's (brexit.jsonl: 67 of 100 tweets), so retweets are skipped, counted by reason.
 * The endpoint lists only the account's tweets; quotes are the account's own posts with their own numbers.
 */
export function parseXTimelinePage(body: unknown): XParsedPage {
  return parse(body, (tweet, index, page, media) => {
    const refs = references(tweet);
    if (refs.retweeted) return countSkip(page, 'retweet');
    const base = common(tweet, index, page);
    if (!base) return;
    page.outbound.push({
      externalId: base.id,
      kind: refs.repliedTo ? 'reply' : 'post',
      createdAt: base.createdAt,
      text: base.text,
      inReplyToExternalId: refs.repliedTo,
      conversationId: null,
      platformOperatorName: null,
      mediaUrls: mediaUrls(tweet, media),
      permalink: null,
      publishedVia: asString(tweet.source) ?? null,
    });
    const metrics = asObject(tweet.public_metrics);
    if (metrics) {
      page.engagement.push({
        externalId: base.id,
        reactions: asCount(metrics.like_count),
        replies: asCount(metrics.reply_count),
        reposts: asCount(metrics.retweet_count),
        quotes: asCount(metrics.quote_count),
        saves: asCount(metrics.bookmark_count),
        clicks: null,
        impressions: asCount(metrics.impression_count),
        reach: null,
        reactionsByType: null,
      });
    }
  });
}

/**
 * One page of the account's mentions timeline. Retweets that mention the account are shares, not messages
 * to it; the account's own tweets are not inbound. Replies point at the tweet they answer.
 */
export function parseXMentionsPage(body: unknown, accountId: string): XParsedPage {
  return parse(body, (tweet, index, page) => {
    const refs = references(tweet);
    if (refs.retweeted) return countSkip(page, 'retweet');
    const base = common(tweet, index, page);
    if (!base) return;
    const author = asId(tweet.author_id);
    if (!author) {
      page.rejected.push({ record: index + 1, field: 'author_id', reason: 'missing author_id' });
      return;
    }
    if (author === accountId) return countSkip(page, 'own-tweet');
    page.inbound.push({
      externalId: base.id,
      kind: refs.repliedTo ? 'reply' : refs.quoted ? 'quote' : 'mention',
      authorExternalId: author,
      createdAt: base.createdAt,
      text: base.text,
      inReplyToExternalId: refs.repliedTo,
      conversationId: null,
      actionable: true,
    });
  });
}

function parse(
  body: unknown,
  onTweet: (tweet: Json, index: number, page: StreamPage, media: Map<string, string>) => void,
): XParsedPage {
  const page = emptyPage();
  const root = asObject(body);
  if (!root) throw new TypeError('X answered with something other than a JSON object');
  for (const problem of asArray(root.errors) ?? []) page.warnings.push(describeProblem(problem));
  const data = root.data === undefined ? [] : asArray(root.data);
  if (!data) throw new TypeError('X answered with a `data` that is not a list');
  const media = indexMedia(path(root, 'includes', 'media'));
  let oldest: Date | null = null;
  let newestId: string | null = null;
  data.forEach((entry, index) => {
    page.read += 1;
    const tweet = asObject(entry);
    if (!tweet) {
      page.rejected.push({ record: index + 1, reason: 'not a tweet object' });
      return;
    }
    const created = asInstant(tweet.created_at);
    if (created && (!oldest || created < oldest)) oldest = created;
    const id = asId(tweet.id);
    if (id && created) newestId = maxNumericId(newestId, id);
    onTweet(tweet, index, page, media);
  });
  page.newestId = newestId;
  const next = asString(path(root, 'meta', 'next_token'));
  return { page, nextToken: next && next.trim() !== '' ? next : null, oldest, newestId };
}

function common(
  tweet: Json,
  index: number,
  page: StreamPage,
): { id: string; createdAt: Date; text: string } | null {
  const id = asId(tweet.id);
  if (!id) {
    page.rejected.push({ record: index + 1, field: 'id', reason: 'missing tweet id' });
    return null;
  }
  const createdAt = asInstant(tweet.created_at);
  if (!createdAt) {
    page.rejected.push({
      record: index + 1,
      field: 'created_at',
      reason: `tweet ${id}: no readable created_at`,
    });
    return null;
  }
  const text = asString(tweet.text);
  if (text === undefined) {
    page.rejected.push({ record: index + 1, field: 'text', reason: `tweet ${id}: no text` });
    return null;
  }
  return { id, createdAt, text: cleanText(text) };
}

function references(tweet: Json): { retweeted: boolean; quoted: boolean; repliedTo: string | null } {
  const refs = (asArray(tweet.referenced_tweets) ?? []).map(asObject);
  const ofType = (type: string) => refs.find((r) => r?.type === type);
  return {
    retweeted: ofType('retweeted') !== undefined,
    quoted: ofType('quoted') !== undefined,
    repliedTo: asId(ofType('replied_to')?.id) ?? null,
  };
}

function indexMedia(value: unknown): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of asArray(value) ?? []) {
    const media = asObject(entry);
    const key = asString(media?.media_key);
    const url = asString(media?.url) ?? asString(media?.preview_image_url);
    if (key && url) index.set(key, url);
  }
  return index;
}

function mediaUrls(tweet: Json, media: Map<string, string>): string[] {
  const keys = asArray(path(tweet, 'attachments', 'media_keys')) ?? [];
  return keys.map((k) => (typeof k === 'string' ? media.get(k) : undefined)).filter((u): u is string => !!u);
}

function describeProblem(value: unknown): string {
  const problem = asObject(value);
  if (!problem) return 'X reported an error it did not describe';
  const parts = [asString(problem.title), asString(problem.detail)].filter((p) => p && p.trim() !== '');
  const resource = asString(problem.resource_id) ?? asString(problem.value);
  return `X reported: ${parts.join(': ') || 'an error'}${resource ? ` (${resource})` : ''}`.slice(0, 300);
}

/** Profile facts from GET /2/users/:id. */
export function parseXUser(body: unknown): {
  followers: number | null;
  following: number | null;
  posts: number | null;
} {
  const metrics = asObject(path(body, 'data', 'public_metrics'));
  if (!asObject(path(body, 'data'))) throw new TypeError('X answered without a user object');
  return {
    followers: asCount(metrics?.followers_count),
    following: asCount(metrics?.following_count),
    posts: asCount(metrics?.tweet_count),
  };
}

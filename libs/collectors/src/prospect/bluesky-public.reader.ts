// A Bluesky account's public service from the public AppView, without login: the profile (handle → DID),
// the author feed of the period (its posts and its replies, each with the post it answers), the threads of
// its posts (who replied to it), and the search for posts that mention it. All HTTP goes through
// PlatformHttpClient (timeouts, retries, 429 and Retry-After); the feed is read by the connector's parser.
import type { PublicAsk, PublicReply } from '#domain';
import type { PlatformHttpClient } from '../collection/http/platform-http.client.js';
import { PlatformStatusError } from '../collection/http/http-errors.js';
import { parseBlueskyAuthorFeed } from '../connectors/bluesky/bluesky.parser.js';
import { pageThrough } from '../connectors/paging.util.js';
import { asArray, asId, asInstant, asObject, asString, path } from '../connectors/payload.util.js';
import {
  ProspectAccountError,
  type PublicAccount,
  type PublicReadOptions,
  type PublicReading,
} from './prospect-source.types.js';

export class BlueskyPublicReader {
  constructor(
    private readonly http: PlatformHttpClient,
    private readonly appViewUrl: string,
  ) {}

  async read(handle: string, options: PublicReadOptions): Promise<PublicReading> {
    const account = await this.profile(handle);
    const did = account.id;
    const asks = new Map<string, PublicAsk>();
    const replies = new Map<string, PublicReply>();
    const notes: string[] = [];
    const ownPosts = await this.authorFeed(did, handle, options, asks, replies, notes);
    const inPeriod = ownPosts.filter(
      (p) => p.createdAt >= options.periodFrom && p.createdAt < options.periodTo,
    );
    const threads = inPeriod.slice(0, options.maxThreads);
    if (inPeriod.length > threads.length)
      notes.push(`threads read for the newest ${threads.length} of ${inPeriod.length} posts only`);
    for (const post of threads) this.walkThread(await this.thread(post.uri), did, handle, asks, replies);
    const mentionSearch = await this.mentions(handle, did, options, asks, notes);
    return {
      account,
      asks: [...asks.values()],
      replies: [...replies.values()],
      ownPosts: inPeriod.length,
      threadsRead: threads.length,
      mentionSearch,
      notes,
    };
  }

  private async profile(handle: string): Promise<PublicAccount> {
    const response = await this.http.request({
      url: this.xrpc('app.bsky.actor.getProfile', { actor: handle }),
      json: true,
      returnClientErrors: true,
    });
    if (response.status >= 400) {
      const code = asString(path(response.body, 'error')) ?? '';
      const message = asString(path(response.body, 'message')) ?? `status ${response.status}`;
      if (code === 'AccountTakedown')
        throw new ProspectAccountError(`Bluesky account @${handle} is suspended (taken down): ${message}`);
      if (code === 'AccountDeactivated')
        throw new ProspectAccountError(`Bluesky account @${handle} is deactivated: ${message}`);
      if (/not found|unable to resolve/i.test(message) || code === 'InvalidRequest')
        throw new ProspectAccountError(`No Bluesky account @${handle} (the AppView says: ${message})`);
      throw new PlatformStatusError(
        response.status,
        `${this.appViewUrl}/xrpc/app.bsky.actor.getProfile`,
        message,
      );
    }
    const did = asId(path(response.body, 'did'));
    if (!did?.startsWith('did:'))
      throw new ProspectAccountError(`Bluesky answered the profile of @${handle} without a DID`);
    return {
      platform: 'bluesky',
      id: did,
      address: `@${asString(path(response.body, 'handle')) ?? handle}`,
      displayName: asString(path(response.body, 'displayName'))?.trim() || null,
      profileUrl: `https://bsky.app/profile/${handle}`,
    };
  }

  /** The account's posts and replies (newest first) and, from each reply's parent, the asks it answered. */
  private async authorFeed(
    did: string,
    handle: string,
    options: PublicReadOptions,
    asks: Map<string, PublicAsk>,
    replies: Map<string, PublicReply>,
    notes: string[],
  ): Promise<{ uri: string; createdAt: Date }[]> {
    const own: { uri: string; createdAt: Date }[] = [];
    const listing = pageThrough<string | undefined>({
      first: undefined,
      since: options.periodFrom,
      maxPages: options.maxPages,
      cursorKey: (cursor) => cursor ?? '',
      fetchPage: async (cursor) => {
        const body = await this.http.getJson(
          this.xrpc('app.bsky.feed.getAuthorFeed', {
            actor: did,
            filter: 'posts_with_replies',
            limit: '50',
            ...(cursor ? { cursor } : {}),
          }),
        );
        const parsed = parseBlueskyAuthorFeed(body, did);
        for (const item of asArray(path(body, 'feed')) ?? []) {
          const parent = asObject(path(item, 'reply', 'parent'));
          if (parent && asString(path(item, 'post', 'author', 'did')) === did)
            this.noteAsk(parent, did, handle, asks);
        }
        for (const post of parsed.page.outbound) {
          own.push({ uri: post.externalId, createdAt: post.createdAt });
          if (post.inReplyToExternalId)
            replies.set(post.externalId, {
              id: post.externalId,
              createdAt: post.createdAt,
              inReplyToId: post.inReplyToExternalId,
            });
        }
        if (parsed.page.rejected.length > 0)
          notes.push(
            `${parsed.page.rejected.length} feed items unreadable: ${parsed.page.rejected[0].reason}`,
          );
        return { page: parsed.page, next: parsed.cursor, oldest: parsed.oldest };
      },
    });
    for await (const page of listing) void page;
    return own;
  }

  private async thread(uri: string): Promise<unknown> {
    return path(
      await this.http.getJson(
        this.xrpc('app.bsky.feed.getPostThread', { uri, depth: '10', parentHeight: '0' }),
      ),
      'thread',
    );
  }

  /** Replies by others to the account's posts are asks; the account's replies in the thread answer them. */
  private walkThread(
    node: unknown,
    did: string,
    handle: string,
    asks: Map<string, PublicAsk>,
    replies: Map<string, PublicReply>,
  ): void {
    const post = asObject(path(node, 'post'));
    if (!post) return; // #notFoundPost, #blockedPost: nothing to read
    const read = readPostView(post);
    if (read?.author === did && read.parent)
      replies.set(read.uri, { id: read.uri, createdAt: read.createdAt, inReplyToId: read.parent });
    for (const child of asArray(path(node, 'replies')) ?? []) {
      const childPost = asObject(path(child, 'post'));
      if (childPost && read?.author === did) this.noteAsk(childPost, did, handle, asks);
      this.walkThread(child, did, handle, asks, replies);
    }
  }

  /** A post by someone else is an ask when it replies to the account's post or mentions the account. */
  private noteAsk(
    view: Record<string, unknown>,
    did: string,
    handle: string,
    asks: Map<string, PublicAsk>,
  ): void {
    const read = readPostView(view);
    if (!read || read.author === did || asks.has(read.uri)) return;
    if (read.parent?.startsWith(`at://${did}/`))
      asks.set(read.uri, { id: read.uri, createdAt: read.createdAt, source: 'reply_to_account' });
    else if (mentions(view, did, handle))
      asks.set(read.uri, { id: read.uri, createdAt: read.createdAt, source: 'mention' });
  }

  /** app.bsky.feed.searchPosts for `mentions:HANDLE` in the period; refused or absent search is a noted limit. */
  private async mentions(
    handle: string,
    did: string,
    options: PublicReadOptions,
    asks: Map<string, PublicAsk>,
    notes: string[],
  ): Promise<PublicReading['mentionSearch']> {
    let cursor: string | null = null;
    for (let page = 1; page <= options.maxPages; page += 1) {
      const response = await this.http.request({
        url: this.xrpc('app.bsky.feed.searchPosts', {
          q: `mentions:${handle}`,
          sort: 'latest',
          since: options.periodFrom.toISOString(),
          until: options.periodTo.toISOString(),
          limit: '100',
          ...(cursor ? { cursor } : {}),
        }),
        json: true,
        returnClientErrors: true,
      });
      if (response.status >= 400) {
        const why = asString(path(response.body, 'message')) ?? `status ${response.status}`;
        notes.push(`the AppView refused the mention search (${response.status}: ${why})`);
        return 'unavailable';
      }
      for (const post of asArray(path(response.body, 'posts')) ?? []) {
        const view = asObject(post);
        const read = view ? readPostView(view) : null;
        if (!read || read.author === did || asks.has(read.uri)) continue;
        const source = read.parent?.startsWith(`at://${did}/`) ? 'reply_to_account' : 'mention';
        asks.set(read.uri, { id: read.uri, createdAt: read.createdAt, source });
      }
      cursor = asString(path(response.body, 'cursor')) || null;
      if (!cursor) return 'used';
    }
    notes.push(`the mention search stopped after ${options.maxPages} pages`);
    return 'used';
  }

  private xrpc(method: string, params: Record<string, string>): string {
    return `${this.appViewUrl}/xrpc/${method}?${new URLSearchParams(params).toString()}`;
  }
}

function readPostView(view: Record<string, unknown>) {
  const uri = asId(view.uri);
  const author = asId(path(view, 'author', 'did'));
  const createdAt = asInstant(path(view, 'record', 'createdAt')) ?? asInstant(view.indexedAt);
  if (!uri || !author || !createdAt) return null;
  return { uri, author, createdAt, parent: asId(path(view, 'record', 'reply', 'parent', 'uri')) ?? null };
}

function mentions(view: Record<string, unknown>, did: string, handle: string): boolean {
  const facets = asArray(path(view, 'record', 'facets')) ?? [];
  const byFacet = facets.some((facet) =>
    (asArray(path(facet, 'features')) ?? []).some((feature) => asString(path(feature, 'did')) === did),
  );
  const text = asString(path(view, 'record', 'text'))?.toLowerCase() ?? '';
  return byFacet || text.includes(`@${handle.toLowerCase()}`);
}

import { CredentialsMissingError } from '../../collection/http/http-errors.js';
import type { PlatformHttpClient } from '../../collection/http/platform-http.client.js';
import type { CollectionConfig } from '../../collection/collection.config.js';
import {
  emptyPage,
  type Connector,
  type ConnectorCapabilities,
  type StreamPage,
  type StreamRequest,
} from '../connector.types.js';
import { pageThrough } from '../paging.util.js';
import { parseXMentionsPage, parseXTimelinePage, parseXUser, type XParsedPage } from './x-page.parser.js';

const TWEET_FIELDS =
  'tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,public_metrics,attachments,source' +
  '&expansions=attachments.media_keys&media.fields=url,preview_image_url,type';

export const X_CAPABILITIES: ConnectorCapabilities = {
  streams: [
    {
      name: 'posts',
      produces: ['outbound', 'engagement'],
      access: 'credentials',
      paging: 'pagination_token (meta.next_token), 100 per page, start_time bounds the window',
      deletionCheck: ['post', 'reply'],
    },
    {
      name: 'mentions',
      produces: ['inbound'],
      access: 'credentials',
      paging: 'pagination_token, 100 per page, since_id after the first run',
      deletionCheck: null,
    },
    { name: 'profile', produces: ['profile'], access: 'credentials', paging: 'none', deletionCheck: null },
  ],
  attributes: [{ field: 'source', meaning: 'application' }],
  credentials: {
    secret: 'a bearer token (app-only or user context)',
    settings: [],
    permissions: 'X API v2 access with tweet.read and users.read (Basic tier or above for user timelines)',
  },
  limits: [
    'user timelines reach back 3,200 tweets; mentions 800',
    'impression counts only for the account’s own tweets with user-context tokens; non-public metrics only for tweets younger than 30 days',
    'rate limits per 15-minute window (x-rate-limit-* headers); 429 with x-rate-limit-reset',
    'a retweet carries the original tweet’s public_metrics: retweets are not counted as the account’s posts or engagement',
  ],
};

/** X API v2: the account's tweets with public_metrics, its mentions, its follower count. */
export class XConnector implements Connector {
  readonly platform = 'x' as const;
  readonly capabilities = X_CAPABILITIES;

  constructor(
    private readonly http: PlatformHttpClient,
    private readonly config: CollectionConfig,
  ) {}

  collect(request: StreamRequest): AsyncIterable<StreamPage> {
    const token = request.connection?.secret.token;
    if (!token)
      throw new CredentialsMissingError(
        `X account ${request.account.handle} has no bearer token (ledger account connect)`,
      );
    const headers = { authorization: `Bearer ${token}` };
    const user = encodeURIComponent(request.account.externalId);
    switch (request.stream) {
      case 'posts':
        return this.list(
          request,
          `/2/users/${user}/tweets`,
          headers,
          bound(request, false),
          parseXTimelinePage,
        );
      case 'mentions':
        return this.list(request, `/2/users/${user}/mentions`, headers, bound(request, true), (body) =>
          parseXMentionsPage(body, request.account.externalId),
        );
      case 'profile':
        return this.profile(user, headers);
      default:
        throw new Error(`X has no stream "${request.stream}"`);
    }
  }

  private list(
    request: StreamRequest,
    path: string,
    headers: Record<string, string>,
    window: string,
    parse: (body: unknown) => XParsedPage,
  ): AsyncIterable<StreamPage> {
    return pageThrough<string | null>({
      first: null,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (token) => token ?? '',
      fetchPage: async (token) => {
        const query = `max_results=100&${TWEET_FIELDS}${window}${token ? `&pagination_token=${encodeURIComponent(token)}` : ''}`;
        const parsed = parse(await this.http.getJson(`${this.config.xApiUrl}${path}?${query}`, headers));
        return { page: parsed.page, next: parsed.nextToken, oldest: parsed.oldest };
      },
    });
  }

  private async *profile(user: string, headers: Record<string, string>): AsyncGenerator<StreamPage> {
    const body = await this.http.getJson(
      `${this.config.xApiUrl}/2/users/${user}?user.fields=public_metrics`,
      headers,
    );
    const page = emptyPage();
    page.read = 1;
    page.profile = parseXUser(body);
    yield page;
  }
}

/** X bounds a listing by start_time, or after the first run of an inbound stream by since_id (exact, no overlap). */
function bound(request: StreamRequest, preferId: boolean): string {
  if (preferId && request.sinceId) return `&since_id=${encodeURIComponent(request.sinceId)}`;
  return request.since
    ? `&start_time=${encodeURIComponent(request.since.toISOString().replace(/\.\d{3}Z$/, 'Z'))}`
    : '';
}

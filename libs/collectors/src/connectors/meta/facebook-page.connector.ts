import type { CollectionConfig } from '../../collection/collection.config.js';
import { CredentialsMissingError } from '../../collection/http/http-errors.js';
import type { PlatformHttpClient } from '../../collection/http/platform-http.client.js';
import {
  emptyPage,
  type Connector,
  type ConnectorCapabilities,
  type StreamPage,
  type StreamRequest,
} from '../connector.types.js';
import { pageThrough } from '../paging.util.js';
import { parseFacebookCommentsByPost, parseFacebookCommentsList } from './facebook-comment.parser.js';
import { parseFacebookConversations, parseFacebookMessages } from './facebook-message.parser.js';
import { parseFacebookPage, parseFacebookPostsPage, REACTION_TYPES } from './facebook-post.parser.js';
import { isGraphThrottled, nextGraphUrl } from './graph-paging.util.js';

const POST_FIELDS = [
  'id,message,created_time,permalink_url,full_picture,admin_creator,attachments{media,subattachments},shares',
  'reactions.summary(total_count).limit(0)',
  'comments.filter(stream).summary(total_count).limit(0)',
  ...REACTION_TYPES.map((t) => `reactions.type(${t.toUpperCase()}).limit(0).summary(total_count).as(${t})`),
].join(',');
const COMMENT_FIELDS = 'id,from,message,created_time,parent{id},permalink_url';
/** Graph's limit for ids per multi-id request. */
const POSTS_PER_REQUEST = 50;

export const FACEBOOK_CAPABILITIES: ConnectorCapabilities = {
  streams: [
    {
      name: 'posts',
      produces: ['outbound', 'engagement'],
      access: 'credentials',
      paging: 'cursor URLs (paging.next), 25 per page, `since` bounds the window',
      deletionCheck: ['post'],
    },
    {
      name: 'comments',
      produces: ['inbound', 'outbound'],
      access: 'credentials',
      paging: 'up to 50 posts per request (?ids=), then each post’s paging.next',
      deletionCheck: null,
      readsStoredPosts: true,
    },
    {
      name: 'messages',
      produces: ['inbound', 'outbound'],
      access: 'credentials',
      paging: 'conversations by paging.next, then each conversation’s messages',
      deletionCheck: null,
    },
    { name: 'profile', produces: ['profile'], access: 'credentials', paging: 'none', deletionCheck: null },
  ],
  attributes: [{ field: 'admin_creator', meaning: 'operator' }],
  credentials: {
    secret: 'a Page access token',
    settings: [],
    permissions: 'pages_read_engagement, pages_read_user_content, pages_messaging (Messenger), read_insights',
  },
  limits: [
    'Graph API versions are retired about two years after release: set LEDGER_META_API_VERSION',
    'admin_creator only with a Page access token; comments without `from` cannot be attributed and are reported',
    'Page Insights only for Pages with 100 or more likes',
    'rate limits by app and business use case (X-App-Usage, X-Business-Use-Case-Usage); throttling is error code 4, 17, 32 or 613',
  ],
};

/** Facebook Pages through the Graph API: posts with engagement and admin_creator, comments, Messenger, followers. */
export class FacebookPageConnector implements Connector {
  readonly platform = 'facebook' as const;
  readonly capabilities = FACEBOOK_CAPABILITIES;

  constructor(
    private readonly http: PlatformHttpClient,
    private readonly config: CollectionConfig,
  ) {}

  private get graph(): string {
    return `${this.config.metaGraphUrl}/${this.config.metaApiVersion}`;
  }

  collect(request: StreamRequest): AsyncIterable<StreamPage> {
    const token = request.connection?.secret.token;
    if (!token)
      throw new CredentialsMissingError(
        `Facebook Page ${request.account.handle} has no Page access token (ledger account connect)`,
      );
    const headers = { authorization: `Bearer ${token}` };
    const pageId = request.account.externalId;
    switch (request.stream) {
      case 'posts':
        return this.posts(request, pageId, headers);
      case 'comments':
        return this.comments(request, pageId, headers);
      case 'messages':
        return this.messages(request, pageId, headers);
      case 'profile':
        return this.profile(pageId, headers);
      default:
        throw new Error(`Facebook has no stream "${request.stream}"`);
    }
  }

  private get(url: string, headers: Record<string, string>): Promise<unknown> {
    return this.http.getJson(url, headers, isGraphThrottled);
  }

  private posts(
    request: StreamRequest,
    pageId: string,
    headers: Record<string, string>,
  ): AsyncIterable<StreamPage> {
    const since = request.since ? `&since=${Math.floor(request.since.getTime() / 1000)}` : '';
    return pageThrough<string>({
      first: `${this.graph}/${encodeURIComponent(pageId)}/posts?fields=${encodeURIComponent(POST_FIELDS)}&limit=25${since}`,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (url) => url,
      fetchPage: async (url) => {
        const body = await this.get(url, headers);
        const parsed = parseFacebookPostsPage(body);
        return {
          page: parsed.page,
          next: nextGraphUrl(body, this.config.metaGraphUrl),
          oldest: parsed.oldest,
        };
      },
    });
  }

  private async *comments(
    request: StreamRequest,
    pageId: string,
    headers: Record<string, string>,
  ): AsyncGenerator<StreamPage> {
    const fields = encodeURIComponent(`comments.filter(stream).limit(100){${COMMENT_FIELDS}}`);
    for (let i = 0; i < request.knownPostIds.length; i += POSTS_PER_REQUEST) {
      const ids = request.knownPostIds.slice(i, i + POSTS_PER_REQUEST);
      const body = await this.get(
        `${this.graph}/?ids=${ids.map(encodeURIComponent).join(',')}&fields=${fields}`,
        headers,
      );
      const first = parseFacebookCommentsByPost(body, pageId, this.config.metaGraphUrl);
      yield first.page;
      for (const [postId, next] of first.nextByPost) {
        yield* pageThrough<string>({
          first: next,
          since: null,
          maxPages: request.maxPages,
          cursorKey: (url) => url,
          fetchPage: async (url) => {
            const page = await this.get(url, headers);
            const parsed = parseFacebookCommentsList(page, postId, pageId);
            return {
              page: parsed.page,
              next: nextGraphUrl(page, this.config.metaGraphUrl),
              oldest: parsed.oldest,
            };
          },
        });
      }
    }
  }

  private async *messages(
    request: StreamRequest,
    pageId: string,
    headers: Record<string, string>,
  ): AsyncGenerator<StreamPage> {
    const conversations: string[] = [];
    const listing = pageThrough<string>({
      first: `${this.graph}/${encodeURIComponent(pageId)}/conversations?platform=messenger&fields=id,updated_time&limit=25`,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (url) => url,
      fetchPage: async (url) => {
        const body = await this.get(url, headers);
        const parsed = parseFacebookConversations(body);
        conversations.push(...parsed.ids);
        const page = emptyPage();
        if (parsed.rejected > 0) page.warnings.push(`${parsed.rejected} conversations without id`);
        return { page, next: nextGraphUrl(body, this.config.metaGraphUrl), oldest: parsed.oldest };
      },
    });
    for await (const page of listing) if (page.warnings.length > 0) yield page;
    for (const conversationId of conversations) {
      yield* pageThrough<string>({
        first: `${this.graph}/${encodeURIComponent(conversationId)}/messages?fields=id,created_time,from,to,message,attachments&limit=100`,
        since: request.since,
        maxPages: request.maxPages,
        cursorKey: (url) => url,
        fetchPage: async (url) => {
          const body = await this.get(url, headers);
          const parsed = parseFacebookMessages(body, conversationId, pageId);
          return {
            page: parsed.page,
            next: nextGraphUrl(body, this.config.metaGraphUrl),
            oldest: parsed.oldest,
          };
        },
      });
    }
  }

  private async *profile(pageId: string, headers: Record<string, string>): AsyncGenerator<StreamPage> {
    const body = await this.get(
      `${this.graph}/${encodeURIComponent(pageId)}?fields=id,followers_count,fan_count`,
      headers,
    );
    const page = emptyPage();
    page.read = 1;
    page.profile = parseFacebookPage(body);
    yield page;
  }
}

import type { CollectionConfig } from '../../collection/collection.config.js';
import { CredentialsMissingError, PlatformStatusError } from '../../collection/http/http-errors.js';
import type { PlatformHttpClient } from '../../collection/http/platform-http.client.js';
import {
  emptyPage,
  type Connector,
  type ConnectorCapabilities,
  type StreamPage,
  type StreamRequest,
} from '../connector.types.js';
import { asArray, path } from '../payload.util.js';
import { pageThrough, type FetchedPage } from '../paging.util.js';
import { nextLink } from './link-header.util.js';
import {
  addConversationStatuses,
  parseMastodonConversations,
  parseMastodonGroupedNotifications,
  parseMastodonNotifications,
} from './mastodon-notification.parser.js';
import { parseMastodonAccount, parseMastodonStatuses, type MastodonPage } from './mastodon-status.parser.js';

export const MASTODON_CAPABILITIES: ConnectorCapabilities = {
  streams: [
    {
      name: 'posts',
      produces: ['outbound', 'engagement'],
      access: 'public',
      paging: 'Link header (rel="next", max_id), 40 per page',
      deletionCheck: ['post', 'reply'],
    },
    {
      name: 'notifications',
      produces: ['inbound'],
      access: 'credentials',
      paging: 'grouped v2 (Mastodon 4.3+) or v1, Link header, since_id after the first run',
      deletionCheck: null,
    },
    {
      name: 'conversations',
      produces: ['inbound', 'outbound'],
      access: 'credentials',
      paging: 'Link header; each conversation’s earlier messages from the status context',
      deletionCheck: null,
    },
    { name: 'profile', produces: ['profile'], access: 'public', paging: 'none', deletionCheck: null },
  ],
  attributes: [{ field: 'application', meaning: 'application' }],
  credentials: {
    secret: 'an access token of the account (optional for public posts and profile)',
    settings: ['instanceUrl'],
    permissions:
      'read:statuses, read:notifications, read:accounts (scopes of the application the token belongs to)',
  },
  limits: [
    'each instance sets its own limits: 300 requests per 5 minutes per token by default (X-RateLimit-* headers)',
    'the conversations API lists each conversation’s latest message; earlier ones come from the status context',
    'statuses deleted before the first collection are never seen',
  ],
};

/** Mastodon (any instance): statuses with counts and `application`, notifications, direct conversations, followers. */
export class MastodonConnector implements Connector {
  readonly platform = 'mastodon' as const;
  readonly capabilities = MASTODON_CAPABILITIES;

  // The instance URL is per account (its connection settings), so the shared configuration is not needed.
  constructor(
    private readonly http: PlatformHttpClient,
    _config?: CollectionConfig,
  ) {}

  collect(request: StreamRequest): AsyncIterable<StreamPage> {
    const instance = request.connection?.settings.instanceUrl?.replace(/\/$/, '');
    if (!instance)
      throw new CredentialsMissingError(
        `Mastodon account ${request.account.handle} has no instance URL (ledger account connect --instance)`,
      );
    const token = request.connection?.secret.token;
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const needToken = () => {
      if (!token)
        throw new CredentialsMissingError(
          `Mastodon stream ${request.stream} needs an access token (ledger account connect)`,
        );
    };
    const id = encodeURIComponent(request.account.externalId);
    switch (request.stream) {
      case 'posts':
        return this.list(
          request,
          `${instance}/api/v1/accounts/${id}/statuses?limit=40`,
          headers,
          parseMastodonStatuses,
        );
      case 'notifications':
        needToken();
        return this.notifications(request, instance, headers);
      case 'conversations':
        needToken();
        return this.conversations(request, instance, headers);
      case 'profile':
        return this.profile(`${instance}/api/v1/accounts/${id}`, headers);
      default:
        throw new Error(`Mastodon has no stream "${request.stream}"`);
    }
  }

  private list(
    request: StreamRequest,
    first: string,
    headers: Record<string, string>,
    parse: (body: unknown) => MastodonPage,
  ): AsyncIterable<StreamPage> {
    return pageThrough<string>({
      first,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (url) => url,
      fetchPage: (url) => this.fetchPage(url, headers, parse),
    });
  }

  private async fetchPage(
    url: string,
    headers: Record<string, string>,
    parse: (body: unknown) => MastodonPage,
  ): Promise<FetchedPage<string>> {
    const response = await this.http.request({ url, headers, json: true });
    const parsed = parse(response.body);
    return { page: parsed.page, next: nextLink(response.headers.get('link')), oldest: parsed.oldest };
  }

  private async *notifications(
    request: StreamRequest,
    instance: string,
    headers: Record<string, string>,
  ): AsyncGenerator<StreamPage> {
    const since = request.sinceId ? `&since_id=${encodeURIComponent(request.sinceId)}` : '';
    const account = request.account.externalId;
    const types = 'types[]=mention&types[]=quote';
    try {
      yield* this.list(
        request,
        `${instance}/api/v2/notifications?${types}&limit=40${since}`,
        headers,
        (body) => parseMastodonGroupedNotifications(body, account),
      );
    } catch (error) {
      // Instances before 4.3 have no grouped notifications: v1 lists the same mentions one by one.
      if (!(error instanceof PlatformStatusError && error.status === 404)) throw error;
      yield* this.list(
        request,
        `${instance}/api/v1/notifications?${types}&limit=40${since}`,
        headers,
        (body) => parseMastodonNotifications(body, account),
      );
    }
  }

  private async *conversations(
    request: StreamRequest,
    instance: string,
    headers: Record<string, string>,
  ): AsyncGenerator<StreamPage> {
    const found: { id: string; lastStatus: unknown }[] = [];
    const listing = pageThrough<string>({
      first: `${instance}/api/v1/conversations?limit=40`,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (url) => url,
      fetchPage: async (url) => {
        const response = await this.http.request({ url, headers, json: true });
        const parsed = parseMastodonConversations(response.body);
        found.push(...parsed.conversations);
        const page = emptyPage();
        if (parsed.rejected > 0)
          page.warnings.push(`${parsed.rejected} conversations without id or latest status`);
        return { page, next: nextLink(response.headers.get('link')), oldest: parsed.oldest };
      },
    });
    for await (const page of listing) if (page.warnings.length > 0) yield page;
    for (const conversation of found) {
      const lastId = String(path(conversation.lastStatus, 'id'));
      const context = await this.http.getJson(
        `${instance}/api/v1/statuses/${encodeURIComponent(lastId)}/context`,
        headers,
      );
      const ancestors = asArray(path(context, 'ancestors'));
      const page = emptyPage();
      if (!ancestors)
        page.warnings.push(`conversation ${conversation.id}: the status context had no ancestors list`);
      addConversationStatuses(
        page,
        conversation.id,
        [...(ancestors ?? []), conversation.lastStatus],
        request.account.externalId,
        1,
      );
      yield page;
    }
  }

  private async *profile(url: string, headers: Record<string, string>): AsyncGenerator<StreamPage> {
    const page = emptyPage();
    page.read = 1;
    page.profile = parseMastodonAccount(await this.http.getJson(url, headers));
    yield page;
  }
}

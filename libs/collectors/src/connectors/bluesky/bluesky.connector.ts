import { AtpAgent } from '@atproto/api';
import type { CollectionConfig } from '../../collection/collection.config.js';
import {
  CredentialsMissingError,
  PlatformRequestError,
  PlatformStatusError,
} from '../../collection/http/http-errors.js';
import type { PlatformHttpClient } from '../../collection/http/platform-http.client.js';
import {
  emptyPage,
  type Connector,
  type ConnectorCapabilities,
  type StreamPage,
  type StreamRequest,
} from '../connector.types.js';
import { pageThrough } from '../paging.util.js';
import {
  parseBlueskyAuthorFeed,
  parseBlueskyNotifications,
  parseBlueskyProfile,
  type BlueskyPage,
} from './bluesky.parser.js';

export const BLUESKY_CAPABILITIES: ConnectorCapabilities = {
  streams: [
    {
      name: 'posts',
      produces: ['outbound', 'engagement'],
      access: 'public',
      paging: 'cursor, 50 per page (public AppView, no login)',
      deletionCheck: ['post', 'reply'],
    },
    {
      name: 'notifications',
      produces: ['inbound'],
      access: 'credentials',
      paging: 'cursor, 50 per page (logged in with an app password)',
      deletionCheck: null,
    },
    { name: 'profile', produces: ['profile'], access: 'public', paging: 'none', deletionCheck: null },
  ],
  attributes: [],
  credentials: {
    secret: 'an app password (Settings → Privacy and security → App passwords); not the account password',
    settings: ['pdsUrl (optional: a self-hosted PDS)'],
    permissions: 'an app password without direct-message access is enough',
  },
  limits: [
    'AppView: 3,000 requests per 5 minutes per IP; logins (createSession) 30 per 5 minutes and 300 per day per account',
    'like, repost, reply and quote counts are AppView counts, not impressions: Bluesky has no reach or impressions',
    'direct messages (chat.bsky) are not collected',
  ],
};

/** Bluesky through @atproto/api: the author feed (public AppView), notifications (app password), followers. */
export class BlueskyConnector implements Connector {
  readonly platform = 'bluesky' as const;
  readonly capabilities = BLUESKY_CAPABILITIES;

  constructor(
    private readonly http: PlatformHttpClient,
    private readonly config: CollectionConfig,
  ) {}

  collect(request: StreamRequest): AsyncIterable<StreamPage> {
    const did = request.account.externalId;
    switch (request.stream) {
      case 'posts': {
        const agent = this.agent(this.config.blueskyAppViewUrl);
        return this.list(request, (cursor) =>
          call(
            () =>
              agent.app.bsky.feed.getAuthorFeed({
                actor: did,
                filter: 'posts_with_replies',
                limit: 50,
                cursor,
              }),
            (body) => parseBlueskyAuthorFeed(body, did),
          ),
        );
      }
      case 'notifications':
        return this.notifications(request, did);
      case 'profile':
        return this.profile(did);
      default:
        throw new Error(`Bluesky has no stream "${request.stream}"`);
    }
  }

  private agent(service: string): AtpAgent {
    return new AtpAgent({ service, fetch: this.http.asFetch() });
  }

  private list(request: StreamRequest, fetchPage: (cursor: string | undefined) => Promise<BlueskyPage>) {
    return pageThrough<string | undefined>({
      first: undefined,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (cursor) => cursor ?? '',
      fetchPage: async (cursor) => {
        const parsed = await fetchPage(cursor);
        return { page: parsed.page, next: parsed.cursor ?? null, oldest: parsed.oldest };
      },
    });
  }

  private async *notifications(request: StreamRequest, did: string): AsyncGenerator<StreamPage> {
    const password = request.connection?.secret.appPassword;
    if (!password)
      throw new CredentialsMissingError(
        `Bluesky account ${request.account.handle} has no app password (ledger account connect)`,
      );
    const agent = this.agent(request.connection?.settings.pdsUrl || this.config.blueskyPdsUrl);
    await call(
      () =>
        agent.login({
          identifier: request.connection?.secret.identifier || request.account.handle,
          password,
        }),
      () => null,
    );
    yield* this.list(request, (cursor) =>
      call(
        () => agent.app.bsky.notification.listNotifications({ limit: 50, cursor }),
        (body) => parseBlueskyNotifications(body, did),
      ),
    );
  }

  private async *profile(did: string): AsyncGenerator<StreamPage> {
    const agent = this.agent(this.config.blueskyAppViewUrl);
    const page = emptyPage();
    page.read = 1;
    page.profile = await call(() => agent.app.bsky.actor.getProfile({ actor: did }), parseBlueskyProfile);
    yield page;
  }
}

/**
 * Runs one XRPC call and parses its body. A body that fails the lexicon's validation is still read record by
 * record (the invalid ones are rejected with reasons, the rest kept); transport failures surface as the
 * HTTP layer's own errors, platform error answers as PlatformStatusError.
 */
async function call<T>(run: () => Promise<{ data: unknown }>, parse: (body: unknown) => T): Promise<T> {
  try {
    return parse((await run()).data);
  } catch (error) {
    const e = error as {
      responseBody?: unknown;
      cause?: unknown;
      status?: unknown;
      error?: unknown;
      message?: string;
    };
    if (error instanceof TypeError) throw error;
    if (e.responseBody !== undefined && e.responseBody !== null) {
      const parsed = parse(e.responseBody);
      const page = (parsed as { page?: StreamPage } | null)?.page;
      page?.warnings.push(`the answer did not pass the AT Protocol lexicon: ${describeCause(e.cause)}`);
      return parsed;
    }
    if (e.cause instanceof PlatformRequestError) throw e.cause;
    if (typeof e.status === 'number' && e.status >= 400) {
      throw new PlatformStatusError(
        e.status,
        'Bluesky',
        [e.error, e.message].filter((x) => typeof x === 'string').join(': '),
      );
    }
    throw error;
  }
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message.slice(0, 200) : 'invalid';
}

import { createHash } from 'node:crypto';
import { AtpAgent, type AtpSessionData } from '@atproto/api';
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

  /**
   * Sessions of this process by PDS, identifier and password: Bluesky allows 30 logins per 5 minutes and 300
   * a day per account, and notifications are collected every few minutes, so a session is resumed (the agent
   * refreshes its tokens) rather than a login made per run. A changed password gives a new key: a new login.
   */
  private readonly sessions = new Map<string, AtpSessionData>();

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
    const agent = await this.loggedIn(
      request.connection?.settings.pdsUrl || this.config.blueskyPdsUrl,
      request.connection?.secret.identifier || request.account.handle,
      password,
    );
    yield* this.list(request, (cursor) =>
      call(
        () => agent.app.bsky.notification.listNotifications({ limit: 50, cursor }),
        (body) => parseBlueskyNotifications(body, did),
      ),
    );
  }

  /** An agent with a session: this process's earlier one resumed (one token refresh), else a fresh login. */
  private async loggedIn(service: string, identifier: string, password: string): Promise<AtpAgent> {
    const key = `${service}\n${identifier}\n${createHash('sha256').update(password).digest('hex')}`;
    const agent = new AtpAgent({
      service,
      fetch: this.http.asFetch(),
      // Refreshed tokens replace the stored ones; an expired or failed session is forgotten.
      persistSession: (event, session) => {
        if (session && (event === 'create' || event === 'update')) this.sessions.set(key, session);
        else if (event === 'expired' || event === 'create-failed') this.sessions.delete(key);
      },
    });
    const saved = this.sessions.get(key);
    if (saved) {
      try {
        await agent.resumeSession(saved);
        return agent;
      } catch {
        // Revoked or expired beyond refresh: log in again below.
        this.sessions.delete(key);
      }
    }
    await call(
      () => agent.login({ identifier, password }),
      () => null,
    );
    return agent;
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

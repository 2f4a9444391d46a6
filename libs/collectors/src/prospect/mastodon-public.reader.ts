// A Mastodon account's public service from its instance's public API, without a token: the account
// (lookup by address), its statuses of the period (read by the connector's parser), the public context of
// each status (who replied to it, and whether the account answered), and the status each of its replies
// answers. Mastodon offers no public search of statuses, so mentions outside these threads stay unseen.
import type { PublicAsk, PublicReply } from '#domain';
import type { PlatformHttpClient } from '../collection/http/platform-http.client.js';
import { PlatformStatusError } from '../collection/http/http-errors.js';
import { nextLink } from '../connectors/mastodon/link-header.util.js';
import { parseMastodonStatuses } from '../connectors/mastodon/mastodon-status.parser.js';
import { pageThrough } from '../connectors/paging.util.js';
import { asArray, asId, asInstant, asObject, asString, path } from '../connectors/payload.util.js';
import {
  ProspectAccountError,
  type PublicAccount,
  type PublicReadOptions,
  type PublicReading,
} from './prospect-source.types.js';

interface Status {
  id: string;
  createdAt: Date;
  accountId: string;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  mentionIds: string[];
}

export class MastodonPublicReader {
  constructor(private readonly http: PlatformHttpClient) {}

  /** `instance` names the account (@user@instance); `instanceUrl` is where that instance answers. */
  async read(
    user: string,
    instance: string,
    instanceUrl: string,
    options: PublicReadOptions,
  ): Promise<PublicReading> {
    const base = instanceUrl.replace(/\/$/, '');
    const account = await this.lookup(base, user, instance);
    const self = account.id;
    const asks = new Map<string, PublicAsk>();
    const replies = new Map<string, PublicReply>();
    const notes: string[] = [];
    const own = await this.statuses(base, self, options);
    const note = (s: Status) => {
      if (s.accountId === self) {
        if (s.inReplyToId)
          replies.set(s.id, { id: s.id, createdAt: s.createdAt, inReplyToId: s.inReplyToId });
        return;
      }
      if (asks.has(s.id)) return;
      if (s.inReplyToAccountId === self)
        asks.set(s.id, { id: s.id, createdAt: s.createdAt, source: 'reply_to_account' });
      else if (s.mentionIds.includes(self))
        asks.set(s.id, { id: s.id, createdAt: s.createdAt, source: 'mention' });
    };
    own.forEach(note);
    // The status each reply answers: a question that mentioned the account outside its own threads.
    for (const reply of own.filter((s) => s.inReplyToId && s.inReplyToAccountId !== self)) {
      const parent = await this.status(base, reply.inReplyToId!);
      if (parent) note(parent);
    }
    const threads = own.slice(0, options.maxThreads);
    if (own.length > threads.length)
      notes.push(`contexts read for the newest ${threads.length} of ${own.length} statuses only`);
    for (const status of threads) {
      const context = await this.http.getJson(
        `${base}/api/v1/statuses/${encodeURIComponent(status.id)}/context`,
      );
      for (const entry of asArray(path(context, 'descendants')) ?? []) {
        const read = readStatus(entry);
        if (read) note(read);
      }
    }
    return {
      account,
      asks: [...asks.values()],
      replies: [...replies.values()],
      ownPosts: own.length,
      threadsRead: threads.length,
      mentionSearch: 'not_offered',
      notes,
    };
  }

  private async lookup(base: string, user: string, instance: string): Promise<PublicAccount> {
    const response = await this.http.request({
      url: `${base}/api/v1/accounts/lookup?acct=${encodeURIComponent(user)}`,
      json: true,
      returnClientErrors: true,
    });
    const address = `@${user}@${instance}`;
    if (response.status === 404)
      throw new ProspectAccountError(`No Mastodon account ${address} (the instance says: not found)`);
    if (response.status === 401 || response.status === 403)
      throw new ProspectAccountError(
        `The instance ${instance} does not show accounts without login (${response.status})`,
      );
    if (response.status >= 400)
      throw new PlatformStatusError(
        response.status,
        `${base}/api/v1/accounts/lookup`,
        asString(path(response.body, 'error')) ?? '',
      );
    const body = asObject(response.body);
    const id = asId(body?.id);
    if (!body || !id)
      throw new ProspectAccountError(`The instance answered the lookup of ${address} without an account`);
    if (body.suspended === true) throw new ProspectAccountError(`Mastodon account ${address} is suspended`);
    return {
      platform: 'mastodon',
      id,
      address,
      displayName: asString(body.display_name)?.trim() || null,
      profileUrl: asString(body.url) ?? null,
    };
  }

  /** The account's public statuses of the period, newest first, reblogs and direct messages left out. */
  private async statuses(base: string, self: string, options: PublicReadOptions): Promise<Status[]> {
    const own: Status[] = [];
    const listing = pageThrough<string>({
      first: `${base}/api/v1/accounts/${encodeURIComponent(self)}/statuses?limit=40&exclude_reblogs=true`,
      since: options.periodFrom,
      maxPages: options.maxPages,
      cursorKey: (url) => url,
      fetchPage: async (url) => {
        const response = await this.http.request({ url, json: true, returnClientErrors: true });
        if (response.status === 401 || response.status === 403)
          throw new ProspectAccountError(
            `The instance does not show this account's statuses without login (${response.status})`,
          );
        if (response.status >= 400)
          throw new PlatformStatusError(
            response.status,
            `${base}/api/v1/accounts/…/statuses`,
            asString(path(response.body, 'error')) ?? '',
          );
        const parsed = parseMastodonStatuses(response.body);
        const kept = new Set(parsed.page.outbound.map((o) => o.externalId));
        for (const entry of asArray(response.body) ?? []) {
          const read = readStatus(entry);
          if (
            read &&
            kept.has(read.id) &&
            read.createdAt >= options.periodFrom &&
            read.createdAt < options.periodTo
          )
            own.push(read);
        }
        return { page: parsed.page, next: nextLink(response.headers.get('link')), oldest: parsed.oldest };
      },
    });
    for await (const page of listing) void page;
    return own;
  }

  /** One public status; null when it is gone or not public (a deleted question is simply not seen). */
  private async status(base: string, id: string): Promise<Status | null> {
    const response = await this.http.request({
      url: `${base}/api/v1/statuses/${encodeURIComponent(id)}`,
      json: true,
      returnClientErrors: true,
    });
    return response.status >= 400 ? null : readStatus(response.body);
  }
}

function readStatus(entry: unknown): Status | null {
  const raw = asObject(entry);
  const id = asId(raw?.id);
  const createdAt = asInstant(raw?.created_at);
  const accountId = asId(path(raw, 'account', 'id'));
  if (!raw || !id || !createdAt || !accountId) return null;
  return {
    id,
    createdAt,
    accountId,
    inReplyToId: asId(raw.in_reply_to_id) ?? null,
    inReplyToAccountId: asId(raw.in_reply_to_account_id) ?? null,
    mentionIds: (asArray(raw.mentions) ?? []).map((m) => asId(path(m, 'id'))).filter((m): m is string => !!m),
  };
}

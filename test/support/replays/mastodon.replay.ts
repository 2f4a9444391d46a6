// A Mastodon instance replayed from the recorded cassettes in ../shared/data/mastodon ([{method, uri, status,
// body}]). Account statuses are the recorded public-timeline statuses of that account, paged by max_id with
// a Link header; v1 notifications are the recorded list; grouped v2 notifications are built from the same
// recorded notifications in the documented v2 shape (Mastodon 4.3 groups them; nothing here is invented
// beyond the grouping).
import fs from 'node:fs';
import { sharedDataFile } from '../shared-data.js';
import type { ReplayRequest, ReplayServer } from '../replay-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Cassette {
  method: string;
  uri: string;
  status: number;
  body: unknown;
}

export function readCassette(name: string): Cassette[] {
  return JSON.parse(fs.readFileSync(sharedDataFile(`mastodon/${name}.json`), 'utf8')) as Cassette[];
}

/** The body of the recorded answer to `method uri-suffix`. */
export function recorded(cassette: Cassette[], method: string, uriEnd: string): Json | Json[] {
  const entry = cassette.find(
    (c) => c.method === method && new URL(c.uri).pathname + new URL(c.uri).search === uriEnd,
  );
  if (!entry) throw new Error(`no recorded ${method} ${uriEnd}`);
  return entry.body as Json | Json[];
}

export const MASTODON_ADMIN_ID = '117020565693913441';

export function replayMastodon(
  server: ReplayServer,
  options: { token: string; pageSize?: number; groupedNotifications?: boolean },
): void {
  const timeline = recorded(readCassette('test_public_tl'), 'GET', '/api/v1/timelines/public') as Json[];
  const notifications = recorded(
    readCassette('test_notifications'),
    'GET',
    '/api/v1/notifications',
  ) as Json[];
  const conversationsCassette = readCassette('test_conversations');
  const conversations = recorded(conversationsCassette, 'GET', '/api/v1/conversations/') as Json[];
  const me = recorded(conversationsCassette, 'GET', '/api/v1/accounts/verify_credentials') as Json;
  const emptyContext = recorded(
    readCassette('test_status_context'),
    'GET',
    '/api/v1/statuses/117020585487094447/context',
  );
  const size = options.pageSize ?? 4;
  const needsToken = (request: ReplayRequest) =>
    request.headers.authorization === `Bearer ${options.token}`
      ? null
      : { status: 401, json: { error: 'The access token is invalid' } };

  server.route('GET', /^\/api\/v1\/accounts\/(\d+)\/statuses$/, (request, match) => {
    const maxId = request.query.get('max_id');
    const own = timeline.filter((s) => s.account.id === match[1] && (!maxId || BigInt(s.id) < BigInt(maxId)));
    const page = own.slice(0, size);
    const more = own.length > size;
    const link = `<${server.url}${request.path}?limit=40&max_id=${page.at(-1)?.id}>; rel="next"`;
    return { json: page, headers: more ? { link } : undefined };
  });
  server.route('GET', /^\/api\/v1\/accounts\/(\d+)$/, (_request, match) =>
    match[1] === me.id ? { json: me } : { status: 404, json: { error: 'Record not found' } },
  );
  server.route('GET', /^\/api\/v2\/notifications$/, (request) => {
    if (options.groupedNotifications === false) return { status: 404, json: { error: 'Not Found' } };
    return needsToken(request) ?? { json: grouped(notifications) };
  });
  server.route(
    'GET',
    /^\/api\/v1\/notifications$/,
    (request) => needsToken(request) ?? { json: notifications },
  );
  server.route(
    'GET',
    /^\/api\/v1\/conversations$/,
    (request) => needsToken(request) ?? { json: conversations },
  );
  server.route(
    'GET',
    /^\/api\/v1\/statuses\/(\d+)\/context$/,
    (request) => needsToken(request) ?? { json: emptyContext },
  );
}

/** The v2 grouped form of v1 notifications: deduplicated accounts and statuses, one group per notification. */
export function grouped(notifications: Json[]): Json {
  const accounts = new Map<string, Json>();
  const statuses = new Map<string, Json>();
  for (const n of notifications) {
    accounts.set(n.account.id, n.account);
    if (n.status) statuses.set(n.status.id, n.status);
  }
  return {
    accounts: [...accounts.values()],
    statuses: [...statuses.values()],
    notification_groups: notifications.map((n) => ({
      group_key: n.group_key ?? `ungrouped-${n.id}`,
      notifications_count: 1,
      type: n.type,
      most_recent_notification_id: Number(n.id),
      page_min_id: n.id,
      page_max_id: n.id,
      latest_page_notification_at: n.created_at,
      sample_account_ids: [n.account.id],
      status_id: n.status?.id ?? null,
    })),
  };
}

/**
 * A Mastodon instance as a prospect audit reads it, without a token: account lookup by name, single
 * statuses and their public context, all from the recorded statuses (the public timeline, the notification
 * and the posted statuses of the cassettes). A context's descendants are the recorded statuses whose
 * in_reply_to_id chain leads to the status. Routes registered here come before replayMastodon's.
 */
export function replayMastodonPublic(server: ReplayServer): void {
  const statuses = new Map<string, Json>();
  const accounts = new Map<string, Json>();
  for (const name of ['test_public_tl', 'test_notifications', 'test_status_context']) {
    for (const entry of readCassette(name)) {
      const bodies = Array.isArray(entry.body) ? entry.body : [entry.body];
      for (const body of bodies as Json[]) {
        const status = body?.content !== undefined ? body : body?.status;
        if (entry.method !== 'DELETE' && status?.id && status.visibility === 'public')
          statuses.set(status.id, status);
        for (const account of [status?.account, body?.account])
          if (account?.id) accounts.set(account.username, account);
      }
    }
  }
  const descendants = (id: string): Json[] =>
    [...statuses.values()].filter((s) => s.in_reply_to_id === id).flatMap((s) => [s, ...descendants(s.id)]);

  server.route('GET', /^\/api\/v1\/accounts\/lookup$/, (request) => {
    const account = accounts.get(request.query.get('acct') ?? '');
    return account ? { json: account } : { status: 404, json: { error: 'Record not found' } };
  });
  server.route('GET', /^\/api\/v1\/statuses\/(\d+)\/context$/, (_request, match) =>
    statuses.has(match[1])
      ? { json: { ancestors: [], descendants: descendants(match[1]) } }
      : { status: 404, json: { error: 'Record not found' } },
  );
  server.route('GET', /^\/api\/v1\/statuses\/(\d+)$/, (_request, match) => {
    const status = statuses.get(match[1]);
    return status ? { json: status } : { status: 404, json: { error: 'Record not found' } };
  });
  replayMastodon(server, { token: 'not-used-by-public-reads' });
}

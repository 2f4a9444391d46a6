// Bluesky through @atproto/api against the AppView's own recorded test snapshots (../shared/data/bluesky),
// placeholders made well-formed by the replay (the client validates every answer against the lexicons).
import {
  BLUESKY_FEED,
  BLUESKY_FEED_WITH_REPOSTS,
  BLUESKY_NOTIFICATIONS,
  blueskyDid,
  readSnapshots,
  realiseSnapshot,
  replayBluesky,
} from '../../../../../test/support/replays/bluesky.replay.js';
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { collectionFor } from '../../collection/collection.test-helper.js';

const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

describe('Bluesky connector on the AppView snapshots', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  async function setUp(
    slug: string,
    options: { feed?: string; handle?: string; secret?: Record<string, string> } = {},
  ) {
    const handle = options.handle ?? 'alice.test';
    server = await ReplayServer.start();
    replayBluesky(server, {
      feed: options.feed ?? BLUESKY_FEED,
      notifications: BLUESKY_NOTIFICATIONS,
      handle,
      appPassword: APP_PASSWORD,
      pageSize: 5,
    });
    const c = collectionFor(t.db, { baseUrl: server.url });
    const ws = await c.workspaces.ensure(slug);
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'bluesky',
      handle,
      externalId: blueskyDid(handle),
      settings: {},
      secret: options.secret ?? { appPassword: APP_PASSWORD },
    });
    return { c, ws, account };
  }
  afterEach(() => server.close());

  test('the author feed: twelve posts over three pages, engagement as the AppView counts it', async () => {
    const { c, ws, account } = await setUp('b-feed');
    const [posts] = (await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'succeeded', read: 12, kept: 12, rejected: 0 });
    expect(server.requestsTo(/getAuthorFeed$/).map((r) => r.query.get('cursor'))).toEqual([null, '5', '10']);
    const latest = [...(await c.engagement.latestByAccount(account.id)).values()];
    // "again": 3 likes, 3 replies, 1 repost; "yoohoo label_me": 2 likes; "thanks bob" (a reply): 1 repost.
    const totals = latest.reduce(
      (sum, r) => ({
        likes: sum.likes + r.reactions!,
        replies: sum.replies + r.replies!,
        reposts: sum.reposts + r.reposts!,
      }),
      { likes: 0, replies: 0, reposts: 0 },
    );
    expect(totals).toEqual({ likes: 5, replies: 3, reposts: 2 });
    const kinds = await t.db.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM outbound_item WHERE account_id = $1 GROUP BY kind ORDER BY kind`,
      [account.id],
    );
    expect(kinds).toEqual([
      { kind: 'post', n: 11 },
      { kind: 'reply', n: 1 },
    ]);
  });

  test('reposts are someone else’s posts: skipped with their counts', async () => {
    const { c, ws } = await setUp('b-reposts', { feed: BLUESKY_FEED_WITH_REPOSTS, handle: 'dan.test' });
    const [posts] = (await c.collection.collectAccount(ws.id, 'dan.test', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ read: 4, kept: 2, skipped: { repost: 2 } });
  });

  test('notifications after an app-password login: mentions and replies are inbound, reactions are skipped', async () => {
    const { c, ws, account } = await setUp('b-notifications');
    const [notifications] = (
      await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['notifications'] })
    ).streams;
    expect(notifications).toMatchObject({
      status: 'succeeded',
      read: 13,
      kept: 4,
      skipped: { like: 5, repost: 2, follow: 2 },
    });
    const login = server.requestsTo(/createSession$/);
    expect(login).toHaveLength(1);
    expect(JSON.parse(login[0].body)).toEqual({ identifier: 'alice.test', password: APP_PASSWORD });
    // The next run of this process resumes the session: no second login (Bluesky allows 300 a day).
    c.clock.advance(300_000);
    const [again] = (await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['notifications'] }))
      .streams;
    expect(again).toMatchObject({ status: 'succeeded', read: 13 });
    expect(server.requestsTo(/createSession$/)).toHaveLength(1);
    expect(server.requestsTo(/refreshSession$/)).toHaveLength(1);
    // And again: the rotated refresh token was kept.
    await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['notifications'] });
    expect(server.requestsTo(/createSession$/)).toHaveLength(1);
    expect(server.requestsTo(/refreshSession$/)).toHaveLength(2);
    // A session the PDS no longer accepts (revoked, expired) is given up for a fresh login.
    server.fail(/refreshSession$/, {
      kind: 'status',
      status: 400,
      json: { error: 'ExpiredToken', message: 'Token has been revoked' },
    });
    const [fresh] = (await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['notifications'] }))
      .streams;
    expect(fresh.status).toBe('succeeded');
    expect(server.requestsTo(/createSession$/)).toHaveLength(2);
    const rows = await t.db.dataSource.query(
      `SELECT kind, text, author_external_id FROM inbound_item WHERE account_id = $1 ORDER BY kind, text`,
      [account.id],
    );
    expect(rows).toEqual([
      { kind: 'mention', text: '@alice.bluesky.xyz is the best', author_external_id: blueskyDid('dan.test') },
      { kind: 'reply', text: 'hear that label_me label_me_2', author_external_id: blueskyDid('bob.test') },
      { kind: 'reply', text: 'indeed', author_external_id: blueskyDid('carol.test') },
      { kind: 'reply', text: 'of course', author_external_id: blueskyDid('carol.test') },
    ]);
  });

  test('a wrong app password fails the notifications stream with the platform’s answer; posts still collect', async () => {
    const { c, ws } = await setUp('b-wrong', { secret: { appPassword: 'wrong' } });
    const result = await c.collection.collectAccount(ws.id, 'alice.test');
    expect(result.streams.map((s) => [s.stream, s.status])).toEqual([
      ['profile', 'succeeded'],
      ['posts', 'succeeded'],
      ['notifications', 'failed'],
    ]);
    expect(result.streams[2].error).toBe(
      'Bluesky answered 401: AuthenticationRequired: Invalid identifier or password',
    );
  });

  test('a page that fails the lexicon is still read record by record; the broken record is reported', async () => {
    const { c, ws } = await setUp('b-invalid');
    const feed = realiseSnapshot(BLUESKY_FEED, readSnapshots('author-feed')[BLUESKY_FEED]) as {
      post: Record<string, unknown>;
    }[];
    const broken = feed
      .slice(0, 5)
      .map((item, i) => (i === 2 ? { post: { ...item.post, uri: null } } : item));
    server.fail(/getAuthorFeed$/, { kind: 'status', status: 200, json: { feed: broken, cursor: '5' } });
    const [posts] = (await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'partial', read: 12, kept: 11, rejected: 1, complete: true });
    expect(posts.warnings[0]).toMatch(/^the answer did not pass the AT Protocol lexicon: /);
  });

  test('profile: counts the AppView leaves out stay unknown (null), never zero', async () => {
    const { c, ws, account } = await setUp('b-profile');
    await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['profile'] });
    expect(await c.profiles.latestAt(account.id, c.clock.now())).toMatchObject({
      followers: null,
      following: null,
      posts: null,
    });
  });

  test('a 429 from the AppView is waited out (RateLimit-Reset) and nothing is lost', async () => {
    const { c, ws } = await setUp('b-429');
    server.failAfter(/getAuthorFeed$/, 1, {
      kind: 'status',
      status: 429,
      headers: {
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(Date.parse('2026-11-20T12:02:00Z') / 1000),
      },
      json: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    });
    const [posts] = (await c.collection.collectAccount(ws.id, 'alice.test', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'succeeded', read: 12, kept: 12 });
    expect(c.clock.sleeps).toEqual([120_000]);
  });
});

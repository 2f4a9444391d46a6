// Mastodon against a replay of the recorded cassettes (../shared/data/mastodon).
import { MASTODON_ADMIN_ID, replayMastodon } from '../../../../../test/support/replays/mastodon.replay.js';
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { collectionFor } from '../../collection/collection.test-helper.js';

const TOKEN = 'mastodon-token';
const MENTIONED_ID = '117020565966271181'; // @mastodonpy_test, whom admin mentions in test_notifications

describe('Mastodon connector on the recorded cassettes', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  async function setUp(slug: string, options: { groupedNotifications?: boolean; token?: string } = {}) {
    server = await ReplayServer.start();
    replayMastodon(server, { token: TOKEN, pageSize: 4, groupedNotifications: options.groupedNotifications });
    const c = collectionFor(t.db, {
      baseUrl: server.url,
      config: { http: { maxAttempts: 2, timeoutMs: 300 } as never },
    });
    const ws = await c.workspaces.ensure(slug);
    const connect = (handle: string, externalId: string, secret: Record<string, string>) =>
      c.connections.connect({
        workspaceId: ws.id,
        platform: 'mastodon',
        handle,
        externalId,
        settings: { instanceUrl: server.url },
        secret,
      });
    const admin = await connect('admin', MASTODON_ADMIN_ID, options.token === '' ? {} : { token: TOKEN });
    return { c, ws, admin, connect };
  }
  afterEach(() => server.close());

  test('the account’s statuses: six posts on two pages (Link header), plain text, `application` kept as a hint', async () => {
    const { c, ws, admin } = await setUp('m-posts');
    const [posts] = (await c.collection.collectAccount(ws.id, 'admin', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'succeeded', read: 6, kept: 6 });
    expect(server.requestsTo(/statuses$/).map((r) => r.query.get('max_id'))).toEqual([
      null,
      '117020588169351887',
    ]);
    const rows = await t.db.dataSource.query(
      `SELECT o.text, c.published_via, s.reactions, s.reposts, s.replies FROM outbound_item o
       JOIN outbound_capture c ON c.outbound_item_id = o.id JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       WHERE o.account_id = $1 ORDER BY o.created_at DESC`,
      [admin.id],
    );
    expect(rows.map((r: { text: string }) => r.text)).toEqual([
      'you can’t say that on television'.replace('’', "'"),
      "it's cool guy too",
      "on the internet, nobody knows you're a plane",
      expect.stringMatching(/^@/),
      'nice',
      'I have never stolen a ham in my life.',
    ]);
    expect(rows.every((r: { published_via: string }) => r.published_via === 'Mastodon.py test suite')).toBe(
      true,
    );
    // The counts are recorded zeros (fresh statuses), stored as zeros, not as unknown.
    expect(
      rows.every(
        (r: { reactions: number; reposts: number; replies: number }) =>
          r.reactions === 0 && r.reposts === 0 && r.replies === 0,
      ),
    ).toBe(true);
  });

  test('grouped notifications (v2): the mention becomes an inbound item of the mentioned account', async () => {
    const { c, ws, connect } = await setUp('m-notifications');
    const mentioned = await connect('mastodonpy_test', MENTIONED_ID, { token: TOKEN });
    const [own] = (await c.collection.collectAccount(ws.id, 'admin', { streams: ['notifications'] })).streams;
    expect(own).toMatchObject({ read: 1, kept: 0, skipped: { 'own status': 1 } });
    const [notifications] = (
      await c.collection.collectAccount(ws.id, 'mastodonpy_test', { streams: ['notifications'] })
    ).streams;
    expect(notifications).toMatchObject({ status: 'succeeded', read: 1, kept: 1 });
    expect(server.requestsTo(/\/api\/v2\/notifications$/)).toHaveLength(2);
    const rows = await t.db.dataSource.query(
      `SELECT external_id, kind, author_external_id, text FROM inbound_item WHERE account_id = $1`,
      [mentioned.id],
    );
    expect(rows).toEqual([
      {
        external_id: '117020576916218297',
        kind: 'mention',
        author_external_id: MASTODON_ADMIN_ID,
        text: '@mastodonpy_test hello!',
      },
    ]);
    // The high-water mark is the notification id: the next run asks only for newer ones.
    await c.collection.collectAccount(ws.id, 'mastodonpy_test', { streams: ['notifications'] });
    expect(
      server
        .requestsTo(/\/api\/v2\/notifications$/)
        .at(-1)
        ?.query.get('since_id'),
    ).toBe('20');
  });

  test('an instance without grouped notifications (before 4.3) is read through v1', async () => {
    const { c, ws, connect } = await setUp('m-v1', { groupedNotifications: false });
    const mentioned = await connect('mastodonpy_test', MENTIONED_ID, { token: TOKEN });
    await c.collection.collectAccount(ws.id, 'mastodonpy_test', { streams: ['notifications'] });
    expect(server.requestsTo(/notifications$/).map((r) => r.path)).toEqual([
      '/api/v2/notifications',
      '/api/v1/notifications',
    ]);
    const rows = await t.db.dataSource.query(`SELECT external_id FROM inbound_item WHERE account_id = $1`, [
      mentioned.id,
    ]);
    expect(rows).toEqual([{ external_id: '117020576916218297' }]);
  });

  test('direct conversations: each latest status, with the earlier ones from its context, keyed by conversation', async () => {
    const { c, ws, admin } = await setUp('m-conversations');
    const [conversations] = (
      await c.collection.collectAccount(ws.id, 'admin', { streams: ['conversations'] })
    ).streams;
    expect(conversations).toMatchObject({ status: 'succeeded', read: 2, kept: 2 });
    expect(server.requestsTo(/context$/).map((r) => r.path)).toEqual([
      '/api/v1/statuses/117020593780198542/context',
      '/api/v1/statuses/117020588388552703/context',
    ]);
    const rows = await t.db.dataSource.query(
      `SELECT kind, conversation_id, author_external_id, text FROM inbound_item WHERE account_id = $1 ORDER BY conversation_id`,
      [admin.id],
    );
    expect(rows).toEqual([
      {
        kind: 'dm',
        conversation_id: '12',
        author_external_id: '117020566092212359',
        text: '@mastodonpy_test pssssst!',
      },
      {
        kind: 'dm',
        conversation_id: '15',
        author_external_id: '117020566092212359',
        text: '@admin ilu bby ;3',
      },
    ]);
  });

  test('profile: followers, following and statuses of the account', async () => {
    const { c, ws, admin } = await setUp('m-profile');
    await c.collection.collectAccount(ws.id, 'admin', { streams: ['profile'] });
    expect(await c.profiles.latestAt(admin.id, c.clock.now())).toMatchObject({
      followers: 1,
      following: 0,
      posts: 6,
    });
  });

  test('without a token only public streams run; a page that times out keeps the first page and proves no deletion', async () => {
    const { c, ws, admin } = await setUp('m-unhappy', { token: '' });
    const first = await c.collection.collectAccount(ws.id, 'admin');
    expect(first.streams.map((s) => s.stream)).toEqual(['profile', 'posts']);
    expect(first.notCollected.map((n) => n.stream)).toEqual(['notifications', 'conversations']);
    // The first page of the next run arrives; the second hangs on both attempts.
    server.failAfter(/statuses$/, 1, { kind: 'hang' }, { kind: 'hang' });
    c.clock.advance(3_600_000);
    const [posts] = (await c.collection.collectAccount(ws.id, 'admin', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'partial', read: 4, complete: false, deletions: [] });
    expect(posts.error).toMatch(/failed 2 times; last: no complete answer within 300 ms/);
    const live = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM outbound_item WHERE account_id = $1 AND deleted_at IS NULL`,
      [admin.id],
    );
    expect(live[0].n).toBe(6);
  });
});

// Facebook Pages through the Graph API, against the replay of the real recorded responses
// (../shared/data/meta-graph).
import {
  META_COMMENTED_POST,
  META_PAGE_ID,
  readMeta,
  replayMeta,
} from '../../../../../test/support/replays/meta.replay.js';
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { collectionFor } from '../../collection/collection.test-helper.js';

const TOKEN = 'page-token';

/** Reactions, comments and shares of the ten posts in feeds_default_fields_p1/p2, as the files state them. */
const TEN_POSTS: Record<string, [reactions: number, comments: number, shares: number]> = {
  '19292868552_10158349356748553': [125, 13, 10],
  '19292868552_10158347294088553': [131, 17, 6],
  '19292868552_10158345715593553': [143, 15, 15],
  '19292868552_10158343840773553': [178, 23, 16],
  '19292868552_10158333323653553': [179, 49, 15],
  '19292868552_10158331020098553': [157, 23, 17],
  '19292868552_10158329301388553': [219, 16, 19],
  '19292868552_10158319774218553': [210, 47, 14],
  '19292868552_10158317908683553': [142, 15, 10],
  '19292868552_10158316421783553': [26959, 82, 183],
};

describe('Facebook Page connector on the recorded Graph responses', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  beforeEach(async () => {
    server = await ReplayServer.start();
    replayMeta(server, { token: TOKEN });
  });
  afterEach(() => server.close());

  async function setUp(slug: string, config: { metaApiVersion?: string } = {}) {
    const c = collectionFor(t.db, { baseUrl: server.url, config });
    const ws = await c.workspaces.ensure(slug);
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'facebook',
      handle: 'FacebookforDevelopers',
      externalId: META_PAGE_ID,
      settings: {},
      secret: { token: TOKEN },
    });
    return { c, ws, account };
  }

  test('the ten page posts: reactions, comments and shares per post, reactions by type beside the total', async () => {
    const { c, ws, account } = await setUp('fb-posts');
    const [posts] = (
      await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['posts'] })
    ).streams;
    expect(posts).toMatchObject({ status: 'succeeded', read: 10, kept: 10, rejected: 0 });
    const latest = await c.engagement.latestByAccount(account.id);
    const stored = Object.fromEntries(
      [...latest].map(([id, r]) => [id, [r.reactions, r.replies, r.reposts]]),
    );
    expect(stored).toEqual(TEN_POSTS);
    const sums = Object.fromEntries(
      [...latest].map(([id, r]) => [id, (r.reactions ?? 0) + (r.replies ?? 0) + (r.reposts ?? 0)]),
    );
    expect(sums['19292868552_10158349356748553']).toBe(148);
    expect(latest.get('19292868552_10158349356748553')?.reactionsByType).toEqual({
      like: 119,
      love: 6,
      wow: 0,
      haha: 0,
      sad: 0,
      angry: 0,
    });
    // Each post's reactions by type add up to its total (a person can check this in the file too).
    for (const reading of latest.values()) {
      expect(Object.values(reading.reactionsByType ?? {}).reduce((a, b) => a + b, 0)).toBe(reading.reactions);
    }
    // Page 2 is asked for with the recorded cursor, on the configured host, without the token in the URL.
    const requests = server.requestsTo(/\/19292868552\/(posts|feed)$/);
    expect(requests.map((r) => r.query.get('after'))).toEqual([null, 'after']);
    expect(
      requests.every((r) => !r.query.has('access_token') && r.headers.authorization === `Bearer ${TOKEN}`),
    ).toBe(true);
  });

  test('the API version is configurable; paging keeps the version Meta’s next URL names', async () => {
    const { c, ws } = await setUp('fb-version', { metaApiVersion: 'v19.0' });
    await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['posts'] });
    expect(server.requestsTo(/\/19292868552\/(posts|feed)$/).map((r) => r.path)).toEqual([
      '/v19.0/19292868552/posts',
      '/v10.0/19292868552/feed',
    ]);
  });

  test('admin_creator names the human who published: attribution source `platform`, kept through re-attribution', async () => {
    const { c, ws, account } = await setUp('fb-admin');
    const p1 = readMeta('facebook__posts__feeds_default_fields_p1');
    p1.data[0].admin_creator = { name: 'Ana Souza', id: '100000000000001' };
    server.fail(/\/(posts|feed)$/, { kind: 'status', status: 200, json: p1 });
    await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['posts'] });
    const query = () =>
      t.db.dataSource.query(
        `SELECT o.external_id, o.attribution_source, op.name FROM outbound_item o
         LEFT JOIN operator op ON op.id = o.operator_id WHERE o.account_id = $1 AND o.platform_operator_name IS NOT NULL`,
        [account.id],
      );
    expect(await query()).toEqual([
      { external_id: '19292868552_10158349356748553', attribution_source: 'platform', name: 'Ana Souza' },
    ]);
    // A later pass (a roster import, a changed signature pattern) does not demote the platform's word.
    await c.attribution.attributeWorkspace(ws.id);
    expect((await query())[0].attribution_source).toBe('platform');
    const unknown = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM outbound_item WHERE account_id = $1 AND attribution_source = 'unknown'`,
      [account.id],
    );
    expect(unknown[0].n).toBe(9);
  });

  test('comments: one request for the stored posts, the customers’ comments as inbound, replies to their post', async () => {
    const { c, ws, account } = await setUp('fb-comments');
    await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['posts'] });
    const [comments] = (
      await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['comments'] })
    ).streams;
    const multi = readMeta('facebook__posts__multi_posts_data');
    const recorded = Object.values(multi).flatMap((p) => p.comments.data as { id: string }[]);
    expect(recorded).toHaveLength(16);
    expect(comments).toMatchObject({ status: 'succeeded', read: 16, kept: 16 });
    const ids = (await server.requestsTo(/^\/v[\d.]+\/?$/))[0].query.get('ids')!.split(',');
    expect(ids.sort()).toEqual(Object.keys(TEN_POSTS).sort());
    const inbound: { external_id: string; in_reply_to_external_id: string; kind: string }[] =
      await t.db.dataSource.query(
        `SELECT external_id, in_reply_to_external_id, kind FROM inbound_item WHERE account_id = $1 ORDER BY external_id`,
        [account.id],
      );
    expect(inbound.map((i) => i.external_id)).toEqual(recorded.map((r) => r.id).sort());
    expect(inbound.find((i) => i.external_id === '19292868552_10158347294088553_10158348537573553')).toEqual({
      external_id: '19292868552_10158347294088553_10158348537573553',
      in_reply_to_external_id: '19292868552_10158347294088553',
      kind: 'comment',
    });
  });

  test('comments without `from` are reported with the reason, never guessed; paging follows the recorded cursor', async () => {
    const { c, ws, account } = await setUp('fb-no-from');
    await c.outbound.upsertCollected(ws.id, account.id, 'collector:facebook', [
      {
        externalId: META_COMMENTED_POST,
        kind: 'post',
        createdAt: new Date('2021-08-10T17:00:00Z'),
        text: '',
        inReplyToExternalId: null,
        conversationId: null,
        platformOperatorName: null,
      },
    ]);
    const [comments] = (
      await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['comments'] })
    ).streams;
    // comments_p1 (10 comments, inline) and comments_p2 (5, by the recorded `after` cursor).
    expect(comments).toMatchObject({ status: 'partial', read: 15, kept: 0, rejected: 15 });
    expect(server.requestsTo(/\/comments$/).map((r) => r.query.get('after'))).toEqual(['after']);
    const [run] = await c.runs.listRecent(ws.id);
    const runRow = await t.db.dataSource.query(`SELECT rejections FROM collection_run WHERE id = $1`, [
      run.runId,
    ]);
    expect(runRow[0].rejections[5]).toEqual({
      line: 6,
      field: 'from',
      reason:
        'comment 19292868552_10158407654328553_10158409983033553: no author (`from`); needs a Page access token with pages_read_user_content',
    });
  });

  test('Messenger: each conversation’s messages, keyed by the conversation for turn-based first responses', async () => {
    const { c, ws, account } = await setUp('fb-messages');
    const [messages] = (
      await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['messages'] })
    ).streams;
    expect(messages).toMatchObject({ status: 'succeeded', read: 2, kept: 2 });
    expect(server.requestsTo(/\/messages$/).map((r) => r.path.split('/')[2])).toEqual([
      't_587956915396498',
      't_233782918546745',
    ]);
    const rows = await t.db.dataSource.query(
      `SELECT kind, author_external_id, conversation_id, created_at FROM inbound_item WHERE account_id = $1 ORDER BY created_at`,
      [account.id],
    );
    expect(rows).toEqual([
      {
        kind: 'dm',
        author_external_id: '2711636948859886',
        conversation_id: 't_587956915396498',
        created_at: new Date('2021-07-23T09:50:48Z'),
      },
      {
        kind: 'dm',
        author_external_id: '2711636948859886',
        conversation_id: 't_587956915396498',
        created_at: new Date('2021-07-23T10:24:23Z'),
      },
    ]);
  });

  test('profile: the Page’s fan_count when Graph gives no followers_count', async () => {
    const { c, ws, account } = await setUp('fb-profile');
    await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['profile'] });
    expect(await c.profiles.latestAt(account.id, c.clock.now())).toMatchObject({
      followers: 214507731,
      following: null,
      posts: null,
    });
  });

  test('throttled comments (code 613) fail the stream with what was read kept; posts stay as they were', async () => {
    const { c, ws, account } = await setUp('fb-throttled');
    await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['posts'] });
    const before = await c.engagement.latestByAccount(account.id);
    const throttled = {
      kind: 'status' as const,
      status: 400,
      json: { error: { message: 'Calls to this api have exceeded the rate limit.', code: 613 } },
    };
    server.fail(/^\/v[\d.]+\/?$/, ...Array.from({ length: 5 }, () => throttled));
    const [comments] = (
      await c.collection.collectAccount(ws.id, 'FacebookforDevelopers', { streams: ['comments'] })
    ).streams;
    expect(comments).toMatchObject({ status: 'failed', complete: false, kept: 0 });
    expect(comments.error).toMatch(/is rate-limited/);
    expect(await c.engagement.latestByAccount(account.id)).toEqual(before);
    expect(c.clock.sleeps).toHaveLength(4);
  });
});

// X API v2 against the replay of the real recorded pages (../shared/data/x-api-v2).
import { readXPage, replayX, X_FILES } from '../../../../../test/support/replays/x.replay.js';
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { collectionFor } from '../../collection/collection.test-helper.js';

const TOKEN = 'x-replay-token';
/** @BorisJohnson: mentioned by recorded tweets in brexit.jsonl. */
const ACCOUNT = '3131144855';

type Tweet = { id: string; referenced_tweets?: { type: string }[]; public_metrics: Record<string, number> };
const brexit = readXPage(X_FILES.brexit).data as Tweet[];
const isRetweet = (t: Tweet) => (t.referenced_tweets ?? []).some((r) => r.type === 'retweeted');

describe('X connector on the recorded brexit.jsonl timeline', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  beforeEach(async () => {
    server = await ReplayServer.start();
    replayX(server, { token: TOKEN, pageSize: 40 });
  });
  afterEach(() => server.close());

  async function setUp(slug: string) {
    const c = collectionFor(t.db, { baseUrl: server.url });
    const ws = await c.workspaces.ensure(slug);
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'x',
      handle: 'BorisJohnson',
      externalId: ACCOUNT,
      settings: {},
      secret: { token: TOKEN },
    });
    return { c, ws, account };
  }

  async function engagementTotals(accountId: string) {
    const [row] = await t.db.dataSource.query(
      `SELECT count(*)::int AS posts, sum(s.reposts)::int AS reposts, sum(s.reactions)::int AS likes,
              sum(s.replies)::int AS replies, sum(s.quotes)::int AS quotes
       FROM outbound_item o JOIN engagement_snapshot s ON s.outbound_item_id = o.id WHERE o.account_id = $1`,
      [accountId],
    );
    return row as { posts: number; reposts: number; likes: number; replies: number; quotes: number };
  }

  test('33 of 100 tweets are the account’s: the 67 retweets and their 5,097 borrowed retweets are not counted', async () => {
    const { c, ws, account } = await setUp('x-timeline');
    const result = await c.collection.collectAccount(ws.id, 'x:BorisJohnson', { streams: ['posts'] });
    const [posts] = result.streams;
    expect(posts).toMatchObject({
      status: 'succeeded',
      read: 100,
      kept: 33,
      skipped: { retweet: 67 },
      rejected: 0,
    });
    // Three pages of 40, 40 and 20, each asked for with the bearer token and the previous page's next_token.
    const pages = server.requestsTo(/\/2\/users\/3131144855\/tweets$/);
    expect(pages.map((r) => r.query.get('pagination_token'))).toEqual([null, '40', '80']);
    expect(pages.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);

    // What a person can check in the file: the retweets' retweet_count is the original tweets' (5,097).
    expect(brexit.filter(isRetweet).reduce((sum, tw) => sum + tw.public_metrics.retweet_count, 0)).toBe(5097);
    expect(await engagementTotals(account.id)).toEqual({
      posts: 33,
      reposts: 8,
      likes: 22,
      replies: 3,
      quotes: 0,
    });
    const [kinds] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE kind = 'reply')::int AS replies, count(*) FILTER (WHERE kind = 'post')::int AS posts,
              count(*) FILTER (WHERE source = 'collector:x')::int AS from_x
       FROM outbound_item WHERE account_id = $1`,
      [account.id],
    );
    expect(kinds).toEqual({ replies: 10, posts: 23, from_x: 33 });
  });

  test('a first sighting keeps the text, media links and the client that posted it', async () => {
    const { c, ws, account } = await setUp('x-capture');
    await c.collection.collectAccount(ws.id, 'BorisJohnson', { streams: ['posts'] });
    const rows: { external_id: string; media_urls: string[]; published_via: string | null; text: string }[] =
      await t.db.dataSource.query(
        `SELECT o.external_id, c.media_urls, c.published_via, c.text FROM outbound_item o
         JOIN outbound_capture c ON c.outbound_item_id = o.id WHERE o.account_id = $1 ORDER BY o.external_id`,
        [account.id],
      );
    expect(rows).toHaveLength(33);
    // 1440716736051830786 is the animated GIF's key in includes.media: its preview image is the link kept.
    const withGif = rows.filter((r) =>
      r.media_urls.includes('https://pbs.twimg.com/tweet_video_thumb/E_50PPpUYAIE3uX.jpg'),
    );
    expect(withGif).toHaveLength(1);
    expect(rows.filter((r) => r.published_via === 'Twitter for Android')).toHaveLength(12);
  });

  test('mentions: the tweets that name the account, retweets of them skipped', async () => {
    const { c, ws, account } = await setUp('x-mentions');
    const [mentions] = (await c.collection.collectAccount(ws.id, 'BorisJohnson', { streams: ['mentions'] }))
      .streams;
    const mentioning = brexit.filter((tw) =>
      ((tw as unknown as { entities?: { mentions?: { id: string }[] } }).entities?.mentions ?? []).some(
        (m) => m.id === ACCOUNT,
      ),
    );
    expect(mentions.read).toBe(mentioning.length);
    expect(mentions.kept).toBeGreaterThan(0);
    expect(mentions.kept).toBe(mentioning.filter((tw) => !isRetweet(tw)).length);
    expect(mentions.skipped.retweet ?? 0).toBe(mentioning.filter(isRetweet).length);
    const inbound: { kind: string; actionable: boolean; conversation_id: string | null }[] =
      await t.db.dataSource.query(
        `SELECT kind, actionable, conversation_id FROM inbound_item WHERE account_id = $1`,
        [account.id],
      );
    expect(inbound).toHaveLength(mentions.kept);
    expect(inbound.every((i) => i.actionable && i.conversation_id === null)).toBe(true);
  });

  test('errors X reports beside data are recorded on the run; the data is kept', async () => {
    const { c, ws } = await setUp('x-errors');
    const page = readXPage(X_FILES.brexit);
    server.fail(/tweets$/, {
      kind: 'status',
      status: 200,
      json: {
        data: page.data.slice(0, 40),
        includes: page.includes,
        meta: { result_count: 40, next_token: '40' },
        errors: [
          {
            value: '1440700000000000000',
            detail: 'Could not find tweet with referenced_tweets.id: [1440700000000000000].',
            title: 'Not Found Error',
            resource_type: 'tweet',
            parameter: 'referenced_tweets.id',
            resource_id: '1440700000000000000',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      },
    });
    const [posts] = (await c.collection.collectAccount(ws.id, 'BorisJohnson', { streams: ['posts'] }))
      .streams;
    expect(posts).toMatchObject({ status: 'partial', complete: true, kept: 33 });
    expect(posts.warnings).toEqual([
      'X reported: Not Found Error: Could not find tweet with referenced_tweets.id: [1440700000000000000]. (1440700000000000000)',
    ]);
    const [run] = await c.runs.listRecent(ws.id);
    expect(run).toMatchObject({ status: 'partial', stream: 'posts', complete: true });
    expect(run.error).toContain('Not Found Error');
  });

  test('the account’s follower count comes from its user object (users.fields public_metrics)', async () => {
    const c = collectionFor(t.db, { baseUrl: server.url });
    const ws = await c.workspaces.ensure('x-profile');
    // @S3NT1N3L17's user object is in mentions_tweet.jsonl: 1,686 followers, 1,550 following, 64,138 tweets.
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'x',
      handle: 'S3NT1N3L17',
      externalId: '1221317221714157569',
      settings: {},
      secret: { token: TOKEN },
    });
    await c.collection.collectAccount(ws.id, 'S3NT1N3L17', { streams: ['profile'] });
    expect(await c.profiles.latestAt(account.id, c.clock.now())).toMatchObject({
      followers: 1686,
      following: 1550,
      posts: 64138,
    });
  });
});

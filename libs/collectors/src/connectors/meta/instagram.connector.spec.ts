// Instagram media insights through the Graph API, against the recorded insights (../shared/data/meta-graph).
import { INSTAGRAM_USER_ID, replayInstagram } from '../../../../../test/support/replays/meta.replay.js';
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { collectionFor } from '../../collection/collection.test-helper.js';
import { fuzzParser } from '../payload-mutation.test-helper.js';
import { parseInstagramMedia } from './instagram.parser.js';

const TOKEN = 'ig-token';

describe('Instagram connector', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  beforeEach(async () => {
    server = await ReplayServer.start();
    replayInstagram(server, { token: TOKEN });
  });
  afterEach(() => server.close());

  async function setUp(slug: string) {
    const c = collectionFor(t.db, { baseUrl: server.url });
    const ws = await c.workspaces.ensure(slug);
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'instagram',
      handle: 'brand.ig',
      externalId: INSTAGRAM_USER_ID,
      settings: {},
      secret: { token: TOKEN },
    });
    return { c, ws, account };
  }

  test('each media’s lifetime insights: impressions 8, reach 5, saved 0; metrics not in an answer stay unknown', async () => {
    const { c, ws, account } = await setUp('ig');
    const [posts] = (await c.collection.collectAccount(ws.id, 'instagram:brand.ig', { streams: ['posts'] }))
      .streams;
    expect(posts).toMatchObject({ status: 'succeeded', read: 2, kept: 2 });
    expect(server.requestsTo(/insights$/).map((r) => r.query.get('metric'))).toEqual([
      'impressions,reach,saved',
      'impressions,reach,saved',
    ]);
    const latest = await c.engagement.latestByAccount(account.id);
    expect(latest.get('17846368219941692')).toMatchObject({
      impressions: 8,
      reach: 5,
      saves: 0,
      reactions: null,
    });
    expect(latest.get('18035507131611621')).toMatchObject({ impressions: null, reach: null, saves: null });
  });

  test('a media without insights is reported; the listing goes on', async () => {
    const { c, ws } = await setUp('ig-no-insights');
    server.fail(/insights$/, {
      kind: 'status',
      status: 400,
      json: { error: { message: '(#10) Not enough viewers for the media to show insights', code: 10 } },
    });
    const [posts] = (await c.collection.collectAccount(ws.id, 'brand.ig', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'partial', kept: 2, complete: true });
    expect(posts.warnings).toEqual([
      'no insights for media 18035507131611621: (#10) Not enough viewers for the media to show insights',
    ]);
  });

  test('fuzzed media pages: every media stored or rejected', () => {
    const page = {
      data: [
        {
          id: '1',
          caption: 'a',
          timestamp: '2024-01-01T00:00:00+0000',
          like_count: 3,
          comments_count: 1,
          media_url: 'https://x/1.jpg',
        },
        { id: '2', caption: 'b', timestamp: '2024-01-02T00:00:00+0000', like_count: 0, comments_count: 0 },
      ],
    };
    fuzzParser(page, (body) => parseInstagramMedia(body).page, 60);
  });
});

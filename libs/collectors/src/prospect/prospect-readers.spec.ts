// The public readers against the replayed endpoints (../shared/data), in process: which posts become asks,
// which replies answer them, and that nothing but public, unauthenticated requests is made.
import {
  BLUESKY_FEED,
  BLUESKY_NOTIFICATIONS,
  blueskyDid,
  replayBlueskyPublic,
} from '../../../../test/support/replays/bluesky.replay.js';
import { MASTODON_ADMIN_ID, replayMastodonPublic } from '../../../../test/support/replays/mastodon.replay.js';
import { ReplayServer } from '../../../../test/support/replay-server.js';
import { TestClock } from '../collection/collection.test-helper.js';
import { resolveCollectionConfig } from '../collection/collection.config.js';
import { PlatformHttpClient } from '../collection/http/platform-http.client.js';
import { BlueskyPublicReader } from './bluesky-public.reader.js';
import { MastodonPublicReader } from './mastodon-public.reader.js';
import { ProspectAccountError } from './prospect-source.types.js';
import { parseProspectTarget, ProspectInputError } from './prospect-target.util.js';

const options = (from: string, to: string) => ({
  periodFrom: new Date(from),
  periodTo: new Date(to),
  maxPages: 10,
  maxThreads: 300,
});

let server: ReplayServer;
let http: PlatformHttpClient;

beforeEach(async () => {
  server = await ReplayServer.start();
  http = new PlatformHttpClient(resolveCollectionConfig({}).http, new TestClock());
});
afterEach(() => server.close());

describe('Bluesky public reader (alice.test, author-feed and notification snapshots)', () => {
  beforeEach(() =>
    replayBlueskyPublic(server, {
      feed: BLUESKY_FEED,
      notifications: BLUESKY_NOTIFICATIONS,
      handle: 'alice.test',
    }),
  );

  test("bob's reply to alice's post is an ask, answered by her \"thanks bob\"; dan's mention is an ask", async () => {
    const reading = await new BlueskyPublicReader(http, server.url).read(
      'alice.test',
      options('1969-12-01T00:00:00Z', '1970-01-02T00:00:00Z'),
    );
    const did = blueskyDid('alice.test');
    expect(reading.account).toMatchObject({ platform: 'bluesky', id: did, address: '@alice.test' });
    expect(reading.ownPosts).toBe(12);
    expect(reading.threadsRead).toBe(12);
    expect(reading.mentionSearch).toBe('used');
    expect(reading.asks.map((a) => a.source).sort()).toEqual(['mention', 'reply_to_account']);
    const bob = reading.asks.find((a) => a.source === 'reply_to_account')!;
    expect(bob.id).toMatch(new RegExp(`^at://${blueskyDid('bob.test')}/app\\.bsky\\.feed\\.post/`));
    const answer = reading.replies.filter((r) => r.inReplyToId === bob.id);
    expect(answer).toHaveLength(1);
    expect(answer[0].id).toMatch(new RegExp(`^at://${did}/`));
    const dan = reading.asks.find((a) => a.source === 'mention')!;
    expect(dan.id).toMatch(new RegExp(`^at://${blueskyDid('dan.test')}/`));
    expect(reading.replies.some((r) => r.inReplyToId === dan.id)).toBe(false);
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(server.requestsTo(/searchPosts/)[0].query.get('q')).toBe('mentions:alice.test');
  });

  test('an unknown handle and a suspended account are told apart', async () => {
    const reader = new BlueskyPublicReader(http, server.url);
    const period = options('1969-12-01T00:00:00Z', '1970-01-02T00:00:00Z');
    await expect(reader.read('nobody.test', period)).rejects.toThrow(
      new ProspectAccountError('No Bluesky account @nobody.test (the AppView says: Profile not found)'),
    );
    server.fail(/getProfile/, {
      kind: 'status',
      status: 400,
      json: { error: 'AccountTakedown', message: 'Account has been suspended' },
    });
    await expect(reader.read('alice.test', period)).rejects.toThrow('is suspended (taken down)');
  });
});

describe('Mastodon public reader (the recorded public timeline)', () => {
  beforeEach(() => replayMastodonPublic(server));

  test('admin: six public statuses, their six contexts, and no ask (the one mention is by admin, of someone else)', async () => {
    const reading = await new MastodonPublicReader(http).read(
      'admin',
      'localhost',
      server.url,
      options('2026-07-01T00:00:00Z', '2026-08-02T00:00:00Z'),
    );
    expect(reading.account).toMatchObject({
      platform: 'mastodon',
      id: MASTODON_ADMIN_ID,
      address: '@admin@localhost',
    });
    expect(reading.ownPosts).toBe(6);
    expect(server.requestsTo(/\/context$/)).toHaveLength(6);
    expect(reading.asks).toEqual([]);
    expect(reading.replies).toEqual([]);
    expect(reading.mentionSearch).toBe('not_offered');
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  test('a period before the statuses: nothing read, and an unknown account is named', async () => {
    const reader = new MastodonPublicReader(http);
    const before = await reader.read(
      'admin',
      'localhost',
      server.url,
      options('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'),
    );
    expect(before.ownPosts).toBe(0);
    await expect(
      reader.read('nobody', 'localhost', server.url, options('2026-07-01T00:00:00Z', '2026-08-02T00:00:00Z')),
    ).rejects.toThrow('No Mastodon account @nobody@localhost');
  });
});

describe('the account argument', () => {
  test.each([
    ['bluesky:Shop.bsky.social', { platform: 'bluesky', handle: 'shop.bsky.social' }],
    ['bluesky:@shop.bsky.social', { platform: 'bluesky', handle: 'shop.bsky.social' }],
    ['mastodon:@shop@mastodon.social', { platform: 'mastodon', user: 'shop', instance: 'mastodon.social' }],
    ['mastodon:shop@Mastodon.Social', { platform: 'mastodon', user: 'shop', instance: 'mastodon.social' }],
  ])('%s', (input, expected) => expect(parseProspectTarget(input)).toEqual(expected));

  test.each([
    ['x:shop', 'expected bluesky:HANDLE'],
    ['bluesky:did:plc:abc', 'is not a Bluesky handle'],
    ['bluesky:shop', 'is not a Bluesky handle'],
    ['mastodon:@shop', 'is not a Mastodon address'],
    ['mastodon:@sh op@x.social', 'is not a Mastodon address'],
  ])('%s is refused', (input, message) => {
    expect(() => parseProspectTarget(input)).toThrow(ProspectInputError);
    expect(() => parseProspectTarget(input)).toThrow(message);
  });
});

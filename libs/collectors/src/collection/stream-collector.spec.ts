// One stream's run end to end on the X replay: idempotence, high-water marks, deletion capture, and what a
// failure leaves behind (everything already stored, no false deletions, the window recorded as a gap).
import { readXPage, replayX, X_FILES } from '../../../../test/support/replays/x.replay.js';
import { ReplayServer } from '../../../../test/support/replay-server.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { collectionFor, TestClock } from './collection.test-helper.js';

const TOKEN = 'x-replay-token';
const DELETED = '1440716895355764743'; // the newest tweet of brexit.jsonl, on the first page

describe('collecting one stream', () => {
  const t = useTestDatabase();
  let server: ReplayServer;

  beforeEach(async () => {
    server = await ReplayServer.start();
    replayX(server, { token: TOKEN, pageSize: 40 });
  });
  afterEach(() => server.close());

  async function setUp(slug: string, clock?: TestClock) {
    const c = collectionFor(t.db, {
      baseUrl: server.url,
      clock,
      config: { http: { maxAttempts: 2 } as never },
    });
    const ws = await c.workspaces.ensure(slug);
    const account = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'x',
      handle: 'brexit',
      externalId: '3131144855',
      settings: {},
      secret: { token: TOKEN },
    });
    return { c, ws, account };
  }

  async function tableState(workspaceId: string) {
    const [row] = await t.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbound_item WHERE workspace_id = $1) AS outbound,
              (SELECT count(*)::int FROM outbound_item WHERE workspace_id = $1 AND deleted_at IS NOT NULL) AS deleted,
              (SELECT count(*)::int FROM outbound_capture WHERE workspace_id = $1) AS captures,
              (SELECT count(*)::int FROM engagement_snapshot WHERE workspace_id = $1) AS snapshots,
              (SELECT string_agg(stream || '@' || coalesce(high_water_id, '') || '@' || high_water_at::text, ',')
                 FROM stream_cursor WHERE workspace_id = $1) AS cursors`,
      [workspaceId],
    );
    return row as {
      outbound: number;
      deleted: number;
      captures: number;
      snapshots: number;
      cursors: string | null;
    };
  }

  test('collecting the same window twice stores the same rows', async () => {
    const { c, ws } = await setUp('twice');
    const first = await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts', 'mentions'] });
    const after = await tableState(ws.id);
    c.clock.advance(3_600_000);
    const second = await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts', 'mentions'] });
    expect(await tableState(ws.id)).toEqual(after);
    expect(after).toMatchObject({ outbound: 33, deleted: 0, captures: 33, snapshots: 33 });
    expect(first.streams[0].changed).toMatchObject({ outboundChanged: 33, firstSeen: 33, snapshots: 33 });
    expect(second.streams.map((s) => s.changed)).toEqual([
      { outboundChanged: 0, inboundChanged: 0, firstSeen: 0, snapshots: 0, profileChanged: 0 },
      { outboundChanged: 0, inboundChanged: 0, firstSeen: 0, snapshots: 0, profileChanged: 0 },
    ]);
  });

  test('after the first run the listing starts a week before the high-water mark; mentions start after its id', async () => {
    const { c, ws } = await setUp('marks');
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts', 'mentions'] });
    server.requests.length = 0;
    const second = await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts', 'mentions'] });
    // The newest tweet is 2021-09-22T16:37:29Z.
    expect(second.streams[0].windowFrom?.toISOString()).toBe('2021-09-15T16:37:29.000Z');
    expect(server.requestsTo(/tweets$/)[0].query.get('start_time')).toBe('2021-09-15T16:37:29Z');
    const mentionsMark = (await c.cursors.find(
      (await c.collection.findAccount(ws.id, 'brexit')).id,
      'mentions',
    ))!;
    expect(mentionsMark.highWaterId).toMatch(/^\d{19}$/);
    expect(server.requestsTo(/mentions$/)[0].query.get('since_id')).toBe(mentionsMark.highWaterId);
  });

  test('a post missing from a complete listing is marked deleted when noticed; its first-seen content is kept', async () => {
    const { c, ws, account } = await setUp('deletion');
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    const page = readXPage(X_FILES.brexit);
    server.fail(/tweets$/, {
      kind: 'status',
      status: 200,
      json: {
        ...page,
        data: page.data.slice(0, 40).filter((tw: { id: string }) => tw.id !== DELETED),
        meta: { next_token: '40' },
      },
    });
    c.clock.advance(86_400_000);
    const [posts] = (await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] })).streams;
    expect(posts.deletions).toEqual([DELETED]);
    const evidence = await c.captures.listDeletions(account.id);
    expect(evidence).toEqual([
      expect.objectContaining({
        externalId: DELETED,
        deletedAt: new Date('2026-11-21T12:00:00Z'),
        firstSeenAt: new Date('2026-11-20T12:00:00Z'),
        publishedAt: new Date('2021-09-22T16:37:29Z'),
        text: expect.stringContaining('The same Labour MPs that were happy to cite party members'),
      }),
    ]);
    const [run] = await c.runs.listRecent(ws.id);
    expect(run.deletionsNoticed).toBe(1);

    // Deleted items leave the facts the metrics read; seen again, the item is live again.
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await c.captures.listDeletions(account.id)).toEqual([]);
  });

  test('a listing that fails half way keeps every stored row, marks nothing deleted and records the gap', async () => {
    const { c, ws } = await setUp('unhappy');
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    const before = await tableState(ws.id);
    // Page 1 arrives, page 2 fails on both attempts: 73 tweets of the listing are never seen.
    server.fail(/tweets$/, {
      kind: 'status',
      status: 200,
      json: { ...readXPage(X_FILES.brexit), data: [], meta: { next_token: '40' } },
    });
    server.fail(/tweets$/, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    c.clock.advance(86_400_000);
    const [posts] = (await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'partial', complete: false, deletions: [] });
    expect(posts.error).toBe(`${server.url}/2/users/3131144855/tweets failed 2 times; last: status 503`);
    expect(await tableState(ws.id)).toEqual(before);
    const gaps = await c.runs.listGaps(ws.id, new Date('2021-01-01'), new Date('2027-01-01'));
    expect(gaps).toEqual([
      expect.objectContaining({
        stream: 'posts',
        status: 'partial',
        windowFrom: new Date('2021-09-15T16:37:29Z'),
      }),
    ]);
    // The next complete run covers the window: the gap is closed.
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await c.runs.listGaps(ws.id, new Date('2021-01-01'), new Date('2027-01-01'))).toEqual([]);
  });

  test('a run whose process was killed shows as a gap, and the next run closes it as interrupted', async () => {
    const { c, ws, account } = await setUp('killed');
    // What a worker killed with SIGKILL leaves: a run opened with its window, never finished.
    const killed = await c.runs.start(ws.id, account.id, 'collector:x', 'posts', c.clock.now(), {
      windowFrom: null,
      windowTo: c.clock.now(),
    });
    expect(await c.runs.listGaps(ws.id, new Date('2021-01-01'), new Date('2027-01-01'))).toEqual([
      expect.objectContaining({ runId: killed, stream: 'posts', status: 'running' }),
    ]);
    c.clock.advance(600_000);
    const [posts] = (await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] })).streams;
    expect(posts.status).toBe('succeeded');
    const history = await c.runs.listRecent(ws.id);
    expect(history.find((r) => r.runId === killed)).toMatchObject({
      status: 'interrupted',
      finishedAt: c.clock.now(),
      error: expect.stringMatching(/^interrupted: the run never ended/),
    });
    expect(history.find((r) => r.runId === posts.runId)).toMatchObject({ status: 'succeeded' });
    // The complete run covered the killed run's window: nothing is missing any more.
    expect(await c.runs.listGaps(ws.id, new Date('2021-01-01'), new Date('2027-01-01'))).toEqual([]);
  });

  test('a platform that hands back the same cursor again ends the listing as incomplete instead of looping', async () => {
    const { c, ws } = await setUp('loop');
    const page = readXPage(X_FILES.brexit);
    const looping = {
      kind: 'status' as const,
      status: 200,
      json: { ...page, data: page.data.slice(0, 2), meta: { next_token: 'again' } },
    };
    server.fail(/tweets$/, looping, looping);
    const [posts] = (await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] })).streams;
    expect(posts).toMatchObject({ status: 'partial', complete: false, read: 4 });
    expect(posts.error).toBe('the platform returned a cursor it had returned before (page 3)');
    expect(await c.cursors.find((await c.collection.findAccount(ws.id, 'brexit')).id, 'posts')).toBeNull();
  });

  test('a stream without credentials is not collected by default, and fails visibly when asked for', async () => {
    const { c, ws } = await setUp('no-token');
    const bare = await c.connections.connect({
      workspaceId: ws.id,
      platform: 'x',
      handle: 'bare',
      externalId: '1',
      settings: {},
      secret: {},
    });
    const plain = await c.collection.collectAccount(ws.id, 'bare');
    expect(plain.streams).toEqual([]);
    expect(plain.notCollected.map((n) => n.stream)).toEqual(['profile', 'posts', 'mentions']);
    const asked = await c.collection.collectAccount(ws.id, bare.id, { streams: ['mentions'] });
    expect(asked.streams[0]).toMatchObject({
      status: 'failed',
      error: 'X account bare has no bearer token (ledger account connect)',
    });
  });
  test('unchanged numbers add no snapshot, except the first reading at the fixed age of 48 hours', async () => {
    // The clock starts 23 minutes after the newest tweet (2021-09-22T16:37:29Z) was published.
    const { c, ws } = await setUp('fixed-age', new TestClock('2021-09-22T17:00:00Z'));
    const snapshots = async () => (await tableState(ws.id)).snapshots;
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await snapshots()).toBe(33);
    c.clock.advance(3_600_000);
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await snapshots()).toBe(33);
    c.clock.advance(48 * 3_600_000);
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await snapshots()).toBe(66);
    c.clock.advance(3_600_000);
    await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts'] });
    expect(await snapshots()).toBe(66);
  });

  test('snapshots carry the follower count the profile stream read in the same run', async () => {
    const { c, ws, account } = await setUp('followers');
    const result = await c.collection.collectAccount(ws.id, 'brexit', { streams: ['posts', 'profile'] });
    expect(result.streams.map((s) => s.stream)).toEqual(['profile', 'posts']);
    const rows = await t.db.dataSource.query(
      `SELECT DISTINCT s.followers FROM engagement_snapshot s JOIN outbound_item o ON o.id = s.outbound_item_id WHERE o.account_id = $1`,
      [account.id],
    );
    // @BorisJohnson's user object in brexit.jsonl: 3,634,513 followers.
    expect(rows).toEqual([{ followers: 3634513 }]);
  });
});

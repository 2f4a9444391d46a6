// `ledger account connect` and `ledger collect` as real processes against the replay server: every platform,
// twice in a row, and the run history that shows what was collected and what failed.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '#persistence';
import { runCli, type CliResult } from '../support/processes.js';
import { ReplayServer } from '../support/replay-server.js';
import {
  BLUESKY_FEED,
  BLUESKY_NOTIFICATIONS,
  blueskyDid,
  replayBluesky,
} from '../support/replays/bluesky.replay.js';
import { MASTODON_ADMIN_ID, replayMastodon } from '../support/replays/mastodon.replay.js';
import { META_PAGE_ID, replayMeta } from '../support/replays/meta.replay.js';
import { replayX } from '../support/replays/x.replay.js';
import { useProcessDatabase } from '../support/test-database.js';

const SECRETS = {
  X_TOKEN: 'x-e2e-token',
  META_TOKEN: 'meta-e2e-token',
  MASTODON_TOKEN: 'mastodon-e2e-token',
  BSKY_PASSWORD: 'e2e-app-password',
};
const ACCOUNTS = ['x:BorisJohnson', 'facebook:FacebookforDevelopers', 'mastodon:admin', 'bluesky:alice.test'];

describe('ledger collect against the replay server', () => {
  const db = useProcessDatabase();
  let server: ReplayServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await ReplayServer.start();
    replayX(server, { token: SECRETS.X_TOKEN });
    replayMeta(server, { token: SECRETS.META_TOKEN });
    replayMastodon(server, { token: SECRETS.MASTODON_TOKEN });
    replayBluesky(server, {
      feed: BLUESKY_FEED,
      notifications: BLUESKY_NOTIFICATIONS,
      handle: 'alice.test',
      appPassword: SECRETS.BSKY_PASSWORD,
    });
    env = {
      ...db.env,
      ...SECRETS,
      LEDGER_CREDENTIALS_KEY: randomBytes(32).toString('base64'),
      LEDGER_X_API_URL: server.url,
      LEDGER_META_GRAPH_URL: server.url,
      LEDGER_BLUESKY_APPVIEW_URL: server.url,
      LEDGER_BLUESKY_PDS_URL: server.url,
      // Backoff waits are real in a child process: keep them short (their lengths are tested with a fake clock).
      LEDGER_HTTP_BACKOFF_MS: '10',
    };
  });
  afterAll(() => server?.close());

  const cli = (...args: string[]) => runCli(args, env);
  const ok = (result: CliResult) => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
  };

  /** Opens the database the CLI used (no CLI process is running at that moment). */
  async function withDatabase<T>(fn: (database: OpenDatabase) => Promise<T>): Promise<T> {
    const database = env.DATABASE_URL
      ? await openDatabase({ kind: 'server', url: env.DATABASE_URL, poolSize: 2 })
      : await openDatabase({ kind: 'embedded', dataDir: path.join(db.dataDir, 'db'), poolSize: 2 });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  }

  async function storedRows() {
    return withDatabase(async (d) => {
      const q = (sql: string) => d.dataSource.query(sql);
      return {
        outbound: await q(
          `SELECT a.platform, o.external_id, o.kind, o.text, o.created_at, o.deleted_at, o.attribution_source, o.source
           FROM outbound_item o JOIN account a ON a.id = o.account_id ORDER BY 1, 2`,
        ),
        inbound: await q(
          `SELECT a.platform, i.external_id, i.kind, i.author_external_id, i.created_at, i.conversation_id, i.actionable
           FROM inbound_item i JOIN account a ON a.id = i.account_id ORDER BY 1, 2`,
        ),
        snapshots: await q(
          `SELECT outbound_item_id, captured_at, reactions, replies, reposts, quotes FROM engagement_snapshot ORDER BY 1, 2`,
        ),
        captures: await q(
          `SELECT outbound_item_id, first_seen_at, text, media_urls FROM outbound_capture ORDER BY 1`,
        ),
        profiles: await q(
          `SELECT account_id, captured_at, followers FROM account_profile_snapshot ORDER BY 1, 2`,
        ),
        cursors: await q(
          `SELECT account_id, stream, high_water_id, high_water_at FROM stream_cursor ORDER BY 1, 2`,
        ),
      };
    });
  }

  test('account connect stores each platform’s secret encrypted and names only the fields', async () => {
    ok(
      await cli(
        'account',
        'connect',
        'x',
        'BorisJohnson',
        '--id',
        '3131144855',
        '-w',
        'brand',
        '--secret-env',
        'X_TOKEN',
      ),
    );
    ok(
      await cli(
        'account',
        'connect',
        'facebook',
        'FacebookforDevelopers',
        '--id',
        META_PAGE_ID,
        '-w',
        'brand',
        '--secret-env',
        'META_TOKEN',
      ),
    );
    ok(
      await cli(
        'account',
        'connect',
        'mastodon',
        'admin',
        '--id',
        MASTODON_ADMIN_ID,
        '--instance',
        server.url,
        '-w',
        'brand',
        '--secret-env',
        'MASTODON_TOKEN',
      ),
    );
    const bluesky = ok(
      await cli(
        'account',
        'connect',
        'bluesky',
        'alice.test',
        '--id',
        blueskyDid('alice.test'),
        '-w',
        'brand',
        '--secret-env',
        'BSKY_PASSWORD',
      ),
    );
    expect(bluesky).toContain('Connected bluesky:alice.test');
    expect(bluesky).toContain('Streams: posts, notifications, profile.');
    const listing = ok(await cli('accounts', 'connections', '-w', 'brand'));
    expect(listing).toMatch(/^x:BorisJohnson\s+secret token; key k[0-9a-f]{12}$/m);
    expect(listing).toMatch(/^bluesky:alice\.test\s+secret appPassword;/m);
    for (const secret of Object.values(SECRETS)) expect(listing).not.toContain(secret);
    const stored = await withDatabase((d) =>
      d.dataSource.query(`SELECT ciphertext, settings FROM account_connection`),
    );
    expect(stored).toHaveLength(4);
    for (const secret of Object.values(SECRETS)) expect(JSON.stringify(stored)).not.toContain(secret);
  }, 150_000);

  test('collect works for each platform and prints each stream’s run', async () => {
    const out = ok(await cli('collect', '--account', ...ACCOUNTS, '-w', 'brand'));
    const section = (account: string) =>
      out
        .slice(0, out.indexOf(`Collected ${account} `))
        .split(/^Collected .*$/m)
        .at(-1)!;
    const x = section('x:BorisJohnson');
    expect(x).toMatch(/posts\s+succeeded read 100, kept 33, rejected 0, skipped 67 retweet/);
    expect(x).toMatch(/profile\s+succeeded read 1, kept 1/);
    const meta = section('facebook:FacebookforDevelopers');
    expect(meta).toMatch(/posts\s+succeeded read 10, kept 10/);
    expect(meta).toMatch(/comments\s+succeeded read 16, kept 16/);
    expect(meta).toMatch(/messages\s+succeeded read 2, kept 2/);
    const mastodon = section('mastodon:admin');
    expect(mastodon).toMatch(/posts\s+succeeded read 6, kept 6/);
    expect(mastodon).toMatch(/conversations\s+succeeded read 2, kept 2/);
    const bluesky = section('bluesky:alice.test');
    expect(bluesky).toMatch(/posts\s+succeeded read 12, kept 12/);
    expect(bluesky).toMatch(
      /notifications\s+succeeded read 13, kept 4, rejected 0, skipped 2 repost, 5 like, 2 follow/,
    );
    expect(out).not.toMatch(/failed|partial|not collected/);
    for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
  }, 120_000);

  test('collecting every account a second time stores the same rows', async () => {
    const before = await storedRows();
    expect(before.outbound.length).toBe(33 + 10 + 6 + 12);
    const out = ok(await cli('collect', '--account', ...ACCOUNTS, '-w', 'brand'));
    const changed = out.split('\n').filter((l) => l.includes(' changed '));
    expect(changed).toHaveLength(14);
    for (const line of changed)
      expect(line).toMatch(/changed 0 outbound, 0 inbound, 0 engagement snapshots, 0 profile/);
    expect(await storedRows()).toEqual(before);
  }, 120_000);

  test('collection-runs shows per account and stream what was collected, when, and what failed', async () => {
    server.fail(
      /\/api\/v1\/accounts\/\d+\/statuses$/,
      ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const failed = await cli('collect', '--account', 'mastodon:admin', '-w', 'brand', '--stream', 'posts');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/posts\s+failed/);
    expect(failed.stdout).toContain(
      `error: ${server.url}/api/v1/accounts/${MASTODON_ADMIN_ID}/statuses failed 5 times; last: status 503`,
    );
    const runs = JSON.parse(
      ok(await cli('collection-runs', '-w', 'brand', '--limit', '100', '--format', 'json')),
    ) as {
      stream: string;
      status: string;
      complete: boolean;
      source: string;
    }[];
    expect(runs[0]).toMatchObject({
      stream: 'posts',
      status: 'failed',
      complete: false,
      source: 'collector:mastodon',
    });
    expect(new Set(runs.map((r) => `${r.source} ${r.stream}`))).toEqual(
      new Set([
        'collector:x posts',
        'collector:x mentions',
        'collector:x profile',
        'collector:facebook posts',
        'collector:facebook comments',
        'collector:facebook messages',
        'collector:facebook profile',
        'collector:mastodon posts',
        'collector:mastodon notifications',
        'collector:mastodon conversations',
        'collector:mastodon profile',
        'collector:bluesky posts',
        'collector:bluesky notifications',
        'collector:bluesky profile',
      ]),
    );
  }, 120_000);
});

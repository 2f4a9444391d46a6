// What the worker end-to-end specs share: worker processes (the compiled apps/worker, as `npm run worker`
// starts it), many Mastodon accounts served by one loopback replay of the recorded payloads, the database
// of a spec opened in-process for seeding and for reading what the workers stored.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { CredentialCipher } from '#collectors';
import { openDatabase, resolveDatabaseConfig, type OpenDatabase } from '#persistence';
import { collectionFor } from '../../libs/collectors/src/collection/collection.test-helper.js';
import type { ReplayServer } from '../support/replay-server.js';
import { readCassette, recorded } from '../support/replays/mastodon.replay.js';

const ROOT = process.cwd();

/** The key that seals the test accounts' connections; workers need the same to open them. */
export const CREDENTIALS_KEY = randomBytes(32).toString('base64');

/** Short ticks, polls, leases and delays, so that a spec waits seconds, never minutes. */
export function workerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    LEDGER_TICK_SECONDS: '0',
    LEDGER_JOB_POLL_SECONDS: '0.5',
    LEDGER_JOB_LEASE_SECONDS: '6',
    LEDGER_JOB_MAINTENANCE_SECONDS: '1',
    LEDGER_JOB_RETRY_DELAY_SECONDS: '1',
    LEDGER_WORKER_SHUTDOWN_SECONDS: '10',
    LEDGER_CREDENTIALS_KEY: CREDENTIALS_KEY,
    LEDGER_HTTP_TIMEOUT_MS: '20000',
    LEDGER_DEMO: 'off',
    NO_COLOR: '1',
    ...extra,
  };
}

export class WorkerProcess {
  private text = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout!.on('data', (d) => (this.text += d));
    child.stderr!.on('data', (d) => (this.text += d));
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts `node dist/apps/worker/src/main.js` and waits until it says it is running. */
  static async start(name: string, env: Record<string, string>, timeoutMs = 60_000): Promise<WorkerProcess> {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/worker/src/main.js')], {
      cwd: ROOT,
      env: childEnv({ ...env, LEDGER_WORKER_NAME: name }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(name, child);
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`worker ${name} exited:\n${worker.output()}`);
        return worker.output().includes('Channel Ledger worker running');
      },
      { timeoutMs, what: `worker ${name} to start` },
    );
    return worker;
  }

  output(): string {
    return this.text;
  }

  get pid(): number {
    return this.child.pid!;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  /** SIGTERM and wait; SIGKILL if it has not stopped after `graceMs`. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    this.kill('SIGTERM');
    await this.exited;
    clearTimeout(timer);
  }
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.LEDGER_TEST_DATABASE_URL;
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/** Polls until `condition` holds. */
export async function waitFor(
  condition: () => Promise<boolean>,
  options: { timeoutMs?: number; what: string; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}

/** Opens the database that a child process with `env` uses (PostgreSQL, or the embedded data directory). */
export async function withDatabase<T>(
  env: Record<string, string>,
  fn: (db: OpenDatabase) => Promise<T>,
): Promise<T> {
  const config = resolveDatabaseConfig({ ...env, LEDGER_DB_POOL_SIZE: '4' });
  const db = await openDatabase(config);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * Workspaces with Mastodon accounts on the replay instance, connected for public data (no token: posts and
 * profile). Handles are `<workspace>-<n>`, the same in every database seeded with the same numbers.
 */
export async function seedMastodonAccounts(
  db: OpenDatabase,
  options: { replayUrl: string; workspaces: number; accountsPerWorkspace: number; timeZone?: string },
): Promise<void> {
  const cipher = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: CREDENTIALS_KEY });
  const seed = collectionFor(db, { baseUrl: options.replayUrl, cipher });
  for (let w = 1; w <= options.workspaces; w += 1) {
    const slug = `client-${String(w).padStart(2, '0')}`;
    const workspace = await seed.workspaces.ensure(slug, { timeZone: options.timeZone ?? 'UTC' });
    for (let a = 1; a <= options.accountsPerWorkspace; a += 1) {
      await seed.connections.connect({
        workspaceId: workspace.id,
        platform: 'mastodon',
        handle: `${slug}-${String(a).padStart(3, '0')}`,
        externalId: `${w * 1000 + a}`,
        settings: { instanceUrl: options.replayUrl },
        secret: {},
      });
    }
  }
}

/**
 * A Mastodon instance on which every account has published the recorded statuses of the cassette's most
 * active account (4 per page) and has that account's recorded profile. The Link header of a page points at
 * `…/statuses/older` (clients follow Link URLs as given), so a spec can fault the second page alone.
 */
export function replayManyMastodonAccounts(server: ReplayServer): { statusesPerAccount: number } {
  const timeline = recorded(readCassette('test_public_tl'), 'GET', '/api/v1/timelines/public') as {
    id: string;
    account: { id: string };
  }[];
  const authors = new Map<string, number>();
  for (const s of timeline) authors.set(s.account.id, (authors.get(s.account.id) ?? 0) + 1);
  const busiest = [...authors.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const statuses = timeline.filter((s) => s.account.id === busiest);
  const profile = statuses[0].account;

  server.route('GET', /^\/api\/v1\/accounts\/(\d+)\/statuses(?:\/older)?$/, (request, match) => {
    const maxId = request.query.get('max_id');
    const rest = statuses.filter((s) => !maxId || BigInt(s.id) < BigInt(maxId));
    const page = rest.slice(0, 4);
    const link = `<${server.url}/api/v1/accounts/${match[1]}/statuses/older?limit=40&max_id=${page.at(-1)?.id}>; rel="next"`;
    const headers: Record<string, string> = rest.length > 4 ? { link } : {};
    return { json: page, headers };
  });
  server.route('GET', /^\/api\/v1\/accounts\/(\d+)$/, () => ({ json: profile }));
  return { statusesPerAccount: statuses.length };
}

/** What the collectors stored, without ids and capture instants: equal sets mean the same work was done. */
export interface StoredFacts {
  outbound: string[];
  snapshots: string[];
  profiles: string[];
  captures: number;
  runs: string[];
}

export async function storedFacts(db: OpenDatabase): Promise<StoredFacts> {
  const lines = async (sql: string) =>
    ((await db.dataSource.query(sql)) as Record<string, unknown>[]).map((row) =>
      Object.values(row)
        .map((v) => (v instanceof Date ? v.toISOString() : String(v)))
        .join(' | '),
    );
  const [{ captures }] = await db.dataSource.query(`SELECT count(*)::int AS captures FROM outbound_capture`);
  return {
    outbound: await lines(
      `SELECT w.slug, a.handle, o.external_id, o.kind, o.created_at, o.text, o.deleted_at
       FROM outbound_item o JOIN account a ON a.id = o.account_id JOIN workspace w ON w.id = a.workspace_id
       ORDER BY w.slug, a.handle, o.external_id`,
    ),
    snapshots: await lines(
      `SELECT a.handle, o.external_id, s.reactions, s.replies, s.reposts, s.quotes
       FROM engagement_snapshot s JOIN outbound_item o ON o.id = s.outbound_item_id JOIN account a ON a.id = o.account_id
       ORDER BY a.handle, o.external_id, s.captured_at`,
    ),
    profiles: await lines(
      `SELECT a.handle, p.followers, p.following, p.posts
       FROM account_profile_snapshot p JOIN account a ON a.id = p.account_id ORDER BY a.handle, p.captured_at`,
    ),
    captures,
    runs: await lines(
      `SELECT a.handle, r.subject, r.status, count(*) AS runs
       FROM collection_run r JOIN account a ON a.id = r.account_id
       GROUP BY a.handle, r.subject, r.status ORDER BY a.handle, r.subject, r.status`,
    ),
  };
}

/** Jobs of a kind per state, and attempts per outcome. */
export async function jobCounts(db: OpenDatabase, kind: string) {
  const states: { state: string; n: number }[] = await db.dataSource.query(
    `SELECT state, count(*)::int AS n FROM job_record WHERE kind = $1 GROUP BY state ORDER BY state`,
    [kind],
  );
  return Object.fromEntries(states.map((s) => [s.state, s.n])) as Record<string, number>;
}

// Workers that die or are stopped in the middle of a job: a SIGKILLed worker's job is run again by another
// worker once its lease has expired, and nothing is stored twice; a worker stopped with SIGTERM finishes the
// job it is running, or, when the job outlasts the grace period, hands it back for another worker.
import { runCli } from '../support/processes.js';
import { ReplayServer } from '../support/replay-server.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  replayManyMastodonAccounts,
  seedMastodonAccounts,
  storedFacts,
  waitFor,
  withDatabase,
  WorkerProcess,
  workerEnv,
} from './worker-harness.js';

const ON_SERVER = Boolean(process.env.LEDGER_TEST_DATABASE_URL);
const serverOnly = ON_SERVER ? test : test.skip;
const LEASE_SECONDS = 6;
/** Account 1 of workspace 1 has the external id 1001; the second page of its statuses is the one held. */
const HELD_PAGE = /^\/api\/v1\/accounts\/1001\/statuses\/older$/;

interface AttemptRow {
  worker: string;
  outcome: string;
  startedAt: Date;
  finishedAt: Date | null;
}

describe('workers that stop in the middle of a job (multi-process: run in the PostgreSQL pass of CI)', () => {
  const killed = useProcessDatabase();
  const stopped = useProcessDatabase();
  const handedBack = useProcessDatabase();
  let replay: ReplayServer;
  let statusesPerAccount: number;

  beforeAll(async () => {
    replay = await ReplayServer.start();
    statusesPerAccount = replayManyMastodonAccounts(replay).statusesPerAccount;
  });

  afterAll(async () => {
    await replay?.close();
  });

  async function seedAndTick(env: Record<string, string>): Promise<void> {
    await withDatabase(env, (db) =>
      seedMastodonAccounts(db, { replayUrl: replay.url, workspaces: 1, accountsPerWorkspace: 3 }),
    );
    const tick = await runCli(['jobs', 'tick'], env);
    expect(tick.stdout).toContain('Enqueued: 6 collect');
  }

  /** The posts job of account 1001 and its attempts. */
  async function heldJob(env: Record<string, string>) {
    return withDatabase(env, async (db) => {
      const [job] = await db.dataSource.query(
        `SELECT r.id, r.state, r.attempts FROM job_record r JOIN account a ON a.id = r.account_id
         WHERE a.external_id = '1001' AND r.data->>'stream' = 'posts'`,
      );
      const attempts: AttemptRow[] = await db.dataSource.query(
        `SELECT worker, outcome, started_at AS "startedAt", finished_at AS "finishedAt"
         FROM job_attempt WHERE job_id = $1 ORDER BY attempt`,
        [job.id],
      );
      return { ...(job as { id: string; state: string; attempts: number }), attempts };
    });
  }

  /** Stored rows of one account, and how often each post and snapshot is there. */
  async function factsOf(env: Record<string, string>, handle: string) {
    return withDatabase(env, async (db) => {
      const all = await storedFacts(db);
      const [{ captures }] = await db.dataSource.query(
        `SELECT count(*)::int AS captures FROM outbound_capture c JOIN outbound_item o ON o.id = c.outbound_item_id
         JOIN account a ON a.id = o.account_id WHERE a.handle = $1`,
        [handle],
      );
      return {
        outbound: all.outbound.filter((l) => l.includes(` | ${handle} | `)),
        snapshots: all.snapshots.filter((l) => l.startsWith(`${handle} | `)),
        captures,
      };
    });
  }

  serverOnly(
    'a worker killed with SIGKILL mid-job: another runs the job after the lease expired, no row twice',
    async () => {
      const env = workerEnv({ ...killed.env, LEDGER_JOB_LEASE_SECONDS: String(LEASE_SECONDS) });
      replay.fail(HELD_PAGE, { kind: 'hang' });
      await seedAndTick(env);
      const doomed = await WorkerProcess.start('doomed', env);
      // The job has stored the first page and waits for the second when the worker dies.
      await waitFor(async () => replay.requestsTo(HELD_PAGE).length > 0, {
        what: 'the held page to be asked for',
      });
      expect((await heldJob(env)).attempts.map((a) => a.outcome)).toEqual(['running']);
      expect((await factsOf(env, 'client-01-001')).outbound).toHaveLength(4);
      doomed.kill('SIGKILL');
      expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });

      const survivor = await WorkerProcess.start('survivor', env);
      await waitFor(async () => (await heldJob(env)).state === 'completed', {
        timeoutMs: 60_000,
        what: 'the retry',
      });
      await waitFor(
        () =>
          withDatabase(
            env,
            async (db) =>
              (
                await db.dataSource.query(
                  `SELECT count(*)::int AS n FROM job_record WHERE kind = 'collect' AND state = 'completed'`,
                )
              )[0].n === 6,
          ),
        { what: 'every collection job' },
      );
      await survivor.stop();

      const job = await heldJob(env);
      expect(job.attempts.map((a) => [a.worker, a.outcome])).toEqual([
        ['doomed', 'lost'],
        ['survivor', 'completed'],
      ]);
      const [first, second] = job.attempts;
      expect(
        new Date(second.startedAt).getTime() - new Date(first.startedAt).getTime(),
      ).toBeGreaterThanOrEqual(LEASE_SECONDS * 1000);
      // The first page was collected twice; every post, first-seen capture and snapshot is there once.
      const held = await factsOf(env, 'client-01-001');
      const normal = await factsOf(env, 'client-01-002');
      expect(held.outbound).toHaveLength(statusesPerAccount);
      expect(new Set(held.outbound).size).toBe(statusesPerAccount);
      expect(held.snapshots).toHaveLength(statusesPerAccount);
      expect(held.captures).toBe(statusesPerAccount);
      expect(held.outbound.map((l) => l.split(' | ').slice(2).join(' | '))).toEqual(
        normal.outbound.map((l) => l.split(' | ').slice(2).join(' | ')),
      );
      expect(held.snapshots.map((l) => l.split(' | ').slice(1).join(' | '))).toEqual(
        normal.snapshots.map((l) => l.split(' | ').slice(1).join(' | ')),
      );
    },
    180_000,
  );

  serverOnly(
    'a worker stopped with SIGTERM mid-job finishes the job before it exits',
    async () => {
      // The held page times out after 3 s and the collector asks again: the job ends a few seconds later.
      const env = workerEnv({
        ...stopped.env,
        LEDGER_HTTP_TIMEOUT_MS: '3000',
        LEDGER_WORKER_SHUTDOWN_SECONDS: '30',
      });
      replay.fail(HELD_PAGE, { kind: 'hang' });
      await seedAndTick(env);
      const asked = replay.requestsTo(HELD_PAGE).length;
      const worker = await WorkerProcess.start('finisher', env);
      await waitFor(async () => replay.requestsTo(HELD_PAGE).length > asked, { what: 'the held page' });
      worker.kill('SIGTERM');
      await worker.exited;

      const job = await heldJob(env);
      expect(job.state).toBe('completed');
      expect(job.attempts.map((a) => [a.worker, a.outcome])).toEqual([['finisher', 'completed']]);
      expect(worker.output()).toMatch(/Worker finisher stopped\n/);
      expect((await factsOf(env, 'client-01-001')).outbound).toHaveLength(statusesPerAccount);
    },
    120_000,
  );

  serverOnly(
    'a job that outlasts the grace period is handed back and finished by another worker',
    async () => {
      const env = workerEnv({ ...handedBack.env, LEDGER_WORKER_SHUTDOWN_SECONDS: '1' });
      replay.fail(HELD_PAGE, { kind: 'hang' });
      await seedAndTick(env);
      const asked = replay.requestsTo(HELD_PAGE).length;
      const leaving = await WorkerProcess.start('leaving', env);
      await waitFor(async () => replay.requestsTo(HELD_PAGE).length > asked, { what: 'the held page' });
      leaving.kill('SIGTERM');
      await leaving.exited;
      expect(leaving.output()).toMatch(
        /Worker leaving stopped; handed 1 unfinished job\(s\) back to the queue/,
      );
      expect((await heldJob(env)).state).toBe('retrying');

      const next = await WorkerProcess.start('next', env);
      await waitFor(async () => (await heldJob(env)).state === 'completed', {
        timeoutMs: 60_000,
        what: 'the retry',
      });
      await next.stop();
      expect((await heldJob(env)).attempts.map((a) => [a.worker, a.outcome])).toEqual([
        ['leaving', 'released'],
        ['next', 'completed'],
      ]);
      const held = await factsOf(env, 'client-01-001');
      expect(held.outbound).toHaveLength(statusesPerAccount);
      expect(held.snapshots).toHaveLength(statusesPerAccount);
    },
    120_000,
  );
});

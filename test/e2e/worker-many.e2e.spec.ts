// Collection on many workers: 500 accounts due at once, worked by three worker processes against one
// PostgreSQL, must give each collection job exactly one run and store exactly what one worker stores. The
// single-process path (`ledger jobs run-due`, the embedded database) must store the same.
import { runCli } from '../support/processes.js';
import { ReplayServer } from '../support/replay-server.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  jobCounts,
  replayManyMastodonAccounts,
  seedMastodonAccounts,
  storedFacts,
  waitFor,
  withDatabase,
  WorkerProcess,
  workerEnv,
  type StoredFacts,
} from './worker-harness.js';

const ON_SERVER = Boolean(process.env.LEDGER_TEST_DATABASE_URL);
const TICK_AT = '2026-11-02T10:00:00Z';

describe('collection jobs on several workers', () => {
  const multi = useProcessDatabase();
  const single = useProcessDatabase();
  const solo = useProcessDatabase();
  let replay: ReplayServer;
  let statusesPerAccount: number;

  beforeAll(async () => {
    replay = await ReplayServer.start();
    statusesPerAccount = replayManyMastodonAccounts(replay).statusesPerAccount;
  });

  afterAll(async () => {
    await replay?.close();
  });

  /** Ticks once (a CLI process) and waits until every collection job of the tick has finished. */
  async function tickAndWait(env: Record<string, string>, jobs: number): Promise<void> {
    const tick = await runCli(['jobs', 'tick', '--at', TICK_AT], env);
    expect(tick.stderr).toBe('');
    expect(tick.stdout).toContain(`Enqueued: ${jobs} collect`);
    await waitFor(
      () => withDatabase(env, async (db) => (await jobCounts(db, 'collect')).completed === jobs),
      { timeoutMs: 600_000, what: `${jobs} collection jobs to complete`, intervalMs: 2000 },
    );
  }

  (ON_SERVER ? test : test.skip)(
    'three worker processes, 500 accounts due: every job runs once and the rows equal those of one worker ' +
      '(multi-process: runs in the PostgreSQL pass of CI)',
    async () => {
      const env = (db: { env: Record<string, string> }) => workerEnv(db.env);
      for (const db of [single, multi]) {
        await withDatabase(env(db), (open) =>
          seedMastodonAccounts(open, { replayUrl: replay.url, workspaces: 25, accountsPerWorkspace: 20 }),
        );
      }

      // One worker.
      const alone = await WorkerProcess.start('alone', env(single));
      await tickAndWait(env(single), 1000);
      await alone.stop();
      const reference = await withDatabase(env(single), storedFacts);

      // Three workers, started together (they install the queue and create its queues at the same moment).
      const workers = await Promise.all(
        ['w1', 'w2', 'w3'].map((name) => WorkerProcess.start(name, env(multi))),
      );
      await tickAndWait(env(multi), 1000);
      await Promise.all(workers.map((w) => w.stop()));
      // Each stopped on SIGTERM through its shutdown hooks, with nothing left to hand back.
      for (const w of workers) expect(w.output()).toMatch(new RegExp(`Worker ${w.name} stopped\\n`));

      await withDatabase(env(multi), async (db) => {
        expect(await jobCounts(db, 'collect')).toEqual({ completed: 1000 });
        const attempts: { outcome: string; worker: string; n: number }[] = await db.dataSource.query(
          `SELECT a.outcome, a.worker, count(*)::int AS n FROM job_attempt a JOIN job_record r ON r.id = a.job_id
           WHERE r.kind = 'collect' GROUP BY a.outcome, a.worker ORDER BY a.worker`,
        );
        // Exactly one attempt per job, all completed, and every worker took its share.
        expect(attempts.reduce((sum, a) => sum + a.n, 0)).toBe(1000);
        expect(attempts.every((a) => a.outcome === 'completed')).toBe(true);
        expect(attempts.map((a) => a.worker)).toEqual(['w1', 'w2', 'w3']);
        const [{ multiple }] = await db.dataSource.query(
          `SELECT count(*)::int AS multiple FROM job_record WHERE kind = 'collect' AND attempts <> 1`,
        );
        expect(multiple).toBe(0);
        const facts = await storedFacts(db);
        expect(facts.outbound).toHaveLength(500 * statusesPerAccount);
        expect(facts.runs).toHaveLength(1000);
        expect(facts.runs.every((r) => r.endsWith('| succeeded | 1'))).toBe(true);
        expectSameFacts(facts, reference);
      });
    },
    900_000,
  );

  test('one process without a worker (ledger jobs run-due, the embedded database by default) runs each due job once', async () => {
    const env = workerEnv(solo.env);
    const accounts = 10;
    await withDatabase(env, (db) =>
      seedMastodonAccounts(db, { replayUrl: replay.url, workspaces: 2, accountsPerWorkspace: accounts / 2 }),
    );
    const first = await runCli(['jobs', 'run-due', '--at', TICK_AT], env);
    expect(first.stderr).toBe('');
    // Per account posts and profile; per workspace incident detection; one clean-up.
    expect(first.stdout).toContain(`Enqueued: ${accounts * 2} collect, 2 detect-incidents, 1 retention.`);
    const ran = accounts * 2 + 3;
    expect(first.stdout).toContain(`Ran ${ran} job(s): ${ran} completed, 0 failed.`);
    const again = await runCli(['jobs', 'run-due', '--at', TICK_AT], env);
    expect(again.stdout).toContain('Enqueued: none');
    expect(again.stdout).toContain('Ran 0 job(s)');
    await withDatabase(env, async (db) => {
      expect(await jobCounts(db, 'collect')).toEqual({ completed: accounts * 2 });
      const facts = await storedFacts(db);
      expect(facts.outbound).toHaveLength(accounts * statusesPerAccount);
      expect(facts.snapshots).toHaveLength(accounts * statusesPerAccount);
      expect(facts.profiles).toHaveLength(accounts);
      expect(facts.runs).toHaveLength(accounts * 2);
    });
  }, 300_000);
});

function expectSameFacts(actual: StoredFacts, expected: StoredFacts): void {
  expect(actual.outbound).toEqual(expected.outbound);
  expect(actual.snapshots).toEqual(expected.snapshots);
  expect(actual.profiles).toEqual(expected.profiles);
  expect(actual.captures).toBe(expected.captures);
  expect(actual.runs).toEqual(expected.runs);
}

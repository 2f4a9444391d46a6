// A tick fired on several instances at once (every worker ticks, and `ledger jobs tick` may run from cron on
// several machines) enqueues each due job once.
import { runCli, type CliResult } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { seedMastodonAccounts, withDatabase, workerEnv } from './worker-harness.js';

const ON_SERVER = Boolean(process.env.LEDGER_TEST_DATABASE_URL);
const CLOCK = '2026-11-02T10:00:00Z';

describe('ticks on several instances', () => {
  const db = useProcessDatabase();

  /** Jobs enqueued according to the tick's output. */
  function enqueued(result: CliResult): number {
    const line = /Enqueued: ([^\n]*)\./.exec(result.stdout)?.[1] ?? '';
    return [...line.matchAll(/(\d+) [a-z-]+/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  }

  test(
    ON_SERVER
      ? 'three ticks fired at the same instant by three processes enqueue each job once'
      : 'three ticks by three processes in turn enqueue each job once (at once: in the PostgreSQL pass of CI)',
    async () => {
      const env = workerEnv({ ...db.env, LEDGER_CLOCK_START: CLOCK });
      await withDatabase(env, (open) =>
        seedMastodonAccounts(open, {
          replayUrl: 'http://127.0.0.1:9',
          workspaces: 2,
          accountsPerWorkspace: 5,
        }),
      );
      // The embedded database belongs to one process at a time, so there the instances take turns.
      const ticks = ON_SERVER
        ? await Promise.all([1, 2, 3].map(() => runCli(['jobs', 'tick'], env)))
        : [
            await runCli(['jobs', 'tick'], env),
            await runCli(['jobs', 'tick'], env),
            await runCli(['jobs', 'tick'], env),
          ];
      for (const tick of ticks) expect(tick.stderr).toBe('');
      // 10 accounts × (posts, profile), incident detection of the 2 workspaces, the daily clean-up: 23 jobs
      // between the three of them, whichever instance enqueued which.
      expect(ticks.reduce((sum, t) => sum + enqueued(t), 0)).toBe(23);

      await withDatabase(env, async (open) => {
        const [history] = await open.dataSource.query(
          `SELECT count(*)::int AS jobs, count(DISTINCT (schedule_key, slot))::int AS slots FROM job_record`,
        );
        expect(history).toEqual({ jobs: 23, slots: 23 });
        const [queue] = await open.dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job`);
        expect(queue.jobs).toBe(23);
      });
    },
    180_000,
  );
});

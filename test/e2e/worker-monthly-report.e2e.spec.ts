// The monthly report of a workspace in Vienna is issued once, by one of the workers, after local midnight on
// the 1st (23:00 UTC on 31 October 2026), and not before. Workers run on a clock set just before midnight.
import fs from 'node:fs';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { waitFor, withDatabase, WorkerProcess, workerEnv } from './worker-harness.js';
import { JobSettingsRepository, WorkspaceRepository } from '#persistence';

const ON_SERVER = Boolean(process.env.LEDGER_TEST_DATABASE_URL);
const MIDNIGHT_IN_VIENNA = new Date('2026-10-31T23:00:00Z');

interface ReportJob {
  subject: string;
  state: string;
  slot: Date;
  enqueued_at: Date;
  attempts: { worker: string; outcome: string; started_at: string }[];
}

describe('the monthly report of a workspace in Europe/Vienna', () => {
  const many = useProcessDatabase();
  const solo = useProcessDatabase();

  /** A Vienna workspace that started in mid-October (so September is not its to report), HTML only. */
  async function seed(env: Record<string, string>): Promise<void> {
    await withDatabase(env, async (open) => {
      const workspace = await new WorkspaceRepository(open.dataSource).ensure('wien', {
        timeZone: 'Europe/Vienna',
        locale: 'de',
      });
      await open.dataSource.query(`UPDATE workspace SET created_at = '2026-10-15T08:00:00Z' WHERE id = $1`, [
        workspace.id,
      ]);
      await new JobSettingsRepository(open.dataSource).save(workspace.id, { reportFormats: ['html'] });
    });
  }

  async function reportJobs(env: Record<string, string>): Promise<ReportJob[]> {
    return withDatabase(env, (open) =>
      open.dataSource.query(
        `SELECT r.subject, r.state, r.slot, r.enqueued_at,
                (SELECT coalesce(json_agg(json_build_object('worker', a.worker, 'outcome', a.outcome,
                   'started_at', a.started_at) ORDER BY a.attempt), '[]') FROM job_attempt a WHERE a.job_id = r.id)
                  AS attempts
         FROM job_record r WHERE r.kind = 'monthly-report' ORDER BY r.enqueued_at`,
      ),
    );
  }

  async function issuedReports(env: Record<string, string>) {
    return withDatabase(env, (open) =>
      open.dataSource.query(
        `SELECT period_from AS "from", period_to AS "to", locale, html_path AS "htmlPath", pdf_path AS "pdfPath"
         FROM report`,
      ),
    );
  }

  function expectOneOctoberReport(jobs: ReportJob[]): void {
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job).toMatchObject({ subject: 'wien 2026-10', state: 'completed' });
    expect(new Date(job.slot)).toEqual(MIDNIGHT_IN_VIENNA);
    expect(new Date(job.enqueued_at).getTime()).toBeGreaterThanOrEqual(MIDNIGHT_IN_VIENNA.getTime());
    expect(job.attempts).toHaveLength(1);
    expect(job.attempts[0].outcome).toBe('completed');
  }

  async function expectOneIssuedReport(env: Record<string, string>): Promise<void> {
    const reports = await issuedReports(env);
    expect(reports).toHaveLength(1);
    // October in Vienna: from local midnight on 1 October (summer time) to local midnight on 1 November.
    expect(reports[0]).toMatchObject({
      from: new Date('2026-09-30T22:00:00Z'),
      to: MIDNIGHT_IN_VIENNA,
      locale: 'de',
      pdfPath: null,
    });
    expect(fs.existsSync(reports[0].htmlPath)).toBe(true);
  }

  (ON_SERVER ? test : test.skip)(
    'three workers ticking every second across midnight: one report, issued after midnight ' +
      '(multi-process: runs in the PostgreSQL pass of CI)',
    async () => {
      const env = workerEnv({
        ...many.env,
        LEDGER_TICK_SECONDS: '1',
        LEDGER_CLOCK_START: '2026-10-31T22:59:55Z',
      });
      await seed(env);
      const workers = await Promise.all(['w1', 'w2', 'w3'].map((name) => WorkerProcess.start(name, env)));
      await waitFor(async () => (await reportJobs(env)).some((j) => j.state === 'completed'), {
        timeoutMs: 90_000,
        what: 'the October report',
      });
      // A few more ticks on every worker: none of them may enqueue the month again.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await Promise.all(workers.map((w) => w.stop()));

      expectOneOctoberReport(await reportJobs(env));
      await expectOneIssuedReport(env);
      await withDatabase(env, async (open) => {
        // The workers did tick before midnight: their first jobs were enqueued then.
        const [{ first }] = await open.dataSource.query(`SELECT min(enqueued_at) AS first FROM job_record`);
        expect(new Date(first).getTime()).toBeLessThan(MIDNIGHT_IN_VIENNA.getTime());
      });
    },
    180_000,
  );

  test('one process without a worker: nothing before midnight, the report after it, and only once', async () => {
    const env = workerEnv(solo.env);
    await seed(env);
    const before = await runCli(['jobs', 'run-due', '--at', '2026-10-31T22:59:59Z'], env);
    expect(before.stdout).not.toContain('monthly-report');
    expect(await reportJobs(env)).toEqual([]);

    const after = await runCli(['jobs', 'run-due', '--at', '2026-10-31T23:00:01Z'], env);
    expect(after.stdout).toMatch(/Enqueued: [^\n]*1 monthly-report/);
    const later = await runCli(['jobs', 'run-due', '--at', '2026-11-01T09:30:00Z'], env);
    expect(later.stdout).not.toContain('monthly-report');

    expectOneOctoberReport(await reportJobs(env));
    await expectOneIssuedReport(env);
  }, 240_000);
});

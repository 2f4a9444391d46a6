import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import {
  JobHistoryRepository,
  JobRecordRepository,
  ReportRepository,
  WorkspaceRepository,
  type WorkspaceEntity,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { jobsContext } from '../jobs.test-helper.js';
import { JobDrain } from './job-drain.service.js';
import { JobQueue } from './job-queue.service.js';

// The single-process path: jobs taken from the queue and run in this process, with real failures (a workspace
// whose time zone does not exist), real backoff and a real lease that expires.
describe('running queued jobs in one process', () => {
  const t = useTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-jobs-'));
  const previousDataDir = process.env.LEDGER_DATA_DIR;
  let app: INestApplicationContext;
  let queue: JobQueue;
  let drain: JobDrain;
  let records: JobRecordRepository;
  let history: JobHistoryRepository;

  beforeAll(async () => {
    process.env.LEDGER_DATA_DIR = dataDir;
    app = await jobsContext(t.db, { config: { leaseSeconds: lease(1) } });
    queue = app.get(JobQueue);
    drain = app.get(JobDrain);
    records = app.get(JobRecordRepository);
    history = app.get(JobHistoryRepository);
  });

  afterAll(async () => {
    await app?.close();
    if (previousDataDir === undefined) delete process.env.LEDGER_DATA_DIR;
    else process.env.LEDGER_DATA_DIR = previousDataDir;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a failing job is retried after a backoff delay, is dead after its last attempt, and can be retried', async () => {
    const workspace = await app.get(WorkspaceRepository).ensure('broken', { timeZone: 'Mars/Olympus_Mons' });
    const id = await enqueueReport(workspace);

    const first = await drain.drain();
    expect(first).toEqual([expect.objectContaining({ id, ok: false, willRetry: true })]);
    expect(await history.findById(id)).toMatchObject({ state: 'retrying', attempts: 1 });
    const [waiting] = await t.db.dataSource.query(
      `SELECT state, start_after > now() AS later FROM pgboss.job WHERE id = $1`,
      [id],
    );
    expect(waiting).toEqual({ state: 'retry', later: true });
    expect(await drain.drain()).toEqual([]);

    await untilReady(id);
    expect(await drain.drain()).toEqual([expect.objectContaining({ id, ok: false, willRetry: false })]);
    const dead = await history.list({ states: ['dead'] });
    expect(dead.map((j) => j.id)).toEqual([id]);
    expect(dead[0].lastError).toMatch(/Mars\/Olympus_Mons/);
    expect((await history.attempts(id)).map((a) => a.outcome)).toEqual(['failed', 'failed']);

    await t.db.dataSource.query(`UPDATE workspace SET time_zone = 'UTC' WHERE id = $1`, [workspace.id]);
    expect(await queue.retry(id)).toBe('retried');
    expect(await history.findById(id)).toMatchObject({ state: 'queued' });
    expect(await drain.drain()).toEqual([expect.objectContaining({ id, ok: true })]);
    const done = await history.findById(id);
    expect(done).toMatchObject({ state: 'completed', attempts: 3 });
    const report = await app.get(ReportRepository).findAnyById(String(done!.result!.reportId));
    expect(report?.htmlPath && fs.existsSync(report.htmlPath)).toBe(true);
    expect(report!.htmlPath!.startsWith(dataDir)).toBe(true);
  });

  test('a job whose worker vanished runs again after its lease expired, once, and the lost attempt is shown', async () => {
    const workspace = await app.get(WorkspaceRepository).ensure('steady', { timeZone: 'Europe/Vienna' });
    const id = await enqueueReport(workspace);
    // A worker takes the job, starts it, and is never heard of again.
    const taken = await queue.fetchOne('monthly-report');
    expect(taken?.id).toBe(id);
    await records.startAttempt(id, 'vanished-worker', new Date());
    expect(await drain.drain()).toEqual([]);

    await waitFor(async () => {
      await queue.maintain();
      const [row] = await t.db.dataSource.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
      return row.state === 'retry';
    });
    await untilReady(id);
    expect(await drain.drain()).toEqual([expect.objectContaining({ id, ok: true })]);
    const attempts = await history.attempts(id);
    expect(attempts.map((a) => [a.worker, a.outcome])).toEqual([
      ['vanished-worker', 'lost'],
      ['spec-worker', 'completed'],
    ]);
    const reports = await app.get(ReportRepository).listByWorkspace(workspace.id);
    expect(reports).toHaveLength(1);
  });

  test('a job that expires in the queue before any worker ran it is a dead letter, and can be run again', async () => {
    const slot = new Date('2026-11-02T00:00:00Z');
    const [job] = await queue.enqueue(
      [
        {
          kind: 'retention',
          workspaceId: null,
          accountId: null,
          scheduleKey: 'retention',
          slot,
          subject: 'retention clean-up',
          data: { scheduled: true },
        },
      ],
      slot,
    );
    expect(job.id).toBe(JobQueue.jobId({ scheduleKey: 'retention', slot }));
    expect(await records.busyScheduleKeys()).toContain('retention');
    // Nobody works the queue until the job's retention there is over (14 days by default): pg-boss archives it.
    await t.db.dataSource.query(
      `UPDATE pgboss.job SET keep_until = now() - interval '1 second' WHERE id = $1`,
      [job.id],
    );
    await queue.maintain();
    expect(await records.reconcileWithQueue(new Date())).toBe(1);
    expect(await history.findById(job.id)).toMatchObject({
      state: 'dead',
      lastError: expect.stringMatching(/expired before a worker ran it/),
    });
    expect(await records.busyScheduleKeys()).not.toContain('retention');

    expect(await queue.retry(job.id)).toBe('requeued');
    expect(await drain.drain()).toEqual([expect.objectContaining({ id: job.id, ok: true })]);
    expect(await history.findById(job.id)).toMatchObject({ state: 'completed', attempts: 1 });
  });

  async function enqueueReport(workspace: WorkspaceEntity): Promise<string> {
    const [job] = await queue.enqueue(
      [
        {
          kind: 'monthly-report',
          workspaceId: workspace.id,
          accountId: null,
          scheduleKey: null,
          slot: null,
          subject: `${workspace.slug} 2026-10 (on demand)`,
          data: { workspaceId: workspace.id, month: '2026-10', formats: ['html'], onDemand: true },
        },
      ],
      new Date(),
    );
    return job.id;
  }

  /** Until the queue's backoff delay of the job has passed. */
  function untilReady(id: string): Promise<void> {
    return waitFor(async () => {
      const [row] = await t.db.dataSource.query(
        `SELECT start_after <= now() AS ready FROM pgboss.job WHERE id = $1`,
        [id],
      );
      return row.ready === true;
    });
  }
});

function lease(seconds: number) {
  return {
    collect: seconds,
    'detect-incidents': seconds,
    'monthly-report': seconds,
    retention: seconds,
    'report-delivery': seconds,
  };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

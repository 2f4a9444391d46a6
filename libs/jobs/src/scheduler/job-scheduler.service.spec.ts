import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AccountConnectionService } from '#collectors';
import {
  JobHistoryRepository,
  JobSettingsRepository,
  pendingSchemaChanges,
  WorkspaceRepository,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { jobsContext } from '../jobs.test-helper.js';
import { JobScheduler } from './job-scheduler.service.js';

// Scheduled jobs on a real queue (pg-boss in the test database): what a tick enqueues, and that ticks fired
// at the same instant, on as many instances as like, enqueue each (schedule, slot) once.
describe('the scheduler tick', () => {
  const t = useTestDatabase();
  let app: INestApplicationContext;
  let scheduler: JobScheduler;
  let history: JobHistoryRepository;
  const previousKey = process.env.LEDGER_CREDENTIALS_KEY;
  const workspaceIds: string[] = [];

  beforeAll(async () => {
    process.env.LEDGER_CREDENTIALS_KEY = randomBytes(32).toString('base64');
    app = await jobsContext(t.db);
    scheduler = app.get(JobScheduler);
    history = app.get(JobHistoryRepository);
    const workspaces = app.get(WorkspaceRepository);
    const connections = app.get(AccountConnectionService);
    for (const slug of ['alpha', 'beta', 'gamma']) {
      const w = await workspaces.ensure(slug, { timeZone: 'Europe/Vienna' });
      workspaceIds.push(w.id);
      for (let i = 0; i < 4; i += 1) {
        await connections.connect({
          workspaceId: w.id,
          platform: 'mastodon',
          handle: `${slug}-${i}`,
          externalId: `${slug}${i}`,
          settings: { instanceUrl: 'http://127.0.0.1:9' },
          secret: {},
        });
      }
    }
    // Imported, never connected: the scheduler must not poll it.
    await t.db.dataSource.query(
      `INSERT INTO account (workspace_id, platform, handle, external_id) VALUES ($1, 'mastodon', 'imported', 'imp1')`,
      [workspaceIds[0]],
    );
    // The workspaces lived through October, so its reports are theirs to have.
    await t.db.dataSource.query(`UPDATE workspace SET created_at = '2026-01-01T00:00:00Z'`);
  });

  afterAll(async () => {
    await app?.close();
    if (previousKey === undefined) delete process.env.LEDGER_CREDENTIALS_KEY;
    else process.env.LEDGER_CREDENTIALS_KEY = previousKey;
  });

  const queued = async (): Promise<{ kind: string; n: number }[]> =>
    t.db.dataSource.query(
      `SELECT name AS kind, count(*)::int AS n FROM pgboss.job GROUP BY name ORDER BY name`,
    );

  test('three instances ticking at the same instant enqueue every due job exactly once', async () => {
    const now = new Date('2026-11-02T10:00:00Z');
    const results = await Promise.all([scheduler.tick(now), scheduler.tick(now), scheduler.tick(now)]);
    // 12 connected accounts × (posts, profile); per workspace incident detection and the report; a clean-up.
    expect(results.map((r) => r.due)).toEqual([31, 31, 31]);
    const total = results.flatMap((r) => Object.values(r.enqueued)).reduce((a, b) => a + b, 0);
    expect(total).toBe(31);
    expect(await queued()).toEqual([
      { kind: 'collect', n: 24 },
      { kind: 'detect-incidents', n: 3 },
      { kind: 'monthly-report', n: 3 },
      { kind: 'retention', n: 1 },
    ]);
    const listed = await history.list({ limit: 100 });
    expect(listed).toHaveLength(31);
    expect(new Set(listed.map((j) => `${j.scheduleKey}@${new Date(j.slot!).toISOString()}`)).size).toBe(31);
    expect(listed.some((j) => j.accountHandle === 'imported')).toBe(false);
    expect(listed.every((j) => j.state === 'queued')).toBe(true);
  });

  test("the queue's own schema (pgboss) is installed in this database and is no part of the TypeORM check", async () => {
    const [{ installed }] = await t.db.dataSource.query(
      `SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`,
    );
    expect(installed).toBe(true);
    expect((await pendingSchemaChanges(t.db.dataSource)).up).toEqual([]);
  });

  test('the next slot of a schedule whose job is still waiting gets no second job', async () => {
    const result = await scheduler.tick(new Date('2026-11-02T10:20:00Z'));
    // Every collection job of the first tick is still queued; the report and the clean-up slots are taken.
    expect(result.enqueued).toEqual({});
    expect((await queued()).find((q) => q.kind === 'collect')?.n).toBe(24);
  });

  test('the monthly report slot turns at local midnight in Vienna, not at midnight UTC', async () => {
    await t.db.dataSource.query(`DELETE FROM job_record`);
    await t.db.dataSource.query(`DELETE FROM pgboss.job`);
    await app.get(JobSettingsRepository).save(workspaceIds[0], { collectionEnabled: false });
    const before = await scheduler.tick(new Date('2026-11-30T22:59:59Z'));
    const reportsBefore = await history.list({ kind: 'monthly-report' });
    expect(before.enqueued['monthly-report']).toBe(3);
    expect(reportsBefore.map((j) => j.subject).sort()).toEqual([
      'alpha 2026-10',
      'beta 2026-10',
      'gamma 2026-10',
    ]);
    const after = await scheduler.tick(new Date('2026-11-30T23:00:00Z'));
    expect(after.enqueued['monthly-report']).toBe(3);
    const november = (await history.list({ kind: 'monthly-report' })).filter((j) =>
      j.subject.endsWith('2026-11'),
    );
    expect(november.map((j) => new Date(j.slot!).toISOString())).toEqual([
      '2026-11-30T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
    ]);
    // Paused collection: alpha's accounts are no longer collected, beta's and gamma's are.
    const collected = await history.list({ kind: 'collect', limit: 100 });
    expect(collected.some((j) => j.workspaceSlug === 'alpha')).toBe(false);
    expect(collected.filter((j) => j.workspaceSlug === 'beta').length).toBeGreaterThan(0);
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { WorkspaceRepository } from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { jobsContext } from '../jobs.test-helper.js';
import { JobHandlers } from './job-handlers.registry.js';

const now = new Date('2026-11-02T03:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('the retention clean-up job', () => {
  const t = useTestDatabase();
  let app: INestApplicationContext;

  beforeAll(async () => {
    app = await jobsContext(t.db, { config: { historyDays: 14, keptDays: 90, stagingDays: 30 } });
  });

  afterAll(async () => {
    await app?.close();
  });

  test('recurring jobs leave the history after 14 days, dead letters and reports after 90, unfinished stay', async () => {
    const q = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
    const job = (n: number, kind: string, state: string, finished: Date | null) =>
      q(
        `INSERT INTO job_record (id, kind, subject, data, state, enqueued_at, finished_at)
         VALUES ($1::uuid, $2, $1::text, '{}', $3, $4, $5)`,
        [`00000000-0000-4000-8000-00000000000${n}`, kind, state, daysAgo(120), finished],
      );
    await job(1, 'collect', 'completed', daysAgo(100));
    await job(2, 'collect', 'dead', daysAgo(91));
    await job(3, 'collect', 'completed', daysAgo(10));
    await job(4, 'collect', 'retrying', null);
    await job(5, 'collect', 'completed', daysAgo(20));
    await job(6, 'monthly-report', 'completed', daysAgo(20));
    await job(7, 'collect', 'dead', daysAgo(20));

    const workspaces = app.get(WorkspaceRepository);
    const idle = await workspaces.ensure('idle');
    const busy = await workspaces.ensure('busy');
    for (const [w, lastImport] of [
      [idle, daysAgo(40)],
      [busy, daysAgo(5)],
    ] as const) {
      await q(
        `INSERT INTO collection_run (workspace_id, source, subject, status, started_at)
         VALUES ($1, 'import:twcs', 'sample.csv', 'succeeded', $2)`,
        [w.id, lastImport],
      );
      await q(
        `INSERT INTO twcs_staged_row (workspace_id, tweet_id, author_id, inbound, created_at, text, response_tweet_ids)
         VALUES ($1, '1', 'a', true, '2017-10-10', 'hi', '{}'), ($1, '2', 'b', false, '2017-10-10', 'hello', '{}')`,
        [w.id],
      );
    }

    const result = await app
      .get(JobHandlers)
      .get('retention')
      .run({ scheduled: true }, { jobId: 'x', attempt: 1, now });
    expect(result).toEqual({ jobsDeleted: 3, stagedRowsDeleted: 2 });
    const left = await q(`SELECT id FROM job_record ORDER BY id`);
    expect(left.map((r: { id: string }) => r.id.slice(-1))).toEqual(['3', '4', '6', '7']);
    const staged = await q(`SELECT workspace_id FROM twcs_staged_row`);
    expect(staged.every((r: { workspace_id: string }) => r.workspace_id === busy.id)).toBe(true);
    expect(staged).toHaveLength(2);
  });
});

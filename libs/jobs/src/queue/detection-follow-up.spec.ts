// Incident detection follows each collection that brought something new: the incident is there after the
// collection job, not only after the next scheduled detection (every 15 minutes by default).
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AccountConnectionService } from '#collectors';
import { IncidentRepository, JobHistoryRepository, WorkspaceRepository } from '#persistence';
import { ReplayServer } from '../../../../test/support/replay-server.js';
import {
  MASTODON_ADMIN_ID,
  readCassette,
  recorded,
} from '../../../../test/support/replays/mastodon.replay.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { jobsContext } from '../jobs.test-helper.js';
import { DetectionFollowUp } from './detection-follow-up.service.js';
import { JobDrain } from './job-drain.service.js';
import { JobQueue } from './job-queue.service.js';

describe('detection after a collection', () => {
  const t = useTestDatabase();
  let server: ReplayServer;
  let app: INestApplicationContext;
  const previousKey = process.env.LEDGER_CREDENTIALS_KEY;

  beforeAll(async () => {
    process.env.LEDGER_CREDENTIALS_KEY = randomBytes(32).toString('base64');
    server = await ReplayServer.start();
    // The admin's recorded status, published an hour ago with a word from the profanity list.
    const timeline = recorded(readCassette('test_public_tl'), 'GET', '/api/v1/timelines/public') as Record<
      string,
      unknown
    >[];
    const status = timeline.find(
      (s) => (s.account as { id: string }).id === MASTODON_ADMIN_ID && !s.in_reply_to_id,
    )!;
    const publishedAt = new Date(Date.now() - 3_600_000).toISOString();
    server.route('GET', /^\/api\/v1\/accounts\/(\d+)\/statuses$/, (request) => ({
      json: request.query.get('max_id')
        ? []
        : [
            {
              ...status,
              created_at: publishedAt,
              content: '<p>Nobody here knows how to fucking drive</p>',
            },
          ],
    }));
    // Detection right after each collection (window 0), so that one drain runs both.
    app = await jobsContext(t.db, { config: { detectAfterSeconds: 0 } });
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
    if (previousKey === undefined) delete process.env.LEDGER_CREDENTIALS_KEY;
    else process.env.LEDGER_CREDENTIALS_KEY = previousKey;
  });

  test('a finished collection job is followed by a detection that records the incident', async () => {
    const workspace = await app.get(WorkspaceRepository).ensure('followed', { timeZone: 'UTC' });
    const account = await app.get(AccountConnectionService).connect({
      workspaceId: workspace.id,
      platform: 'mastodon',
      handle: 'admin',
      externalId: MASTODON_ADMIN_ID,
      settings: { instanceUrl: server.url },
      secret: {},
    });
    await app.get(JobQueue).enqueue(
      [
        {
          kind: 'collect',
          workspaceId: workspace.id,
          accountId: account.id,
          scheduleKey: null,
          slot: null,
          subject: 'admin posts',
          data: { workspaceId: workspace.id, accountId: account.id, stream: 'posts', cadence: 'posts' },
        },
      ],
      new Date(),
    );
    expect(await app.get(IncidentRepository).list(workspace.id)).toEqual([]);

    const drained = await app.get(JobDrain).drain();
    expect(drained.map((j) => [j.kind, j.ok])).toEqual([
      ['collect', true],
      ['detect-incidents', true],
    ]);
    const [collected, detected] = drained.map((j) => j.outcome as Record<string, unknown>);
    expect(collected.detection).toMatchObject({ queued: true, jobId: drained[1].id });
    expect(detected).toMatchObject({ trigger: 'collection', created: 1 });
    const incidents = await app.get(IncidentRepository).list(workspace.id);
    expect(incidents.map((i) => i.kind)).toEqual(['offensive_content']);
    const history = await app.get(JobHistoryRepository).findById(drained[1].id);
    expect(history).toMatchObject({
      kind: 'detect-incidents',
      state: 'completed',
      scheduleKey: `detect-incidents:after-collection:${workspace.id}`,
    });

    // Collected again: nothing new, so no second detection.
    await app.get(JobQueue).enqueue(
      [
        {
          kind: 'collect',
          workspaceId: workspace.id,
          accountId: account.id,
          scheduleKey: null,
          slot: null,
          subject: 'admin posts',
          data: { workspaceId: workspace.id, accountId: account.id, stream: 'posts', cadence: 'posts' },
        },
      ],
      new Date(),
    );
    const again = await app.get(JobDrain).drain();
    expect(again.map((j) => [j.kind, (j.outcome as Record<string, unknown>).detection])).toEqual([
      ['collect', 'nothing new'],
    ]);
  });

  test('fifty collections in one window are followed by one detection, which waits for the window to end', async () => {
    const workspace = await app.get(WorkspaceRepository).ensure('busy', { timeZone: 'UTC' });
    const windowed = await jobsContext(t.db, { config: { detectAfterSeconds: 3600 } });
    try {
      const followUp = windowed.get(DetectionFollowUp);
      const requests = [];
      for (let i = 0; i < 50; i += 1) requests.push(await followUp.request('collection', workspace.id));
      expect(requests.filter((r) => r.queued)).toHaveLength(1);
      expect(new Set(requests.map((r) => r.jobId)).size).toBe(1);
      const [job] = await t.db.dataSource.query(
        `SELECT state, start_after > now() AS later FROM pgboss.job WHERE id = $1`,
        [requests[0].jobId],
      );
      expect(job).toEqual({ state: 'created', later: true });
      // Not taken before its window ends.
      expect(await windowed.get(JobDrain).drain()).toEqual([]);
    } finally {
      await windowed.close();
    }
  });
});

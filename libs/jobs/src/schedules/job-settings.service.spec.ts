// Changing a workspace's schedule: each change is in the audit log, or it did not happen.
import {
  AuditLogRepository,
  AuditLogService,
  JobSettingsRepository,
  WorkspaceRepository,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { JobSettingsService } from './job-settings.service.js';
import { whileAuditLogRefuses } from '../../../../test/support/audit-failure.js';

describe('JobSettingsService', () => {
  const t = useTestDatabase();
  let service: JobSettingsService;
  let workspaceId: string;

  beforeAll(async () => {
    workspaceId = (await new WorkspaceRepository(t.db.dataSource).ensure('schedule')).id;
    service = new JobSettingsService(
      t.db.dataSource,
      new JobSettingsRepository(t.db.dataSource),
      new AuditLogService(t.db.dataSource),
    );
  });

  const chain = () => new AuditLogRepository(t.db.dataSource).pageOfChain(workspaceId, 0, 100);

  test('turning collection off is recorded with from/to and the actor; saving the same again records nothing', async () => {
    const first = await service.change(
      workspaceId,
      { collectionEnabled: false, incidentsEveryMinutes: 30 },
      'user:ana',
    );
    expect(first.changes).toEqual({
      collectionEnabled: { from: true, to: false },
      incidentsEveryMinutes: { from: 15, to: 30 },
    });
    expect((await service.current(workspaceId)).collectionEnabled).toBe(false);
    expect(await service.change(workspaceId, { collectionEnabled: false })).toMatchObject({ changes: {} });
    const entries = await chain();
    expect(entries.map((e) => [e.action, e.actor, e.entityId])).toEqual([
      ['jobs_settings.changed', 'user:ana', workspaceId],
    ]);
    expect(entries[0].payload).toEqual({ changes: first.changes });
    expect((await new AuditLogService(t.db.dataSource).verify(workspaceId)).ok).toBe(true);
  });

  test('when the audit entry cannot be written, the schedule stays as it was', async () => {
    const before = await service.current(workspaceId);
    const entries = await chain();
    // A failing append: the change must not stay without its entry.
    await whileAuditLogRefuses(t.db.dataSource, async () => {
      await expect(service.change(workspaceId, { collectionEnabled: true })).rejects.toThrow(
        /audit log unavailable/,
      );
    });
    expect(await service.current(workspaceId)).toEqual(before);
    expect(before.collectionEnabled).toBe(false);
    expect(await chain()).toEqual(entries);
  });
});

import { useTestDatabase } from '../../../../test/support/test-database.js';
import { WorkspaceRepository } from '../repositories/workspace.repository.js';
import { currentAuditScope, withAuditActor } from './audit-actor.context.js';
import { AuditLogService, defaultActor } from './audit-log.service.js';

describe('the actor of a request', () => {
  const t = useTestDatabase();

  test('entries written inside withAuditActor name its actor and are counted; an explicit actor still wins', async () => {
    const workspaceId = (await new WorkspaceRepository(t.db.dataSource).ensure('actors')).id;
    const audit = new AuditLogService(t.db.dataSource);
    const outside = await audit.record({
      workspaceId,
      action: 'import.completed',
      entityType: 'collection_run',
    });
    expect(outside.actor).toBe(defaultActor());
    expect(outside.actor).not.toBe('api-key:k1');

    const inside = await withAuditActor('api-key:k1', async (scope) => {
      // Across awaits and inside a transaction the scope is still the request's.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const implicit = await audit.record({ workspaceId, action: 'report.issued', entityType: 'report' });
      const explicit = await t.db.dataSource.transaction((m) =>
        audit.record(
          {
            workspaceId,
            action: 'incident.commented',
            entityType: 'incident',
            actor: 'user:ana@example.com',
          },
          m,
        ),
      );
      return { implicit, explicit, recorded: scope.recorded, actor: currentAuditScope()?.actor };
    });
    expect(inside).toMatchObject({
      implicit: { actor: 'api-key:k1' },
      explicit: { actor: 'user:ana@example.com' },
      recorded: 2,
      actor: 'api-key:k1',
    });
    expect(currentAuditScope()).toBeUndefined();
    expect((await audit.verify(workspaceId)).ok).toBe(true);
  });
});

import { useTestDatabase } from '../../../../test/support/test-database.js';
import { AuditLogRepository } from '../incidents/audit-log.repository.js';
import { WorkspaceRepository } from '../repositories/workspace.repository.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeyService } from './api-key.service.js';
import { whileAuditLogRefuses } from '../../../../test/support/audit-failure.js';

describe('API keys and their audit entries', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let service: ApiKeyService;
  let keys: ApiKeyRepository;

  beforeAll(async () => {
    workspaceId = (await new WorkspaceRepository(t.db.dataSource).ensure('keys')).id;
    service = new ApiKeyService(t.db.dataSource);
    keys = new ApiKeyRepository(t.db.dataSource);
  });

  const chain = async () => new AuditLogRepository(t.db.dataSource).pageOfChain(workspaceId, 0, 100);

  test('a created key is in the log with its name, role and prefix, never the key; a revoke once', async () => {
    const { saved, key } = await service.create({
      workspaceId,
      name: 'nightly export',
      role: 'viewer',
      actor: 'user:ana',
    });
    expect(key.startsWith(saved.prefix)).toBe(true);
    expect(await service.revoke(workspaceId, saved.id, 'user:ben')).toBe('revoked');
    expect(await service.revoke(workspaceId, saved.id, 'user:ben')).toBe('already_revoked');
    expect(await service.revoke(workspaceId, '00000000-0000-4000-8000-000000000000')).toBe('not_found');

    const entries = (await chain()).filter((e) => e.entityId === saved.id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['api_key.created', 'user:ana'],
      ['api_key.revoked', 'user:ben'],
    ]);
    expect(entries[0].payload).toEqual({ name: 'nightly export', role: 'viewer', prefix: saved.prefix });
    expect(JSON.stringify(entries)).not.toContain(key);
  });

  test('when the audit entry cannot be written, no key exists and no revocation happened', async () => {
    const { saved } = await service.create({ workspaceId, name: 'to revoke', role: 'viewer' });
    const before = await chain();
    // A failing append: the change must not stay without its entry.
    await whileAuditLogRefuses(t.db.dataSource, async () => {
      await expect(service.create({ workspaceId, name: 'unlogged', role: 'admin' })).rejects.toThrow(
        /audit log unavailable/,
      );
      await expect(service.revoke(workspaceId, saved.id)).rejects.toThrow(/audit log unavailable/);
    });
    const names = (await keys.listByWorkspace(workspaceId)).map((k) => k.name);
    expect(names).not.toContain('unlogged');
    expect((await keys.findById(workspaceId, saved.id))?.revokedAt).toBeNull();
    expect(await chain()).toEqual(before);
  });
});

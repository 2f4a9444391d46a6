import { hashAuditEntry } from '#domain';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { WorkspaceRepository } from '../repositories/workspace.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLogService } from './audit-log.service.js';

describe('the audit log in the database', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let audit: AuditLogService;

  beforeAll(async () => {
    workspaceId = (await new WorkspaceRepository(t.db.dataSource).ensure('audit')).id;
    audit = new AuditLogService(t.db.dataSource);
  });

  test('entries chain per workspace, and what jsonb hands back still hashes the same', async () => {
    const other = (await new WorkspaceRepository(t.db.dataSource).ensure('audit-other')).id;
    const first = await audit.record({
      workspaceId,
      action: 'import.completed',
      entityType: 'collection_run',
      entityId: 'run-1',
      actor: 'cli:tester',
      payload: {
        file: 'Über €5 "quoted".csv',
        rows: 93,
        when: new Date('2017-10-31T22:10:47Z'),
        nested: { b: 1.5, a: [null, true] },
      },
    });
    const second = await audit.record({
      workspaceId,
      action: 'report.issued',
      entityType: 'report',
      actor: 'cli:tester',
    });
    const elsewhere = await audit.record({
      workspaceId: other,
      action: 'report.issued',
      entityType: 'report',
    });
    expect([first.seq, second.seq, elsewhere.seq]).toEqual([1, 2, 1]);
    expect(second.prevHash).toBe(first.hash);
    expect(elsewhere.prevHash).toBeNull();

    const [stored] = await new AuditLogRepository(t.db.dataSource).pageOfChain(workspaceId, 0, 1);
    expect(stored.payload).toEqual({
      file: 'Über €5 "quoted".csv',
      rows: 93,
      when: '2017-10-31T22:10:47.000Z',
      nested: { b: 1.5, a: [null, true] },
    });
    expect(hashAuditEntry(stored)).toBe(stored.hash);
    expect(await audit.verify(workspaceId)).toMatchObject({
      ok: true,
      checked: 2,
      head: { seq: 2, hash: second.hash },
    });
  });

  test('concurrent writers never fork the chain', async () => {
    const ws = (await new WorkspaceRepository(t.db.dataSource).ensure('audit-concurrent')).id;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        audit.record({
          workspaceId: ws,
          action: 'report.issued',
          entityType: 'report',
          entityId: `r${i}`,
        }),
      ),
    );
    const result = await audit.verify(ws, { pageSize: 5 });
    expect(result).toMatchObject({ ok: true, checked: 12, head: { seq: 12 } });
  });

  test('the application can neither update, delete nor truncate audit entries', async () => {
    const ds = t.db.dataSource;
    await expect(
      ds.query(`UPDATE audit_log_entry SET actor = 'forger' WHERE workspace_id = $1`, [workspaceId]),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(
      ds.query(`DELETE FROM audit_log_entry WHERE workspace_id = $1`, [workspaceId]),
    ).rejects.toThrow(/append-only: DELETE refused/);
    await expect(ds.query(`TRUNCATE audit_log_entry`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM audit_log_entry WHERE workspace_id = $1`,
      [workspaceId],
    );
    expect(count).toBe(2);
  });

  test('an entry changed behind the trigger’s back is named, across verification pages', async () => {
    const ws = (await new WorkspaceRepository(t.db.dataSource).ensure('audit-tamper')).id;
    for (let i = 0; i < 7; i += 1)
      await audit.record({
        workspaceId: ws,
        action: 'report.issued',
        entityType: 'report',
        entityId: `r${i}`,
      });
    const [victim] = await new AuditLogRepository(t.db.dataSource).pageOfChain(ws, 5, 1);
    await t.db.dataSource.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_log_entry DISABLE TRIGGER audit_log_entry_no_change`);
      await m.query(`UPDATE audit_log_entry SET entity_id = 'r-forged' WHERE id = $1`, [victim.id]);
      await m.query(`ALTER TABLE audit_log_entry ENABLE TRIGGER audit_log_entry_no_change`);
    });
    const result = await audit.verify(ws, { pageSize: 3 });
    expect(result).toMatchObject({
      ok: false,
      checked: 5,
      firstBreak: { reason: 'content_changed', seq: 6, entryId: victim.id },
    });
  });

  test('an anchor written down earlier shows that newest entries were removed', async () => {
    const ws = (await new WorkspaceRepository(t.db.dataSource).ensure('audit-anchor')).id;
    for (let i = 0; i < 3; i += 1)
      await audit.record({ workspaceId: ws, action: 'report.issued', entityType: 'report' });
    const { head } = await audit.verify(ws);
    await t.db.dataSource.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_log_entry DISABLE TRIGGER audit_log_entry_no_change`);
      await m.query(`DELETE FROM audit_log_entry WHERE workspace_id = $1 AND seq = 3`, [ws]);
      await m.query(`ALTER TABLE audit_log_entry ENABLE TRIGGER audit_log_entry_no_change`);
    });
    expect((await audit.verify(ws)).ok).toBe(true);
    expect(await audit.verify(ws, { anchor: head! })).toMatchObject({
      ok: false,
      firstBreak: { reason: 'anchor_mismatch', seq: 3 },
    });
  });
});

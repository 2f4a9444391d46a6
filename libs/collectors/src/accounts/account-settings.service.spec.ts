// Changing an account's settings: the one service behind `ledger accounts set` and PATCH /accounts/:id.
import { AuditLogRepository } from '#persistence';
import { sharedDataFile } from '../../../../test/support/shared-data.js';
import { servicesFor } from '../../../../test/support/services.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { AccountSettingsError, AccountSettingsService } from './account-settings.service.js';
import { whileAuditLogRefuses } from '../../../../test/support/audit-failure.js';

describe('AccountSettingsService', () => {
  const t = useTestDatabase();
  let s: ReturnType<typeof servicesFor>;
  let service: AccountSettingsService;
  let workspaceId: string;

  beforeAll(async () => {
    s = servicesFor(t.db);
    service = new AccountSettingsService(t.db.dataSource, s.accounts, s.attribution, s.audit);
    workspaceId = (await s.workspaces.ensure('settings')).id;
    await s.twcsImport.import(sharedDataFile('twcs/sample.csv'), { workspaceId, name: 'sample.csv' });
  });

  const chain = () => new AuditLogRepository(t.db.dataSource).pageOfChain(workspaceId, 0, 1000);
  const tesco = async () => (await s.accounts.findByHandle(workspaceId, 'Tesco'))!;
  const operatorOf = async (accountId: string) =>
    (
      await t.db.dataSource.query(
        `SELECT DISTINCT o.name FROM outbound_item i JOIN operator o ON o.id = i.operator_id
         WHERE i.account_id = $1 ORDER BY o.name`,
        [accountId],
      )
    ).map((r: { name: string }) => r.name);

  test('a new signature pattern is stored with its entry (from/to, actor) and changes who is blamed', async () => {
    const account = await tesco();
    const blamedBefore = await operatorOf(account.id);
    expect(blamedBefore.length).toBeGreaterThan(0);
    // Tesco's agents sign "- Name"; a pattern that matches nothing leaves its replies to no one.
    const result = await service.update(
      workspaceId,
      account,
      { signaturePattern: '#([A-Z]{9})$', slaMinutes: 45 },
      'user:ana',
    );
    expect(result.itemsReattributed).toBeGreaterThan(0);
    expect(await operatorOf(account.id)).toEqual([]);
    expect(result.account).toMatchObject({ signaturePattern: '#([A-Z]{9})$', slaTargetSeconds: 2700 });

    const [entry] = (await chain()).filter((e) => e.action === 'account.updated');
    expect(entry).toMatchObject({ actor: 'user:ana', entityType: 'account', entityId: account.id });
    expect(entry.payload).toEqual({
      handle: 'Tesco',
      changes: {
        signaturePattern: { from: null, to: '#([A-Z]{9})$' },
        slaTargetSeconds: { from: account.slaTargetSeconds, to: 2700 },
      },
    });
    expect((await s.audit.verify(workspaceId)).ok).toBe(true);
  });

  test('a setting that cannot be stored is refused, naming the field, and nothing changes', async () => {
    const account = await tesco();
    const before = await chain();
    await expect(service.update(workspaceId, account, { signaturePattern: '(' })).rejects.toMatchObject({
      name: 'AccountSettingsError',
      field: 'signaturePattern',
    });
    await expect(service.update(workspaceId, account, { timeZone: 'Mars/Olympus' })).rejects.toThrow(
      AccountSettingsError,
    );
    await expect(service.update(workspaceId, account, { slaMinutes: 0 })).rejects.toThrow(/slaMinutes/);
    await expect(service.update(workspaceId, account, {})).rejects.toThrow(/Nothing to change/);
    expect(await chain()).toEqual(before);
    expect(await tesco()).toEqual(account);
  });

  test('when the audit entry cannot be written, the settings are not changed and nobody is re-blamed', async () => {
    const account = await tesco();
    const blamed = await operatorOf(account.id);
    const before = await chain();
    // A failing append: the change must not stay without its entry.
    await whileAuditLogRefuses(t.db.dataSource, async () => {
      await expect(
        service.update(workspaceId, account, { signaturePattern: null, timeZone: 'Europe/London' }),
      ).rejects.toThrow(/audit log unavailable/);
    });
    expect(await tesco()).toEqual(account);
    expect(await operatorOf(account.id)).toEqual(blamed);
    expect(await chain()).toEqual(before);
  });
});

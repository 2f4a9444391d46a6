// Connecting accounts and rotating the credentials key, on the database.
import { randomBytes } from 'node:crypto';
import { AuditLogRepository, AuditLogService } from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { collectionFor } from '../collection/collection.test-helper.js';
import { AccountConnectionService } from './account-connection.service.js';
import { CredentialCipher } from './credential-cipher.js';
import { whileAuditLogRefuses } from '../../../../test/support/audit-failure.js';

describe('AccountConnectionService', () => {
  const t = useTestDatabase();

  test('connect creates the account once, stores the secret sealed, and loads it back', async () => {
    const oldKey = randomBytes(32).toString('base64');
    const c = collectionFor(t.db, {
      baseUrl: 'http://127.0.0.1:9',
      cipher: CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: oldKey }),
    });
    const ws = await c.workspaces.ensure('connect');
    const input = {
      workspaceId: ws.id,
      platform: 'mastodon',
      handle: 'brand@mastodon.example',
      externalId: '109',
      settings: { instanceUrl: 'https://mastodon.example' },
      secret: { token: 'mastodon-secret-token' },
    };
    const account = await c.connections.connect(input);
    const again = await c.connections.connect({ ...input, secret: { token: 'replaced-token' } });
    expect(again.id).toBe(account.id);
    expect((await c.accounts.listByWorkspace(ws.id)).map((a) => a.handle)).toEqual([
      'brand@mastodon.example',
    ]);
    const [row] = await t.db.dataSource.query(
      `SELECT settings, ciphertext FROM account_connection WHERE account_id = $1`,
      [account.id],
    );
    expect(row.settings).toEqual({ instanceUrl: 'https://mastodon.example' });
    expect(row.ciphertext).not.toContain('replaced-token');
    expect(await c.connections.load(account.id)).toEqual({
      settings: { instanceUrl: 'https://mastodon.example' },
      secret: { token: 'replaced-token' },
      problem: null,
    });

    // Rotation: a new key, the old one kept as previous; every row is re-sealed and opens with the new key alone.
    const newKey = randomBytes(32).toString('base64');
    const rotating = new AccountConnectionService(
      c.accounts,
      c.connectionRows,
      CredentialCipher.fromEnvironment({
        LEDGER_CREDENTIALS_KEY: newKey,
        LEDGER_CREDENTIALS_PREVIOUS_KEY: oldKey,
      }),
      c.clock,
      new AuditLogService(t.db.dataSource),
    );
    expect(await rotating.rotate()).toEqual({ resealed: 1, alreadyCurrent: 0, failed: [] });
    expect(await rotating.rotate()).toEqual({ resealed: 0, alreadyCurrent: 1, failed: [] });
    // Two connects and one re-seal, each in the log (key ids and field names, never the secret); the chain holds.
    const entries = await new AuditLogRepository(t.db.dataSource).pageOfChain(ws.id, 0, 100);
    expect(entries.map((e) => e.action)).toEqual([
      'credentials.changed',
      'credentials.changed',
      'credentials.rotated',
    ]);
    const [, , rotated] = entries;
    expect(rotated).toMatchObject({ entityId: account.id, actor: expect.stringMatching(/.+/) });
    expect(rotated.payload).toEqual({
      keyId: {
        from: CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: oldKey }).currentKeyId,
        to: CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: newKey }).currentKeyId,
      },
      secretFields: ['token'],
    });
    expect(JSON.stringify(entries)).not.toContain('replaced-token');
    expect((await new AuditLogService(t.db.dataSource).verify(ws.id)).ok).toBe(true);
    const newOnly = new AccountConnectionService(
      c.accounts,
      c.connectionRows,
      CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: newKey }),
      c.clock,
      new AuditLogService(t.db.dataSource),
    );
    expect((await newOnly.load(account.id))?.secret).toEqual({ token: 'replaced-token' });
    const oldOnly = new AccountConnectionService(
      c.accounts,
      c.connectionRows,
      CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: oldKey }),
      c.clock,
      new AuditLogService(t.db.dataSource),
    );
    expect(await oldOnly.load(account.id)).toMatchObject({
      secret: {},
      problem: expect.stringMatching(/neither LEDGER_CREDENTIALS_KEY/),
    });
  });

  test('when the audit entry cannot be written, neither a connect nor a re-seal is stored', async () => {
    const oldKey = randomBytes(32).toString('base64');
    const c = collectionFor(t.db, {
      baseUrl: 'http://127.0.0.1:9',
      cipher: CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: oldKey }),
    });
    const ws = await c.workspaces.ensure('connect-unlogged');
    const input = {
      workspaceId: ws.id,
      platform: 'mastodon',
      handle: 'unlogged@mastodon.example',
      externalId: '110',
      settings: { instanceUrl: 'https://mastodon.example' },
      secret: { token: 'first-token' },
    };
    const account = await c.connections.connect(input);
    const before = await t.db.dataSource.query(`SELECT * FROM account_connection WHERE account_id = $1`, [
      account.id,
    ]);
    const rotating = new AccountConnectionService(
      c.accounts,
      c.connectionRows,
      CredentialCipher.fromEnvironment({
        LEDGER_CREDENTIALS_KEY: randomBytes(32).toString('base64'),
        LEDGER_CREDENTIALS_PREVIOUS_KEY: oldKey,
      }),
      c.clock,
      new AuditLogService(t.db.dataSource),
    );
    // A failing append: the change must not stay without its entry.
    await whileAuditLogRefuses(t.db.dataSource, async () => {
      await expect(c.connections.connect({ ...input, secret: { token: 'second-token' } })).rejects.toThrow(
        /audit log unavailable/,
      );
      const rotation = await rotating.rotate();
      expect(rotation.resealed).toBe(0);
      expect(rotation.failed).toContainEqual({
        accountId: account.id,
        reason: expect.stringMatching(/audit log unavailable/),
      });
    });
    expect(
      await t.db.dataSource.query(`SELECT * FROM account_connection WHERE account_id = $1`, [account.id]),
    ).toEqual(before);
    expect((await c.connections.load(account.id))?.secret).toEqual({ token: 'first-token' });
  });
});

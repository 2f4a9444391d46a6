// The audit log covers more than incidents: imports, rosters with their assignments, credentials changes.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AccountConnectionRepository, AuditLogRepository } from '#persistence';
import { sharedDataFile } from '../../../../test/support/shared-data.js';
import { servicesFor } from '../../../../test/support/services.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { SYSTEM_CLOCK } from '../collection/collection-clock.js';
import { AccountConnectionService } from '../credentials/account-connection.service.js';
import { CredentialCipher } from '../credentials/credential-cipher.js';

const ROSTER = path.resolve('libs/collectors/src/importers/roster/examples/roster.example.yaml');

describe('what the audit log records besides incidents', () => {
  const t = useTestDatabase();

  test('an import, a roster with its assignments and a credentials change, each one entry, chained', async () => {
    const s = servicesFor(t.db);
    const ws = await s.workspaces.ensure('audited');
    const imported = await s.twcsImport.import(sharedDataFile('twcs/sample.csv'), {
      workspaceId: ws.id,
      name: 'sample.csv',
    });
    const roster = await s.rosterImport.import(ROSTER, { workspaceId: ws.id, name: 'roster.yaml' });
    const cipher = CredentialCipher.fromEnvironment({
      LEDGER_CREDENTIALS_KEY: randomBytes(32).toString('base64'),
    });
    const connections = new AccountConnectionService(
      s.accounts,
      new AccountConnectionRepository(t.db.dataSource),
      cipher,
      SYSTEM_CLOCK,
      s.audit,
    );
    const account = await connections.connect({
      workspaceId: ws.id,
      platform: 'mastodon',
      handle: 'acme@mastodon.example',
      externalId: '109',
      settings: { instanceUrl: 'https://mastodon.example' },
      secret: { token: 'very-secret-token' },
    });

    const entries = await new AuditLogRepository(t.db.dataSource).pageOfChain(ws.id, 0, 100);
    expect(entries.map((e) => [e.seq, e.action, e.entityId])).toEqual([
      [1, 'import.completed', imported.runId],
      [2, 'roster.imported', roster.runId],
      // The operators created from signatures that the roster now maps to named people, removed.
      [3, 'operator.removed', roster.runId],
      [4, 'credentials.changed', account.id],
    ]);
    expect(entries[2].payload.operators).toEqual(roster.operatorsReplaced);
    expect(roster.operatorsReplaced.length).toBeGreaterThan(0);
    expect(entries[0].payload).toMatchObject({
      file: 'sample.csv',
      totals: { read: 93, accepted: 93, rejected: 0 },
    });
    expect(entries[1].payload.assignments).toContainEqual(
      expect.objectContaining({
        account: 'VirginTrains',
        operator: 'Agent MM',
        sourcingGroup: 'agency:CallCo',
      }),
    );
    expect(entries[3].payload).toEqual({
      platform: 'mastodon',
      handle: 'acme@mastodon.example',
      settings: { instanceUrl: 'https://mastodon.example' },
      secretFields: ['token'],
    });
    expect(JSON.stringify(entries)).not.toContain('very-secret-token');
    expect((await s.audit.verify(ws.id)).ok).toBe(true);
  });
});

// What the command line changes is in the audit log like what the API changes (issue 8): an account's
// signature pattern (who is blamed), the schedule (collection and detection switched off), credentials
// stored and re-sealed. And an import leaves its incidents behind, detected before the command returns.
import { randomBytes } from 'node:crypto';
import { runCli } from '../support/processes.js';
import { sharedDataFile } from '../support/shared-data.js';
import { useProcessDatabase } from '../support/test-database.js';

interface ExportedEntry {
  seq: number;
  action: string;
  actor: string;
  entityType: string;
  entityId: string | null;
  payload: Record<string, unknown>;
}

describe('changes made on the command line, in the audit log', () => {
  const db = useProcessDatabase();
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const cli = async (args: string[], env: Record<string, string> = {}) => {
    const result = await runCli(args, { ...db.env, LEDGER_ACTOR: 'cli:auditor', ...env });
    if (result.code !== 0) throw new Error(`ledger ${args.join(' ')} failed:\n${result.stderr}`);
    return result.stdout;
  };
  const incidents = async (workspace: string) =>
    JSON.parse(await cli(['incidents', 'list', '-w', workspace, '--format', 'json'])) as {
      kind: string;
      title: string;
    }[];

  test('an import detects its incidents and says so; --no-detect leaves detection for later', async () => {
    const out = await cli(['import', 'twcs', sharedDataFile('twcs/sample.csv'), '-w', 'sample']);
    expect(out).toMatch(/Incident detection \(.*skip it with --no-detect\):/);
    expect(out).toMatch(/incidents {3}1 new, 0 updated, 0 unchanged/);
    expect(out).toMatch(/sla_breach_streak +17 SLA breaches in a row on @AppleSupport/);
    expect((await incidents('sample')).map((i) => i.kind)).toEqual(['sla_breach_streak']);

    const skipped = await cli([
      'import',
      'twcs',
      sharedDataFile('twcs/sample.csv'),
      '-w',
      'later',
      '--no-detect',
    ]);
    expect(skipped).not.toMatch(/Incident detection/);
    expect(await incidents('later')).toEqual([]);
    // The same import again finds nothing new: detection is idempotent.
    const again = await cli(['import', 'twcs', sharedDataFile('twcs/sample.csv'), '-w', 'sample']);
    expect(again).toMatch(/incidents {3}0 new, 0 updated, 1 unchanged/);
  }, 180_000);

  test('a signature pattern, the schedule and credentials changed on the command line are each one entry with from/to', async () => {
    const set = await cli([
      'accounts',
      'set',
      'Tesco',
      '-w',
      'sample',
      '--signature-pattern',
      '#([A-Z]{9})$',
    ]);
    expect(set).toMatch(/Updated Tesco: signaturePattern\. [1-9]\d* outbound items re-attributed\./);
    await expect(
      runCli(['accounts', 'set', 'Tesco', '-w', 'sample', '--signature-pattern', '('], db.env),
    ).resolves.toMatchObject({ code: 1, stderr: expect.stringMatching(/--signature-pattern: /) });

    expect(await cli(['jobs', 'settings', '-w', 'sample', '--collection', 'off'])).toMatch(
      /Changed: collectionEnabled\.[\s\S]*collection +off/,
    );
    const connect = [
      ...['account', 'connect', 'mastodon', 'brand@mastodon.example', '--id', '109'],
      ...['--instance', 'https://mastodon.example', '-w', 'sample'],
    ];
    await cli(connect, { LEDGER_CREDENTIALS_KEY: oldKey });
    expect(
      await cli(['accounts', 'rotate-credentials'], {
        LEDGER_CREDENTIALS_KEY: newKey,
        LEDGER_CREDENTIALS_PREVIOUS_KEY: oldKey,
      }),
    ).toMatch(/Re-sealed 1; already under the current key 0; failed 0\./);

    const { entries } = JSON.parse(await cli(['audit', 'export', '-w', 'sample', '--format', 'json'])) as {
      entries: ExportedEntry[];
    };
    const only = (action: string) => {
      const found = entries.filter((e) => e.action === action);
      expect(found).toHaveLength(1);
      return found[0];
    };
    expect(only('account.updated')).toMatchObject({
      actor: 'cli:auditor',
      entityType: 'account',
      payload: { handle: 'Tesco', changes: { signaturePattern: { from: null, to: '#([A-Z]{9})$' } } },
    });
    expect(only('jobs_settings.changed')).toMatchObject({
      actor: 'cli:auditor',
      payload: { changes: { collectionEnabled: { from: true, to: false } } },
    });
    expect(only('credentials.changed')).toMatchObject({
      actor: 'cli:auditor',
      payload: { platform: 'mastodon', handle: 'brand@mastodon.example', secretFields: [] },
    });
    const rotated = only('credentials.rotated');
    expect(rotated.actor).toBe('cli:auditor');
    expect(rotated.payload).toEqual({
      keyId: { from: expect.stringMatching(/^k[0-9a-f]{12}$/), to: expect.stringMatching(/^k[0-9a-f]{12}$/) },
      secretFields: [],
    });
    expect((rotated.payload.keyId as { from: string; to: string }).from).not.toBe(
      (rotated.payload.keyId as { from: string; to: string }).to,
    );
    // The incident found after the import is in the chain too, by the detection that found it.
    expect(entries.find((e) => e.action === 'incident.created')?.actor).toMatch(/^detection \(after import/);

    const verified = await runCli(['audit', 'verify', '-w', 'sample'], db.env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(new RegExp(`^sample: intact, ${entries.length} entries`, 'm'));
  }, 180_000);
});

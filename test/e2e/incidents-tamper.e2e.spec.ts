// Tampering with the incident ledger rather than the log: the timeline and evidence refuse changes, and what an
// owner of the database changes behind the triggers' back, `ledger audit verify` and `incidents show` name.
// Also what people may change through the ledger (severity, with a reason) and what a report may not claim.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { behindTheTriggers, withProcessDatabase } from '../support/process-database.js';
import { runCli } from '../support/processes.js';
import { sharedDataFile } from '../support/shared-data.js';
import { useProcessDatabase } from '../support/test-database.js';

const ROSTER = path.resolve('libs/collectors/src/importers/roster/examples/roster.example.yaml');

describe('the incident ledger against tampering, and people’s corrections', () => {
  const db = useProcessDatabase();
  const cli = (...args: string[]) => runCli(args, db.env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-tamper-'));
  const screenshot = path.join(dir, 'screenshot.png');
  fs.writeFileSync(screenshot, 'the original screenshot');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let incidentId: string;
  let itemId: string;

  const withDatabase = <T>(fn: (ds: DataSource) => Promise<T>) =>
    withProcessDatabase(db.env, (opened) => fn(opened.dataSource));

  const tamper = (sql: string, params: unknown[]) => behindTheTriggers(db.env, sql, params);

  const ok = async (...args: string[]) => {
    const result = await cli(...args);
    if (result.code !== 0) throw new Error(`ledger ${args.join(' ')} failed:\n${result.stderr}`);
    return result.stdout;
  };

  beforeAll(async () => {
    // Without detection: the incidents of this story are the ones people report.
    await ok('import', 'twcs', sharedDataFile('twcs/sample.csv'), '-w', 'sample', '--no-detect');
    await ok('roster', 'import', ROSTER, '-w', 'sample');
    itemId = await withDatabase(async (ds) => {
      const [row] = await ds.query(
        `SELECT o.external_id FROM outbound_item o JOIN account a ON a.id = o.account_id
         WHERE a.handle = 'Tesco' ORDER BY o.created_at LIMIT 1`,
      );
      return (row as { external_id: string }).external_id;
    });
    const out = await ok(
      'incidents',
      'report-manual',
      '-w',
      'sample',
      '--kind',
      'data_leak',
      '--severity',
      'critical',
      '--title',
      'Order number in a public reply',
      '--account',
      'Tesco',
      '--operator',
      'Mike (customer care)',
      '--occurred-at',
      '2017-10-20T10:00:00Z',
      '--evidence',
      screenshot,
    );
    incidentId = /Reported incident ([0-9a-f-]{36})/.exec(out)![1];
  });

  test('a report about an item the account never published, or in the future, is refused by field', async () => {
    const base = ['incidents', 'report-manual', '-w', 'sample', '--kind', 'other', '--severity', 'low'];
    const unknown = await cli(...base, '--title', 'x', '--account', 'Tesco', '--item', '99999999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--item: @Tesco has published no item with the id "99999999"');
    const future = await cli(...base, '--title', 'x', '--occurred-at', '2999-01-01T00:00:00Z');
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('--occurred-at: 2999-01-01T00:00:00Z is in the future');
  });

  test('a person sets the severity with a reason; a joining report raises it, never lowers it', async () => {
    const noReason = await cli('incidents', 'severity', incidentId.slice(0, 8), 'high', '-w', 'sample');
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toContain("required option '--reason <text>' not specified");

    const base = ['incidents', 'report-manual', '-w', 'sample', '--kind', 'data_leak', '--title', 'Leak'];
    const about = ['--account', 'Tesco', '--item', itemId, '--occurred-at', '2017-10-20T11:00:00Z'];
    const first = await ok(...base, '--severity', 'medium', ...about);
    const itemIncident = /Reported incident ([0-9a-f-]{36})/.exec(first)![1];
    expect(await ok(...base, '--severity', 'low', ...about)).toContain(`Added to incident ${itemIncident}`);
    expect(await ok(...base, '--severity', 'critical', ...about)).toContain(
      `Added to incident ${itemIncident}`,
    );
    expect(await ok('incidents', 'show', itemIncident, '-w', 'sample')).toMatch(/severity\s+critical/);

    expect(
      await ok(
        'incidents',
        'severity',
        itemIncident,
        'high',
        '-w',
        'sample',
        '--reason',
        'order number only',
      ),
    ).toContain(`Incident ${itemIncident}: severity critical → high`);
    const shown = await ok('incidents', 'show', itemIncident, '-w', 'sample');
    expect(shown).toMatch(/severity\s+cli:\S+: severity critical → high: order number only/);
    expect(shown).toContain('incident.severity_changed');
    expect(shown).toContain('Integrity: the incident, timeline and evidence match the audit log');
    const verified = await cli('audit', 'verify', '-w', 'sample');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^sample: incident ledger matches the log \(2 incidents\)$/m);
  });

  test('the application cannot delete a comment or change evidence: the triggers refuse', async () => {
    await ok('incidents', 'comment', incidentId, 'Agency informed by phone', '-w', 'sample');
    await withDatabase(async (ds) => {
      await expect(
        ds.query(`DELETE FROM incident_event WHERE incident_id = $1 AND type = 'comment'`, [incidentId]),
      ).rejects.toThrow('incident_event is append-only: DELETE refused');
      await expect(
        ds.query(`UPDATE incident_evidence SET content = 'forged'::bytea WHERE incident_id = $1`, [
          incidentId,
        ]),
      ).rejects.toThrow('incident_evidence is append-only: UPDATE refused');
    });
    expect((await cli('audit', 'verify', '-w', 'sample')).code).toBe(0);
  });

  test('severity and group changed, evidence replaced, a comment deleted behind the triggers: each is named', async () => {
    await tamper(`UPDATE incident SET severity = 'low', sourcing_group = 'agency:Forged' WHERE id = $1`, [
      incidentId,
    ]);
    await tamper(
      `UPDATE incident_evidence SET content = $2, sha256 = encode(sha256($2::bytea), 'hex') WHERE incident_id = $1`,
      [incidentId, Buffer.from('a different screenshot')],
    );
    await tamper(`DELETE FROM incident_event WHERE incident_id = $1 AND type = 'comment'`, [incidentId]);

    const result = await cli('audit', 'verify', '-w', 'sample');
    expect(result.code).toBe(1);
    // The chain itself holds: nobody touched the log. The ledger does not say what the log says.
    expect(result.stdout).toMatch(/^sample: intact, \d+ entries, head #\d+ [0-9a-f]{64}$/m);
    expect(result.stdout).toContain('sample: INCIDENT LEDGER DOES NOT MATCH THE LOG: 5 mismatches');
    expect(result.stdout).toMatch(
      new RegExp(`incident ${incidentId}: severity: log says critical \\(entry #\\d+\\), table says low`),
    );
    expect(result.stdout).toContain(`incident ${incidentId}: sourcingGroup: log says in_house`);
    expect(result.stdout).toMatch(
      new RegExp(
        `incident ${incidentId}: timeline: log says comment at \\S+ by \\S+ "Agency informed by phone"`,
      ),
    );
    expect(result.stdout).toMatch(
      new RegExp(`incident ${incidentId}: evidence [0-9a-f-]{36} sha256: log says`),
    );
    expect(result.stdout).toMatch(
      new RegExp(`incident ${incidentId}: evidence [0-9a-f-]{36} content: log says`),
    );

    const shown = await cli('incidents', 'show', incidentId, '-w', 'sample');
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain('INTEGRITY: DOES NOT MATCH THE AUDIT LOG');
    expect(shown.stdout).toContain('severity: log says critical, table says low');
  });
});

// Tampering with the audit log: the application cannot change it, and what someone with the keys to the
// database changes behind the trigger's back, `ledger audit verify` names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { withProcessDatabase } from '../support/process-database.js';
import { runCli } from '../support/processes.js';
import { sharedDataFile } from '../support/shared-data.js';
import { useProcessDatabase } from '../support/test-database.js';

const ROSTER = path.resolve('libs/collectors/src/importers/roster/examples/roster.example.yaml');

describe('ledger audit verify against a tampered log', () => {
  const db = useProcessDatabase();
  const cli = (...args: string[]) => runCli(args, db.env);
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-audit-'));
  afterAll(() => fs.rmSync(reports, { recursive: true, force: true }));

  /** The process database, opened between CLI runs (an embedded one has one user at a time). */
  const withDatabase = <T>(fn: (ds: DataSource) => Promise<T>) =>
    withProcessDatabase(db.env, (opened) => fn(opened.dataSource));

  /** What an owner of the database can do: switch the trigger off, change rows, switch it on again. */
  const behindTheTrigger = (sql: string, params: unknown[]) =>
    withDatabase((ds) =>
      ds.transaction(async (m) => {
        await m.query('ALTER TABLE audit_log_entry DISABLE TRIGGER audit_log_entry_no_change');
        await m.query(sql, params);
        await m.query('ALTER TABLE audit_log_entry ENABLE TRIGGER audit_log_entry_no_change');
      }),
    );

  const entry = (seq: number) =>
    withDatabase(async (ds) => {
      const [row] = await ds.query(
        `SELECT a.id, a.actor, a.action FROM audit_log_entry a JOIN workspace w ON w.id = a.workspace_id
         WHERE w.slug = 'sample' AND a.seq = $1`,
        [seq],
      );
      return row as { id: string; actor: string; action: string };
    });

  beforeAll(async () => {
    // Imports, a roster, a report and incident work: each leaves its entry.
    const steps = [
      // Without detection after the import: the chain below is the one these tampering tests number.
      ['import', 'twcs', sharedDataFile('twcs/sample.csv'), '-w', 'sample', '--no-detect'],
      ['roster', 'import', ROSTER, '-w', 'sample'],
      ['report', 'monthly', '-w', 'sample', '--month', '2017-10', '--format', 'html', '--out', reports],
      ['incidents', 'settings', '-w', 'sample', '--set', 'deletedQuickly.withinMinutes=10'],
      [
        'incidents',
        'report-manual',
        '-w',
        'sample',
        '--kind',
        'data_leak',
        '--severity',
        'high',
        '--title',
        'Order number in a public reply',
        '--account',
        'Tesco',
      ],
    ];
    for (const args of steps) {
      const result = await cli(...args);
      if (result.code !== 0) throw new Error(`ledger ${args.join(' ')} failed:\n${result.stderr}`);
    }
  });

  test('the imports, the roster (and the operator it removed), the report and the incident are in the log, which verifies', async () => {
    const actions = await withDatabase(async (ds) =>
      (await ds.query(`SELECT action FROM audit_log_entry ORDER BY seq`)).map(
        (r: { action: string }) => r.action,
      ),
    );
    expect(actions).toEqual([
      'import.completed',
      'roster.imported',
      // The operator the import knew only by a signature the roster does not list (its own entry, since ba161f7).
      'operator.removed',
      'report.issued',
      'incident_rules.changed',
      'incident.created',
    ]);
    const verified = await cli('audit', 'verify');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^sample: intact, 6 entries, head #6 [0-9a-f]{64}$/m);
  });

  test('the application’s own connection can neither update nor delete an entry', async () => {
    await withDatabase(async (ds) => {
      await expect(ds.query(`UPDATE audit_log_entry SET actor = 'forger' WHERE seq = 1`)).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(ds.query(`DELETE FROM audit_log_entry WHERE seq = 1`)).rejects.toThrow(
        /append-only: DELETE refused/,
      );
    });
  });

  test('one changed field of one row: verify names that entry and fails', async () => {
    const victim = await entry(4);
    expect(victim.action).toBe('report.issued');
    await behindTheTrigger(`UPDATE audit_log_entry SET actor = 'someone-else' WHERE id = $1`, [victim.id]);
    const result = await cli('audit', 'verify', '-w', 'sample');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('sample: BROKEN after 3 good entries');
    expect(result.stdout).toContain(`entry #4 (id ${victim.id}, report.issued) was altered`);
    // Put back exactly as it was, the chain holds again: verification is about the content, nothing else.
    await behindTheTrigger(`UPDATE audit_log_entry SET actor = $2 WHERE id = $1`, [victim.id, victim.actor]);
    expect((await cli('audit', 'verify', '-w', 'sample')).code).toBe(0);
  });

  test('a deleted row: verify names the missing entry between its neighbours', async () => {
    const [before, after] = [await entry(1), await entry(3)];
    await behindTheTrigger(
      `DELETE FROM audit_log_entry WHERE id = (SELECT id FROM audit_log_entry WHERE seq = 2 AND action = 'roster.imported')`,
      [],
    );
    const result = await cli('audit', 'verify', '-w', 'sample');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `entry #2 is missing (deleted): the chain goes from entry #1 (id ${before.id}, import.completed) to entry #3 (id ${after.id}, ${after.action})`,
    );
  });
});

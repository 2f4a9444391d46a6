// Two incidents about one event that detection did not merge, merged by a person on the command line: the
// duplicate listed as merged, both timelines telling it, `ledger audit verify` green; then the duplicate's status
// and its reference to the kept incident changed behind the triggers: verify and show name each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { behindTheTriggers } from '../support/process-database.js';
import { runCli } from '../support/processes.js';
import { sharedDataFile } from '../support/shared-data.js';
import { useProcessDatabase } from '../support/test-database.js';

describe('ledger incidents merge', () => {
  const db = useProcessDatabase();
  const cli = (...args: string[]) => runCli(args, db.env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-merge-'));
  const screenshot = path.join(dir, 'screenshot.png');
  fs.writeFileSync(screenshot, 'the screenshot of the duplicate');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let keep: string;
  let duplicate: string;
  let other: string;

  const tamper = (sql: string, params: unknown[]) => behindTheTriggers(db.env, sql, params);

  const ok = async (...args: string[]) => {
    const result = await cli(...args);
    if (result.code !== 0) throw new Error(`ledger ${args.join(' ')} failed:\n${result.stderr}`);
    return result.stdout;
  };

  const report = async (title: string, severity: string, ...more: string[]) =>
    /Reported incident ([0-9a-f-]{36})/.exec(
      await ok(
        ...['incidents', 'report-manual', '-w', 'sample', '--kind', 'other', '--severity', severity],
        ...['--title', title, '--account', 'Tesco', '--occurred-at', '2017-10-20T10:00:00Z', ...more],
      ),
    )![1];

  beforeAll(async () => {
    // --no-detect: the incidents here are the ones the test makes (an import runs detection by default).
    await ok('import', 'twcs', sharedDataFile('twcs/sample.csv'), '-w', 'sample', '--no-detect');
    keep = await report('Rude reply to a customer', 'medium');
    duplicate = await report('Customer insulted in a reply', 'high', '--evidence', screenshot);
    other = await report('Something else', 'low');
  });

  test('merge, list, show and verify agree; the refusals name what is wrong', async () => {
    const noReason = await cli('incidents', 'merge', keep, duplicate, '-w', 'sample');
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toContain("required option '--reason <text>' not specified");
    const same = await cli('incidents', 'merge', keep, keep, '-w', 'sample', '--reason', 'x');
    expect(same.code).toBe(1);
    expect(same.stderr).toContain(`<duplicateId>: an incident cannot be merged into itself (${keep})`);

    const merged = await ok(
      'incidents',
      'merge',
      keep.slice(0, 8),
      duplicate.slice(0, 8),
      '-w',
      'sample',
      '--reason',
      'the same reply',
    );
    expect(merged).toContain(`Merged incident ${duplicate} into ${keep} (status merged)`);
    expect(merged).toContain(`Incident ${keep}: severity medium → high (the duplicate's)`);

    const again = await cli('incidents', 'merge', other, duplicate, '-w', 'sample', '--reason', 'x');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`<duplicateId>: incident ${duplicate} is already merged into ${keep}`);
    const fromMerged = await cli('incidents', 'merge', duplicate, other, '-w', 'sample', '--reason', 'x');
    expect(fromMerged.code).toBe(1);
    expect(fromMerged.stderr).toContain(`<keepId>: incident ${duplicate} is already merged into ${keep}`);
    const status = await cli('incidents', 'status', duplicate, 'resolved', '-w', 'sample');
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(`was merged into ${keep}`);

    const list = JSON.parse(await ok('incidents', 'list', '-w', 'sample', '--format', 'json')) as {
      id: string;
      status: string;
      severity: string;
    }[];
    expect(list.find((i) => i.id === duplicate)).toMatchObject({ status: 'merged' });
    expect(list.find((i) => i.id === keep)).toMatchObject({ status: 'open', severity: 'high' });
    const onlyMerged = JSON.parse(
      await ok('incidents', 'list', '-w', 'sample', '--status', 'merged', '--format', 'json'),
    ) as { id: string }[];
    expect(onlyMerged.map((i) => i.id)).toEqual([duplicate]);

    const shownKeep = await ok('incidents', 'show', keep, '-w', 'sample');
    expect(shownKeep).toContain(`merged duplicate ${duplicate}: the same reply`);
    expect(shownKeep).toContain('incident.merged');
    expect(shownKeep).toContain('Integrity: the incident, timeline and evidence match the audit log');
    const shownDuplicate = await ok('incidents', 'show', duplicate, '-w', 'sample');
    expect(shownDuplicate).toContain(`merged into ${keep}: the same reply`);
    expect(shownDuplicate).toContain('screenshot.png');
    expect(shownDuplicate).toContain('Integrity: the incident, timeline and evidence match the audit log');

    const verified = await cli('audit', 'verify', '-w', 'sample');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^sample: incident ledger matches the log \(3 incidents\)$/m);
  });

  test('the duplicate reopened and its reference to the kept incident edited behind the triggers: both named', async () => {
    await tamper(`UPDATE incident SET status = 'open' WHERE id = $1`, [duplicate]);
    await tamper(
      `UPDATE incident_event SET body = $2, details = jsonb_build_object('into', $3::text)
       WHERE incident_id = $1 AND type = 'merged_into'`,
      [duplicate, `merged into ${other}: the same reply`, other],
    );
    const result = await cli('audit', 'verify', '-w', 'sample');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^sample: intact, \d+ entries, head #\d+ [0-9a-f]{64}$/m);
    expect(result.stdout).toContain('sample: INCIDENT LEDGER DOES NOT MATCH THE LOG: 2 mismatches');
    expect(result.stdout).toMatch(
      new RegExp(`incident ${duplicate}: status: log says merged \\(entry #\\d+\\), table says open`),
    );
    expect(result.stdout).toContain(`incident ${duplicate}: timeline merged_into`);
    expect(result.stdout).toContain(`log says "merged into ${keep}: the same reply"`);

    const shown = await cli('incidents', 'show', duplicate, '-w', 'sample');
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain('INTEGRITY: DOES NOT MATCH THE AUDIT LOG');
    expect(shown.stdout).toContain('status: log says merged, table says open');
  });
});

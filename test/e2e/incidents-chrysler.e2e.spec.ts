// An auditor's path on the command line through the Chrysler case: detect, list, look closer, add what a
// person knows, resolve, export, and prove the log of it all is intact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { openDatabase, resolveDatabaseConfig } from '#persistence';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { CHRYSLER, seedChryslerCase } from './incidents-chrysler.fixture.js';

interface ListedIncident {
  id: string;
  severity: string;
  status: string;
  kind: string;
  sourcingGroup: string | null;
  operatorName: string | null;
  occurredAt: string;
  containedAt: string | null;
  rules: string[];
}

describe('ledger incidents on the Chrysler case', () => {
  const db = useProcessDatabase();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-incidents-'));
  const cli = (...args: string[]) => runCli(args, db.env);
  let incident: ListedIncident;

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  beforeAll(async () => {
    const opened = await openDatabase(resolveDatabaseConfig({ ...db.env, LEDGER_DB_POOL_SIZE: '2' }));
    try {
      await seedChryslerCase(opened.dataSource);
    } finally {
      await opened.close();
    }
  });

  test('detect: three rule hits, one new critical incident; a second run changes nothing', async () => {
    const first = await cli('incidents', 'detect', '-w', CHRYSLER.workspace, '--format', 'json');
    expect(first.stderr).toBe('');
    const run = JSON.parse(first.stdout);
    expect(run.hitsByRule).toEqual({ content: 1, 'off-duty-publication': 1, 'engagement-anomaly': 1 });
    expect(run.created).toEqual([
      expect.objectContaining({ severity: 'critical', kind: 'offensive_content' }),
    ]);
    const again = await cli('incidents', 'detect', '-w', CHRYSLER.workspace);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/incidents\s+0 new, 0 updated, 1 unchanged/);
  });

  test('list: attributed to the agency, contained by the deletion 20 minutes after the post', async () => {
    const json = await cli(
      'incidents',
      'list',
      '-w',
      CHRYSLER.workspace,
      '--month',
      '2011-03',
      '--status',
      'open,contained',
      '--format',
      'json',
    );
    const list = JSON.parse(json.stdout) as ListedIncident[];
    expect(list).toHaveLength(1);
    incident = list[0];
    expect(incident).toMatchObject({
      severity: 'critical',
      status: 'contained',
      sourcingGroup: CHRYSLER.agencyGroup,
      operatorName: 'NMS agent',
      occurredAt: CHRYSLER.postedAt.toISOString(),
      containedAt: CHRYSLER.deletedAt.toISOString(),
    });
    const text = await cli('incidents', 'list', '-w', CHRYSLER.workspace);
    expect(text.stdout).toContain(incident.id.slice(0, 8));
    expect(text.stdout).toMatch(
      /critical\s+contained\s+offensive_content\s+NMS agent\s+agency:New Media Strategies/,
    );
  });

  test('show: the text captured before the deletion and the timeline', async () => {
    const shown = await cli('incidents', 'show', incident.id.slice(0, 8), '-w', CHRYSLER.workspace);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(CHRYSLER.text);
    expect(shown.stdout).toMatch(
      /detected\s+detection \(.*\): detected by content, engagement-anomaly, off-duty-publication/,
    );
    expect(shown.stdout).toMatch(/#\d+ .* incident\.created by detection/);
  });

  test('report-manual about the same post joins its incident, with the screenshot attached', async () => {
    const screenshot = path.join(out, 'screenshot.png');
    fs.writeFileSync(screenshot, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const reported = await cli(
      'incidents',
      'report-manual',
      '-w',
      CHRYSLER.workspace,
      '--kind',
      'wrong_account',
      '--severity',
      'high',
      '--title',
      'Meant for his personal account',
      '--account',
      CHRYSLER.handle,
      '--item',
      CHRYSLER.postId,
      '--evidence',
      screenshot,
    );
    expect(reported.stderr).toBe('');
    expect(reported.stdout).toContain(`Added to incident ${incident.id}`);
    const resolved = await cli(
      'incidents',
      'status',
      incident.id.slice(0, 8),
      'resolved',
      '-w',
      CHRYSLER.workspace,
      '--note',
      'apology posted',
    );
    expect(resolved.stdout).toContain('contained → resolved');
  });

  test('exports of March 2011 parse back to what the ledger lists', async () => {
    const csvFile = path.join(out, 'incidents.csv');
    const jsonFile = path.join(out, 'incidents.json');
    for (const [format, file] of [
      ['csv', csvFile],
      ['json', jsonFile],
    ])
      expect(
        (
          await cli(
            'incidents',
            'export',
            '-w',
            CHRYSLER.workspace,
            '--month',
            '2011-03',
            '--format',
            format,
            '--out',
            file,
          )
        ).code,
      ).toBe(0);
    const [row, ...rest] = parse(fs.readFileSync(csvFile, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      id: incident.id,
      severity: 'critical',
      status: 'resolved',
      sourcing_group: CHRYSLER.agencyGroup,
      occurred_at: CHRYSLER.postedAt.toISOString(),
      contained_at: CHRYSLER.deletedAt.toISOString(),
    });
    expect(JSON.parse(row.evidence).item.text).toBe(CHRYSLER.text);
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0].timeline.map((e: { type: string }) => e.type)).toEqual([
      'detected',
      'reported',
      'evidence',
      'status',
    ]);
    expect(json.incidents[0].evidenceFiles[0]).toMatchObject({
      fileName: 'screenshot.png',
      mediaType: 'image/png',
      sizeBytes: 7,
    });
  });

  test('the audit log of it all verifies, in the database and as an export', async () => {
    const verified = await cli('audit', 'verify', '-w', CHRYSLER.workspace);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^chrysler: intact, \d+ entries, head #\d+ [0-9a-f]{64}$/m);
    const head = /head #(\d+) ([0-9a-f]{64})/.exec(verified.stdout)!;
    const exported = path.join(out, 'audit.json');
    await cli('audit', 'export', '-w', CHRYSLER.workspace, '--format', 'json', '--out', exported);
    const fromFile = await cli('audit', 'verify', '--file', exported, '--anchor', `${head[1]}:${head[2]}`);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain(`audit.json: intact, ${head[1]} entries`);
  });
});

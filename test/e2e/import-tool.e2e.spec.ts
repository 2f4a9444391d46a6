// A publishing tool's export names who sent each post: the CLI credits them (source "tool"), lists them
// as operators awaiting a group, and the operator metrics count their posts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { toolExport } from '../../libs/collectors/src/importers/tool-export/tool-export.test-helper.js';

interface Row {
  label: string;
  outbound: number;
}

describe('ledger import tool', () => {
  const db = useProcessDatabase();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-tool-e2e-')), 'sprout-posts.csv');
  fs.writeFileSync(file, toolExport());

  test('imports the posts and names the senders who await a sourcing group', async () => {
    const result = await runCli(
      ['import', 'tool', file, '-w', 'acme', '--exported-at', '2024-05-10T12:00Z'],
      db.env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows read\s+4\n/);
    expect(result.stdout).toMatch(/rows rejected\s+0\n/);
    expect(result.stdout).toContain(
      'facts changed  4 outbound, 0 inbound, 4 engagement snapshots, 2 new accounts',
    );
    expect(result.stdout).toContain(
      '2 new operator(s) named by the export await a sourcing group (roster import): Anna Berg, Jonas Weber',
    );
  });

  test('metrics by operator count each sender’s posts', async () => {
    const result = await runCli(['metrics', '-w', 'acme', '--by', 'operator', '--format', 'json'], db.env);
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout) as { rows: Row[]; total: Row };
    const outbound = Object.fromEntries(metrics.rows.map((r) => [r.label, r.outbound]));
    expect(outbound).toMatchObject({ 'Anna Berg': 1, 'Jonas Weber': 2, 'JW @AcmeSupport': 1 });
    expect(metrics.total.outbound).toBe(4);
  });

  test('importing the same export again changes nothing', async () => {
    const again = await runCli(
      ['import', 'tool', file, '-w', 'acme', '--exported-at', '2024-05-10T12:00Z'],
      db.env,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'facts changed  0 outbound, 0 inbound, 0 engagement snapshots, 0 new accounts',
    );
    expect(again.stdout).toContain('attribution    0 of 1 outbound items (re)attributed');
  });

  test('--help says what "Sent by" does', async () => {
    const result = await runCli(['import', 'tool', '--help'], db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: ledger import tool/);
    expect(result.stdout).toContain('attribution source "tool"');
  });
});

// Any tool's export through a column mapping: the example inbox file becomes questions and answers, and
// the first response times are the ones a person reads off the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';

const EXAMPLES = path.resolve('libs/collectors/src/importers/mapped-csv/examples');
const INBOX = path.join(EXAMPLES, 'inbox.example.csv');
const MAPPING = path.join(EXAMPLES, 'mapping.example.yaml');

interface Row {
  label: string;
  inbound: number;
  answered: number;
  outbound: number;
  frt: { median: number | null; fastest: number | null; slowest: number | null };
}

describe('ledger import csv', () => {
  const db = useProcessDatabase();

  test('imports the example inbox through the example mapping', async () => {
    const result = await runCli(['import', 'csv', INBOX, '--mapping', MAPPING, '-w', 'inbox'], db.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows read\s+4\n/);
    expect(result.stdout).toMatch(/rows imported\s+4\n/);
    expect(result.stdout).toContain(
      'facts changed  2 outbound, 2 inbound, 2 engagement snapshots, 1 new accounts',
    );
  });

  test('first responses: 09:12 → 09:40 (1,680 s) and 21:05 → 08:02 next morning (39,420 s)', async () => {
    const result = await runCli(['metrics', '-w', 'inbox', '--by', 'account', '--format', 'json'], db.env);
    expect(result.code).toBe(0);
    const { total } = JSON.parse(result.stdout) as { total: Row };
    expect(total).toMatchObject({ inbound: 2, answered: 2, outbound: 2 });
    expect(total.frt).toMatchObject({ fastest: 1680, slowest: 39420, median: 20550 });
  });

  test('importing the same file again changes nothing', async () => {
    const again = await runCli(['import', 'csv', INBOX, '--mapping', MAPPING, '-w', 'inbox'], db.env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'facts changed  0 outbound, 0 inbound, 0 engagement snapshots, 0 new accounts',
    );
  });

  test('a mapping with a misspelt role fails, naming its line', async () => {
    const mapping = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-csv-e2e-')), 'bad.yaml');
    fs.writeFileSync(mapping, fs.readFileSync(MAPPING, 'utf8').replace('  in_reply_to:', '  in_reply:'));
    const result = await runCli(['import', 'csv', INBOX, '--mapping', mapping, '-w', 'inbox'], db.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^ledger: \S+bad\.yaml:24: cannot use the column mapping: unknown column role "in_reply"/,
    );
  });

  test('--help points to the documented example mapping', async () => {
    const result = await runCli(['import', 'csv', '--help'], db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: ledger import csv/);
    expect(result.stdout).toContain('mapping.example.yaml');
  });
});

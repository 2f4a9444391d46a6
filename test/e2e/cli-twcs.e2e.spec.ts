// The consultant's path on the command line: import a real twcs export, read the numbers, issue the report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/processes.js';
import { sharedDataFile } from '../support/shared-data.js';
import { useProcessDatabase } from '../support/test-database.js';

const SAMPLE = sharedDataFile('twcs/sample.csv');

interface Row {
  label: string;
  answered: number;
  frt: { median: number | null; mean: number | null };
}

describe('ledger on the real twcs sample', () => {
  const db = useProcessDatabase();

  test('import twcs reads 93 rows and rejects none', async () => {
    const result = await runCli(['import', 'twcs', SAMPLE, '--workspace', 'sample'], db.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows read\s+93\n/);
    expect(result.stdout).toMatch(/rows imported\s+93\n/);
    expect(result.stdout).toMatch(/rows rejected\s+0\n/);
  });

  test('metrics --by account: 41 answered, median 2876 s, mean 8406.54 s; AppleSupport and Tesco', async () => {
    const result = await runCli(
      ['metrics', '--workspace', 'sample', '--by', 'account', '--format', 'json'],
      db.env,
    );
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout) as { rows: Row[]; total: Row };
    expect(metrics.total.answered).toBe(41);
    expect(metrics.total.frt.median).toBe(2876);
    expect(Math.round(metrics.total.frt.mean! * 100) / 100).toBe(8406.54);
    const byLabel = new Map(metrics.rows.map((r) => [r.label, r]));
    expect(byLabel.get('AppleSupport')).toMatchObject({ answered: 13, frt: { median: 22662 } });
    expect(byLabel.get('Tesco')).toMatchObject({ answered: 7, frt: { median: 141 } });
  });

  test('the same period as a table and as CSV', async () => {
    const table = await runCli(
      ['metrics', '-w', 'sample', '--from', '2017-10-01', '--to', '2017-10-31'],
      db.env,
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Total\s+48\s+41\s+44\s+2876 s\s+8406\.54 s/m);
    // p90, fastest and slowest too; a figure on fewer than 20 answers is marked, and a missing rate explained.
    expect(table.stdout).toMatch(
      /^Total\s+48\s+41\s+44\s+2876 s\s+8406\.54 s\s+23173 s\s+50 s\s+41506 s\s+–/m,
    );
    expect(table.stdout).toMatch(/^Tesco\s+8\s+7\s+8\s+141 s\*/m);
    expect(table.stdout).toContain('* fewer than 20 answered: insufficient data');
    expect(table.stdout).toContain('every item is younger than 72 h');
    const csv = await runCli(['metrics', '-w', 'sample', '--by', 'group', '--format', 'csv'], db.env);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header.split(',').slice(0, 6)).toEqual([
      'key',
      'label',
      'sourcing_group',
      'inbound',
      'answered',
      'outbound',
    ]);
    expect(rows.at(-1)).toMatch(/^total,Total,,48,41,44,2876,8406\.54,/);
  });

  test('importing the file again changes nothing', async () => {
    const again = await runCli(['import', 'twcs', SAMPLE, '--workspace', 'sample'], db.env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('facts changed  0 outbound, 0 inbound, 0 new accounts');
    expect(again.stdout).toContain('attribution    0 of 44 outbound items (re)attributed');
  });

  test('a malformed file imports its good rows and names each bad one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-cli-'));
    const file = path.join(dir, 'malformed.csv');
    fs.writeFileSync(
      file,
      [
        'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id',
        '10,200001,True,Tue Oct 31 22:10:47 +0000 2017,@sprintcare my bill doubled,11,',
        '11,sprintcare,False,Tue Oct 31 22:16:47 +0000 2017,@200001 Sorry to hear that! DM us ^JD,,10',
        '12,200002,True,2017-13-45 25:00,@sprintcare this date is broken,,',
        '13,200003,True,Tue Oct 31 23:00:00 +0000 2017,"@sprintcare the file ends mid-quote',
      ].join('\n'),
    );
    const result = await runCli(['import', 'twcs', file, '--workspace', 'malformed'], db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows imported\s+2\n/);
    expect(result.stdout).toMatch(/rows rejected\s+2\n/);
    expect(result.stdout).toMatch(/line 4: .*created_at.*2017-13-45 25:00/);
    expect(result.stdout).toMatch(/line 5: /);
    const rejectedFile = /all of them in (\S+\.rejected\.csv)/.exec(result.stdout)?.[1];
    expect(rejectedFile && fs.readFileSync(rejectedFile, 'utf8').split('\n')[1]).toMatch(/^4,created_at,/);
  });

  test('a file with the wrong header fails with the missing columns and imports nothing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-cli-')), 'wrong.csv');
    fs.writeFileSync(file, 'id,user,date,message\n1,2,3,4\n');
    const result = await runCli(['import', 'twcs', file, '--workspace', 'wrong'], db.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/wrong\.csv/);
    expect(result.stderr).toMatch(/tweet_id/);
    // The message is the whole answer: no stack trace under it.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // Nothing is left behind: not even the workspace the command would have created.
    const workspaces = await runCli(['workspaces'], db.env);
    expect(workspaces.stdout).not.toMatch(/\bwrong\b/);
  });

  test('report monthly writes HTML and PDF and says where', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-report-'));
    const result = await runCli(
      ['report', 'monthly', '-w', 'sample', '--month', '2017-10', '--out', out],
      db.env,
    );
    expect(result.code).toBe(0);
    const html = path.join(out, 'monthly-comparison-sample-2017-10.en.html');
    const pdf = path.join(out, 'monthly-comparison-sample-2017-10.en.pdf');
    expect(result.stdout).toContain(html);
    expect(result.stdout).toContain(pdf);
    expect(fs.readFileSync(html, 'utf8')).toContain('AppleSupport');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('every command has --help', async () => {
    for (const args of [
      ['--help'],
      ['import', 'twcs', '--help'],
      ['metrics', '--help'],
      ['report', 'monthly', '--help'],
    ]) {
      const result = await runCli(args, db.env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage: ledger/);
    }
  });
});

// A consultant is handed a Meta Business Suite per-post export (one saved by Excel on the way): the CLI
// imports the posts with their lifetime counts, names the row whose id Excel destroyed, and a second run
// changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  FACEBOOK_POSTS,
  facebookExport,
} from '../../libs/collectors/src/importers/meta-export/meta-export.test-helper.js';

describe('ledger import meta', () => {
  const db = useProcessDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-meta-e2e-'));
  const file = path.join(dir, 'acme-posts-2024-05.csv');
  // The third post's id as Excel saves it: rounded to six digits, the rest lost.
  fs.writeFileSync(
    file,
    facebookExport(FACEBOOK_POSTS.map((p, i) => (i === 2 ? { ...p, postId: '1.22158E+17' } : p))),
  );
  const args = ['import', 'meta', file, '-w', 'acme', '--time-zone', 'Europe/Vienna'];

  test('imports the posts, reports the Excel-mangled id by line, and says when the snapshot was taken', async () => {
    const result = await runCli([...args, '--exported-at', '2024-06-01T08:00:00Z'], db.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'format         Facebook per-post export, "Views" stored as impressions (utf-8, comma-separated)',
    );
    expect(result.stdout).toMatch(/rows read\s+4\n/);
    expect(result.stdout).toMatch(/rows imported\s+3\n/);
    expect(result.stdout).toMatch(/rows rejected\s+1\n/);
    expect(result.stdout).toContain(
      'facts changed  3 outbound, 0 inbound, 3 engagement snapshots, 1 new accounts',
    );
    expect(result.stdout).toContain('snapshot time  2024-06-01T08:00:00.000Z (--exported-at)');
    expect(result.stdout).toMatch(
      /line 7: Post ID "1\.22158E\+17" is in scientific notation: the file was saved by Excel, .*the real id is lost/,
    );
    const rejectedFile = /all of them in (\S+\.rejected\.csv)/.exec(result.stdout)?.[1];
    expect(rejectedFile && fs.readFileSync(rejectedFile, 'utf8').split('\n')[1]).toMatch(/^7,Post ID,/);
  });

  test('the page is an account in the zone its publish times were read in', async () => {
    const result = await runCli(['accounts', 'list', '-w', 'acme'], db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^facebook\s+Acme Coffee\s+Europe\/Vienna/m);
  });

  test('importing the same export again changes nothing', async () => {
    const again = await runCli([...args, '--exported-at', '2024-06-01T08:00:00Z'], db.env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'facts changed  0 outbound, 0 inbound, 0 engagement snapshots, 0 new accounts',
    );
  });

  test('a file that is not a per-post export fails in one line, naming what is missing', async () => {
    const wrong = path.join(dir, 'wrong.csv');
    fs.writeFileSync(wrong, 'Date,Post,Likes\n05/02/2024,hello,3\n');
    const result = await runCli(['import', 'meta', wrong, '-w', 'acme'], db.env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'ledger: wrong.csv: not a Meta Business Suite per-post export: missing column(s) "Post ID", "Publish time"; ' +
        'found header: "Date,Post,Likes"',
    );
  });

  test('--help explains the time zone and the Excel ids', async () => {
    const result = await runCli(['import', 'meta', '--help'], db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: ledger import meta/);
    expect(result.stdout).toContain('--platform <platform>');
    expect(result.stdout).toContain('scientific notation');
  });
});

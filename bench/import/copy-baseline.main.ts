// The ceiling for this machine: the same file loaded by a bare COPY into an unindexed table.
// Usage: node dist/bench/import/copy-baseline.main.js FILE (embedded PGlite in a temp dir) | FILE URL (server)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const TABLE = `CREATE TABLE twcs_copy (tweet_id text, author_id text, inbound text, created_at text, text text,
  response_tweet_id text, in_response_to_tweet_id text)`;

async function main(): Promise<void> {
  const [file, url] = process.argv.slice(2);
  const started = performance.now();
  let rows: number;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS twcs_copy');
    await client.query(TABLE);
    // Server-side COPY: PostgreSQL reads the file itself, the fastest load it can do.
    const result = await client.query(
      `COPY twcs_copy FROM '${path.resolve(file).replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`,
    );
    rows = result.rowCount ?? 0;
    await client.query('DROP TABLE twcs_copy');
    await client.end();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-copy-'));
    const db = await PGlite.create({ dataDir: dir });
    await db.exec(TABLE);
    // PGlite reads COPY input from a blob; the file is handed over whole (this is the baseline's own process).
    const result = await db.query(`COPY twcs_copy FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], {
      blob: new Blob([fs.readFileSync(file)]),
    });
    rows = result.affectedRows ?? 0;
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

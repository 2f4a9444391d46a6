// The analyst's alternative, in a process of its own: the workspace's facts exported to CSV by the
// PostgreSQL server (COPY … TO a file: the server runs on this machine), loaded into an in-memory DuckDB,
// and the same headline aggregates computed there. Export, load and compute are timed apart.
// Usage: node dist/bench/metrics/metrics-duckdb.main.js; DATABASE_URL names the server database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import {
  duckEngagementSql,
  duckResponsivenessSql,
  duckVolumeAndRiskSql,
  EXPORTS,
  type DuckPeriod,
} from './duckdb-headline.sql.js';
import { headlineFromRows } from './headline-rows.util.js';
import type { Headline } from './headline.types.js';
import { BENCH_TIME_ZONE, BENCH_WORKSPACE, benchPeriod, fail, report } from './metrics-context.js';

export interface DuckDbMeasurement {
  exportSeconds: number;
  csvMb: number;
  loadSeconds: number;
  computeSeconds: number;
  headline: Headline;
}

async function exportCsv(url: string, dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows } = await client.query('SELECT id FROM workspace WHERE slug = $1', [BENCH_WORKSPACE]);
    if (rows.length !== 1)
      throw new Error(`no workspace "${BENCH_WORKSPACE}" in ${url}: load the month first`);
    const workspace = String(rows[0].id).replace(/[^0-9a-f-]/g, '');
    const started = performance.now();
    for (const [name, { query }] of Object.entries(EXPORTS)) {
      // COPY takes no parameters: the id is a UUID from the database, checked above.
      const sql = query.replaceAll('$1', `'${workspace}'`);
      await client.query(
        `COPY (${sql}) TO '${path.join(dir, `${name}.csv`)}' WITH (FORMAT csv, HEADER true)`,
      );
    }
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name the PostgreSQL database to export from');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-metrics-csv-'));
  fs.chmodSync(dir, 0o777); // the server process writes the files
  try {
    const exportSeconds = await exportCsv(url, dir);
    const csvMb =
      Object.keys(EXPORTS).reduce((sum, name) => sum + fs.statSync(path.join(dir, `${name}.csv`)).size, 0) /
      2 ** 20;

    const instance = await DuckDBInstance.create(':memory:');
    const duck = await instance.connect();
    let t = performance.now();
    for (const [name, { columns }] of Object.entries(EXPORTS)) {
      const types = Object.entries(columns)
        .map(([column, type]) => `'${column}': '${type}'`)
        .join(', ');
      await duck.run(
        `CREATE TABLE ${name} AS SELECT * FROM read_csv('${path.join(dir, `${name}.csv`)}', header = true, columns = {${types}})`,
      );
    }
    const loadSeconds = (performance.now() - t) / 1000;

    const { from, to } = benchPeriod();
    const period: DuckPeriod = { from, to, timeZone: BENCH_TIME_ZONE };
    const rows = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson();
    t = performance.now();
    const responsiveness = await rows(duckResponsivenessSql(period));
    const engagement = await rows(duckEngagementSql(period));
    const volumeAndRisk = await rows(duckVolumeAndRiskSql(period));
    const computeSeconds = (performance.now() - t) / 1000;
    duck.closeSync();
    instance.closeSync();

    const result: DuckDbMeasurement = {
      exportSeconds,
      csvMb,
      loadSeconds,
      computeSeconds,
      headline: headlineFromRows(responsiveness, engagement, volumeAndRisk),
    };
    report(result);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(fail);

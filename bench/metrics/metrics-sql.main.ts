// The hand-written SQL of the metrics benchmark, in a process of its own on the same database and through
// the same connection pool as the product: the headline aggregates (headline.sql.ts), timed together.
// Prints one JSON line. Database from the environment.
import { DataSource } from 'typeorm';
import { ENGAGEMENT_SQL, RESPONSIVENESS_SQL, VOLUME_AND_RISK_SQL } from './headline.sql.js';
import { headlineFromRows } from './headline-rows.util.js';
import type { Headline } from './headline.types.js';
import {
  BENCH_TIME_ZONE,
  benchPeriod,
  benchWorkspace,
  fail,
  report,
  withBenchContext,
} from './metrics-context.js';

export interface SqlMeasurement {
  seconds: number;
  /** Each query on its own: responsiveness, engagement, volume and risk. */
  spans: Record<string, number>;
  headline: Headline;
}

async function main(): Promise<void> {
  await withBenchContext(async (app) => {
    const workspace = await benchWorkspace(app);
    const { from, to } = benchPeriod();
    const params = [workspace.id, from, to, BENCH_TIME_ZONE];
    const dataSource = app.get(DataSource);
    const spans: Record<string, number> = {};
    const timed = async (name: string, sql: string): Promise<Record<string, unknown>[]> => {
      const t = performance.now();
      const rows: Record<string, unknown>[] = await dataSource.query(
        sql,
        params.slice(0, sql.includes('$4') ? 4 : 3), // PostgreSQL refuses unused parameters
      );
      spans[name] = (performance.now() - t) / 1000;
      return rows;
    };
    const started = performance.now();
    const responsiveness = await timed('responsiveness', RESPONSIVENESS_SQL);
    const engagement = await timed('engagement', ENGAGEMENT_SQL);
    const volumeAndRisk = await timed('volume and risk', VOLUME_AND_RISK_SQL);
    const seconds = (performance.now() - started) / 1000;
    const result: SqlMeasurement = {
      seconds,
      spans,
      headline: headlineFromRows(responsiveness, engagement, volumeAndRisk),
    };
    report(result);
  });
}

main().catch(fail);

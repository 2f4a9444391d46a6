// The application context every metrics measurement runs in: the product's own Nest wiring (persistence
// with its migrations, reporting), on the database the environment names (DATABASE_URL or LEDGER_DATA_DIR).
import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { monthPeriod } from '#domain';
import { PersistenceModule, WorkspaceRepository, type WorkspaceEntity } from '#persistence';
import { ReportingModule } from '#reporting';
import { BENCH_MONTH } from './metrics-month.generator.js';

export const BENCH_WORKSPACE = 'bench-metrics';
export const BENCH_TIME_ZONE = 'Europe/Vienna';

@Module({ imports: [PersistenceModule.forRoot(), ReportingModule] })
class BenchMetricsModule {}

export async function withBenchContext<T>(fn: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(BenchMetricsModule, { logger: ['error'] });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

export async function benchWorkspace(app: INestApplicationContext): Promise<WorkspaceEntity> {
  return app.get(WorkspaceRepository).ensure(BENCH_WORKSPACE, { timeZone: BENCH_TIME_ZONE });
}

export const benchPeriod = () => monthPeriod(BENCH_MONTH, BENCH_TIME_ZONE);

/** Prints the measurement as the last line of stdout (runJson reads it). */
export function report(result: unknown): void {
  console.log(JSON.stringify(result));
}

export function fail(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}

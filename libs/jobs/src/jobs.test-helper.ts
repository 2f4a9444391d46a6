// Wires the jobs feature on a test database through the real Nest modules (PersistenceModule on the given
// database, JobsModule with a test configuration and clock). Used by specs only.
import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PersistenceModule, type OpenDatabase } from '#persistence';
import type { Clock } from './clock/clock.js';
import type { JobsConfig } from './config/jobs-config.js';
import { JobsModule } from './jobs.module.js';

/** Short leases and delays: a test waits seconds, not minutes. */
export const FAST_JOBS_CONFIG: Partial<JobsConfig> = {
  tickSeconds: 0,
  pollSeconds: 0.5,
  retryLimit: 1,
  retryDelaySeconds: 1,
  maintenanceSeconds: 1,
  shutdownSeconds: 5,
  workerName: 'spec-worker',
};

export async function jobsContext(
  db: OpenDatabase,
  options: { config?: Partial<JobsConfig>; clock?: Clock } = {},
): Promise<INestApplicationContext> {
  @Module({})
  class JobsSpecModule {
    static create(): DynamicModule {
      return {
        module: JobsSpecModule,
        imports: [
          PersistenceModule.forRoot({ database: db }),
          JobsModule.with({ config: { ...FAST_JOBS_CONFIG, ...options.config }, clock: options.clock }),
        ],
      };
    }
  }
  return NestFactory.createApplicationContext(JobsSpecModule.create(), {
    logger: ['error'],
    abortOnError: false,
  });
}

// Wires the reporting feature on a test database through the real Nest modules: PersistenceModule on the
// given database, the collectors (demo workspace, detection) and ReportingModule. Used by specs only.
import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CollectorsModule } from '#collectors';
import { PersistenceModule, type OpenDatabase } from '#persistence';
import { ReportingModule } from './reporting.module.js';

export async function reportingContext(db: OpenDatabase): Promise<INestApplicationContext> {
  @Module({})
  class ReportingSpecModule {
    static create(): DynamicModule {
      return {
        module: ReportingSpecModule,
        imports: [PersistenceModule.forRoot({ database: db }), CollectorsModule, ReportingModule],
      };
    }
  }
  return NestFactory.createApplicationContext(ReportingSpecModule.create(), {
    logger: ['error'],
    abortOnError: false,
  });
}

import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OPEN_DATABASE, PersistenceModule, type OpenDatabase } from '#persistence';
import { WorkerModule } from './worker.module.js';

@Module({ imports: [PersistenceModule.forRoot(), WorkerModule] })
class WorkerAppModule {}

const app = await NestFactory.createApplicationContext(WorkerAppModule, { logger: ['log', 'error', 'warn'] });
app.enableShutdownHooks();
const db = app.get<OpenDatabase>(OPEN_DATABASE);
if (db.kind === 'embedded') {
  console.log(
    'Note: the embedded database belongs to this one process. Several workers need a PostgreSQL server (DATABASE_URL).',
  );
}
console.log(`Channel Ledger worker running (database: ${db.displayUrl}). Ctrl-C to stop.`);

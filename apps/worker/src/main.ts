import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PersistenceModule } from '#persistence';
import { WorkerModule } from './worker.module.js';

@Module({ imports: [PersistenceModule.forRoot(), WorkerModule] })
class WorkerAppModule {}

const app = await NestFactory.createApplicationContext(WorkerAppModule);
app.enableShutdownHooks();
console.log('Channel Ledger worker running (Ctrl-C to stop).');
